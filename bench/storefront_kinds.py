# ruff: noqa: E501
# (the table is text, a kind's names and brands one line each)
"""The kinds of product in the storefront catalog (``storefront_queries``), written by hand in one block of text.

Each kind is a paragraph: a first line ``key | department | group`` (the group is the noun that names this kind and
its siblings, "saw" for a miter saw), then lines ``code: values`` separated by ``;``:

- ``n`` the names a title gives a product of the kind ("Single-Handle Pull-Down Sprayer Kitchen Faucet");
- ``t`` how shoppers type the kind into a search box; ``a`` the names shoppers use that no title does;
- ``b`` brands, each ``Brand: Line, Line`` or ``Brand`` alone ("no brand" for unbranded goods);
- ``s`` sizes as titles write them; ``f`` the finish, color or material (one a product); ``x`` feature groups,
  each ``A | B | `` (one of them, an empty choice meaning none); ``p`` packs (an empty choice: none);
- ``st`` the title's style (the order of its parts, ``storefront_queries.STYLES``); ``m`` the share of titles that
  end in a model number; ``r`` related kinds (accessories and what they fit); ``i`` words shoppers add that are
  true of every product of the kind ("outdoor" flood light).

The kinds, brands, lines and words were written from how large US home-improvement shops title products, not
from Aisle's ranker.
"""

TABLE = """
toilet | bath | toilet
n: 2-Piece 1.28 GPF Single Flush Elongated Toilet; 1-Piece 1.1 GPF Dual Flush Elongated Toilet; 2-Piece 1.6 GPF Round Front Toilet; Comfort Height Elongated Toilet; Tall Height 2-Piece Elongated Toilet
t: toilet; toilets; elongated toilet; comfort height toilet; round toilet
b: American Standard: Cadet 3, Champion 4, Colony; Kohler: Highline, Cimarron, Wellworth, Santa Rosa; Glacier Bay: Power Flush, McKenna; TOTO: Drake, Entrada, Ultramax; Delta: Foundations, Corrina
f: White; Biscuit; Bone
x: Seat Included | Bowl Only; 
st: F
m: 0.3
r: toilet seat; toilet flapper; toilet fill valve

toilet seat | bath | toilet seat
n: Elongated Closed Front Toilet Seat; Round Closed Front Toilet Seat; Slow Close Elongated Toilet Seat; Elongated Enameled Wood Toilet Seat
t: toilet seat; toilet seats; elongated toilet seat; slow close toilet seat
b: Church: Lift-Off, Whisper Close; Bemis: STA-TITE, Easy Clean; Glacier Bay; American Standard: Laurel; Kohler: Cachet, Purewarmth
f: White; Biscuit; Black; Bone
x: Quick Release | Soft Close; 
st: F
r: toilet

toilet flapper | plumbing | toilet flapper
n: Toilet Flapper; Universal Toilet Flapper; Water Saver Toilet Flapper
t: toilet flapper; flapper; toilet flappers
b: Korky: Ultra, Strongest; Fluidmaster: Performax; Everbilt; Danco: HydroPro
s: 2 in.; 3 in.
p: 2-Pack; 
st: M
r: toilet; toilet fill valve

toilet fill valve | plumbing | toilet fill valve
n: Toilet Fill Valve; Universal Toilet Fill Valve; Anti-Siphon Toilet Fill Valve
t: fill valve; toilet fill valve; toilet valve
b: Fluidmaster: PerforMAX, Pro45; Korky: QuietFILL; Everbilt
st: T
m: 0.5
r: toilet; toilet flapper

kitchen faucet | plumbing | faucet
n: Single-Handle Pull-Down Sprayer Kitchen Faucet; Single-Handle Pull-Out Sprayer Kitchen Faucet; Two-Handle Standard Kitchen Faucet; Bridge Kitchen Faucet with Side Sprayer; Single-Handle Standard Kitchen Faucet
t: kitchen faucet; kitchen faucets; kitchen sink faucet; pull down kitchen faucet; pull out faucet
b: Moen: Adler, Arbor, Align, Sleek, Georgene; Delta: Leland, Essa, Foundations, Trinsic; Glacier Bay: Market, Edgewood, Builders; Pfister: Pasadena, Stellen, Selia; Kohler: Simplice, Bellera, Sous
f: Chrome; Spot Resist Stainless; Matte Black; Brushed Nickel; Oil-Rubbed Bronze; Champagne Bronze
x: Touchless | Touch2O | MotionSense; Power Boost | Reflex | ; 
st: F
m: 0.3
r: faucet aerator; faucet cartridge; kitchen sink

bathroom faucet | plumbing | faucet
n: 4 in. Centerset 2-Handle Bathroom Faucet; Single Hole Single-Handle Bathroom Faucet; 8 in. Widespread 2-Handle Bathroom Faucet; Single-Handle Low-Arc Bathroom Faucet
t: bathroom faucet; bathroom sink faucet; bathroom faucets; bath faucet; lavatory faucet
b: Moen: Adler, Wynford, Eva, Genta; Delta: Windemere, Foundations, Trinsic, Lahara; Glacier Bay: Constructor, Aragon, Mandouri; Pfister: Pfirst, Ladera; American Standard: Colony, Hampton
f: Chrome; Brushed Nickel; Matte Black; Oil-Rubbed Bronze; Spot Resist Brushed Nickel; Polished Brass
x: with Drain Assembly | ; WaterSense | 
st: F
m: 0.3
r: faucet aerator; faucet cartridge; bathroom vanity

shower faucet | plumbing | faucet
n: 1-Handle Tub and Shower Faucet Trim Kit; 1-Handle Shower Only Faucet Trim Kit; Single-Handle 1-Spray Tub and Shower Faucet; 3-Handle Tub and Shower Faucet
t: shower faucet; tub and shower faucet; shower valve; shower trim kit
b: Moen: Adler, Brecklyn, Chateau; Delta: Vero, Windemere, Lahara, Monitor; Glacier Bay: Aragon, Modern; Pfister: Pasadena
f: Chrome; Brushed Nickel; Matte Black; Oil-Rubbed Bronze
x: (Valve Not Included) | (Valve Included) | 
st: F
r: shower head; faucet cartridge

shower head | bath | shower head
n: 5-Spray Fixed Shower Head; Single-Spray Rain Shower Head; 6-Spray Handheld Shower Head; Dual Shower Head and Handheld Showerhead Combo; 3-Spray Wall Mount Showerhead
t: shower head; showerhead; shower heads; rain shower head; handheld shower head
b: Moen: Attract, Magnetix, Banbury; Delta: In2ition, H2Okinetic, Universal; Waterpik: PowerPulse; Glacier Bay: Modern, Builders; Kohler: Forte
s: 8 in.; 10 in.; 12 in.; 4 in.; 6 in.
f: Chrome; Brushed Nickel; Matte Black; Oil-Rubbed Bronze
x: 2.5 GPM | 1.8 GPM | 
st: F
m: 0.3
r: shower faucet

faucet aerator | plumbing | faucet aerator
n: Faucet Aerator; Dual Thread Faucet Aerator; Swivel Faucet Aerator; Kitchen Faucet Aerator
t: faucet aerator; aerator; sink aerator
b: Everbilt; Danco; Moen; Delta; Neoperl
s: 15/16 in.; 55/64 in.; 3/4 in.
f: Chrome; Brushed Nickel
st: M
r: kitchen faucet; bathroom faucet

faucet cartridge | plumbing | faucet cartridge
n: Faucet Cartridge; Replacement Faucet Cartridge; Single-Handle Faucet Cartridge
t: faucet cartridge; cartridge; shower cartridge
b: Moen: 1225, 1222, 1248; Delta: RP46074, RP19804; Danco; Pfister
st: T
m: 0.6
r: kitchen faucet; bathroom faucet; shower faucet

kitchen sink | plumbing | sink
n: Undermount Stainless Steel Single Bowl Kitchen Sink; Drop-In Double Bowl Kitchen Sink; Farmhouse Apron-Front Kitchen Sink; Undermount 50/50 Double Bowl Kitchen Sink; Workstation Kitchen Sink
t: kitchen sink; kitchen sinks; undermount sink; farmhouse sink; double bowl sink
b: Glacier Bay: All-in-One, Aragon; Kohler: Verse, Whitehaven, Riverby; Elkay: Crosstown, Lustertone; Kraus: Standart PRO; Blanco: Diamond
s: 33 in.; 30 in.; 25 in.; 36 in.; 32 in.
f: Stainless Steel; White; Black; Gray
x: 18-Gauge | 16-Gauge | 
st: F
r: kitchen faucet; garbage disposal

pvc pipe | plumbing | pipe
n: PVC Schedule 40 Plain-End Pipe; PVC Schedule 40 Pressure Pipe; PVC DWV Foam Core Pipe; PVC Schedule 80 Pipe
t: pvc pipe; pvc; schedule 40 pvc; pvc pipes
b: Charlotte Pipe; JM eagle; Cantex; Formufit
s: 1/2 in. x 10 ft.; 3/4 in. x 10 ft.; 1 in. x 10 ft.; 1-1/2 in. x 10 ft.; 2 in. x 10 ft.; 3 in. x 10 ft.; 4 in. x 10 ft.; 1/2 in. x 2 ft.; 2 in. x 2 ft.
f: White; Gray
st: M
r: pvc fitting; pipe cutter

copper pipe | plumbing | pipe
n: Type L Copper Pipe; Type M Copper Pipe; Copper Tubing Coil; Type K Copper Pipe
t: copper pipe; copper tubing; copper pipes
b: Mueller Streamline; Cerro; Everbilt
s: 1/2 in. x 10 ft.; 3/4 in. x 10 ft.; 1/2 in. x 5 ft.; 1/4 in. x 20 ft.; 3/8 in. x 20 ft.; 1 in. x 10 ft.
st: M
r: pipe cutter; pvc fitting

pex pipe | plumbing | pipe
n: PEX-B Pipe; PEX-A Pipe; Non-Barrier PEX Pipe; PEX Tubing
t: pex pipe; pex; pex tubing; pex a
b: SharkBite; Apollo; Uponor: AquaPEX; Everbilt
s: 1/2 in. x 100 ft.; 3/4 in. x 100 ft.; 1/2 in. x 10 ft.; 3/4 in. x 300 ft.; 1 in. x 100 ft.
f: Red; Blue; White
st: M
r: pvc fitting; pipe cutter

pvc fitting | plumbing | fitting
n: 90-Degree Elbow Fitting; 45-Degree Elbow; Slip Coupling; Tee Fitting; Push-to-Connect Coupling; Female Adapter; Cap Fitting; Reducing Bushing
t: elbow; pipe fitting; coupling; tee; 90 elbow; pvc fitting; push to connect fitting
b: Charlotte Pipe; NIBCO; SharkBite; Everbilt; Apollo
s: 1/2 in.; 3/4 in.; 1 in.; 1-1/2 in.; 2 in.; 3 in.; 4 in.; 1/2 in. x 3/4 in.
f: PVC; Copper; Brass; PEX; CPVC; Galvanized
p: 10-Pack; 4-Pack; 
st: M
m: 0.2
r: pvc pipe; copper pipe; pex pipe

pipe cutter | tools | pipe cutter
n: Tubing Cutter; PVC Pipe Cutter; Ratcheting PVC Cutter; Mini Tubing Cutter
t: pipe cutter; pvc cutter; tubing cutter
b: RIDGID; Milwaukee; Husky; SharkBite; Everbilt
s: 1/8 in. to 1-1/8 in.; 1/2 in.; 1-5/8 in.; 2-3/8 in.
st: T
m: 0.4
r: pvc pipe; copper pipe

water heater | plumbing | water heater
n: Tank Electric Water Heater; Tank Natural Gas Water Heater; Tankless Electric Water Heater; Indoor Tankless Gas Water Heater; Hybrid Electric Heat Pump Water Heater; Short Tank Electric Water Heater; Tall Tank Natural Gas Water Heater
t: water heater; hot water heater; tankless water heater; gas water heater; electric water heater
b: Rheem: Performance, Performance Platinum, Performance Plus; A.O. Smith: Signature, ProLine; Rinnai: Sensei, V-Series; EcoSmart: ECO; Bradford White
s: 40 Gal.; 50 Gal.; 30 Gal.; 80 Gal.; 6-Year 40 Gal.; 9.5 GPM; 27 kW
x: ENERGY STAR | Ultra Low NOx | 
st: A
m: 0.5
r: water heater element

water heater element | plumbing | water heater element
n: Water Heater Element; Screw-In Water Heater Element; Water Heater Thermostat; Water Heater Anode Rod
t: water heater element; heating element; water heater thermostat; anode rod
b: Rheem; Camco; Everbilt; Reliance
s: 4500-Watt 240-Volt; 3500-Watt 240-Volt; 5500-Watt 240-Volt; 44 in.
st: T
m: 0.4
r: water heater

garbage disposal | plumbing | garbage disposal
n: Continuous Feed Garbage Disposal; Batch Feed Garbage Disposal; Food Waste Disposer; Continuous Feed Garbage Disposal with Power Cord
t: garbage disposal; disposal; garbage disposer; food disposal
a: disposer; garburator
b: InSinkErator: Badger 5, Badger 5XP, Evolution, Evolution Excel; Moen: Host, Prep, Chef; Waste King: Legend, Legend Plus; GE
s: 1/2 HP; 1/3 HP; 3/4 HP; 1 HP
st: T
m: 0.4
r: kitchen sink

sump pump | plumbing | pump
n: Submersible Sump Pump; Pedestal Sump Pump; Cast Iron Submersible Sump Pump; Utility Pump; Battery Backup Sump Pump System
t: sump pump; sump pumps; utility pump; submersible pump
b: Wayne: CDU, ESP25; Zoeller: M53, M63; Superior Pump; Everbilt; Little Giant
s: 1/3 HP; 1/2 HP; 1/4 HP; 3/4 HP
x: Tethered Switch | Vertical Switch | 
st: T
m: 0.5

water filter | plumbing | water filter
n: Under Sink Water Filtration System; Whole House Water Filter System; Replacement Water Filter Cartridge; Refrigerator Water Filter; Faucet Mount Water Filter
t: water filter; water filters; whole house water filter; under sink water filter; refrigerator water filter
b: Culligan; PUR; Brita; GE: XWF, MWF, RPWFE; Filtrete; Pentair
x: 3-Stage | 2-Stage | ; NSF Certified | 
p: 2-Pack; 3-Pack; 
st: T
m: 0.5
r: refrigerator

outlet | electrical | outlet
n: Duplex Outlet; Tamper Resistant Duplex Outlet; GFCI Outlet; Self-Test GFCI Outlet; USB Charger Outlet; Decora Outlet
t: outlet; outlets; electrical outlet; gfci outlet; gfci; usb outlet
a: receptacle; plug; wall socket
b: Leviton: Decora, Decora Edge; Legrand: radiant, Pass & Seymour; Eaton; Commercial Electric
s: 15 Amp; 20 Amp
f: White; Light Almond; Black; Ivory; Gray
p: 10-Pack; 3-Pack; 
st: F
m: 0.3
r: wall plate; light switch

light switch | electrical | switch
n: Single-Pole Toggle Switch; 3-Way Rocker Switch; Single-Pole Decora Rocker Switch; Smart Wi-Fi Light Switch; Illuminated Toggle Switch
t: light switch; switch; rocker switch; 3 way switch; toggle switch; smart switch
b: Leviton: Decora, Decora Smart; Lutron: Caseta, Claro; Eaton; Legrand: radiant; Commercial Electric
s: 15 Amp; 20 Amp
f: White; Light Almond; Black; Ivory
p: 10-Pack; 
st: F
m: 0.3
r: dimmer; wall plate; outlet

dimmer | electrical | switch
n: Dimmer Switch; LED Dimmer Switch; Slide Dimmer; Rotary Dimmer; Smart Dimmer Switch
t: dimmer; dimmer switch; led dimmer; dimmer switches
a: light dimmer knob
b: Lutron: Diva, Caseta, Skylark, Toggler; Leviton: Decora, SureSlide; Eaton
s: 150-Watt; 600-Watt
f: White; Light Almond; Black; Ivory
st: F
m: 0.5
r: light switch; wall plate

wall plate | electrical | wall plate
n: 1-Gang Decora Wall Plate; 2-Gang Toggle Wall Plate; 1-Gang Duplex Outlet Wall Plate; 3-Gang Decorator Wall Plate; Screwless Wall Plate
t: wall plate; outlet cover; switch plate; light switch cover; cover plate
b: Leviton; Lutron: Claro; Hampton Bay; Commercial Electric; Amerelle
f: White; Ivory; Black; Oil-Rubbed Bronze; Brushed Nickel; Almond
p: 10-Pack; 
st: F
r: outlet; light switch

circuit breaker | electrical | breaker
n: Single-Pole Circuit Breaker; Double-Pole Circuit Breaker; Combination Arc Fault Circuit Breaker; GFCI Circuit Breaker; Tandem Circuit Breaker
t: breaker; circuit breaker; breakers; 20 amp breaker; gfci breaker
b: Square D: Homeline, QO; Eaton: BR, CH; Siemens: QP; GE: THQL
s: 15 Amp; 20 Amp; 30 Amp; 40 Amp; 50 Amp; 100 Amp
st: T
m: 0.6
r: load center

load center | electrical | panel
n: Indoor Main Breaker Load Center; Main Lug Indoor Load Center; Outdoor Main Breaker Panel; Sub Panel Load Center
t: breaker box; electrical panel; load center; sub panel; panel
b: Square D: Homeline, QO; Eaton: BR, CH; Siemens
s: 100 Amp 20-Space 40-Circuit; 200 Amp 40-Space 40-Circuit; 125 Amp 24-Space; 60 Amp 4-Space
st: T
m: 0.6
r: circuit breaker

electrical wire | electrical | wire
n: Solid Romex SIMpull CU NM-B W/G Wire; Stranded THHN Wire; Solid Copper Bare Ground Wire; UF-B W/G Underground Wire; Speaker Wire
t: wire; romex; electrical wire; 12/2 wire; 14/2 romex; thhn wire
b: Southwire; Cerrowire; Encore Wire; Woods
s: 250 ft. 14/2; 250 ft. 12/2; 100 ft. 12/3; 50 ft. 10/2; 25 ft. 14/2; 500 ft. 12-Gauge; 100 ft. 6-Gauge; 50 ft. 16-Gauge
f: White; Yellow; Black; Red; Green; Orange
st: M
r: electrical box; conduit

extension cord | electrical | cord
n: Indoor/Outdoor Extension Cord; Heavy Duty Extension Cord; Indoor Extension Cord; Lighted Outdoor Extension Cord; Retractable Extension Cord Reel
t: extension cord; extension cords; outdoor extension cord; cord; power cord
b: HDX; Woods; Southwire; Husky; Coleman Cable; Commercial Electric
s: 25 ft. 16/3; 50 ft. 12/3; 100 ft. 14/3; 6 ft. 16/2; 15 ft. 12/3; 3 ft.
f: Orange; Green; Yellow; White; Black; Blue
p: 2-Pack; 3-Pack; 
st: M
r: surge protector

surge protector | electrical | surge protector
n: Surge Protector; Power Strip; Surge Protector with USB; Outdoor Power Stake; Wall Mount Surge Protector
t: surge protector; power strip; surge protectors; power bar
b: Commercial Electric; Belkin; GE; Woods; APC; Tripp Lite
s: 6-Outlet; 8-Outlet; 12-Outlet; 3-Outlet; 4 ft.; 6 ft.
f: White; Black; Gray
st: T
m: 0.3
r: extension cord

electrical box | electrical | electrical box
n: 1-Gang Old Work Electrical Box; 2-Gang New Work Electrical Box; Round Ceiling Fan Box; 4 in. Square Metal Box; Weatherproof Outdoor Box
t: electrical box; outlet box; junction box; old work box; ceiling box
b: Carlon; Raco; Southwire; Madison Electric; Commercial Electric; TayMac
f: Blue; Gray; Orange; Metallic
p: 10-Pack; 
st: M
r: electrical wire; outlet

conduit | electrical | conduit
n: Schedule 40 PVC Conduit; EMT Conduit; Flexible Metal Conduit; Liquid-Tight Flexible Conduit; PVC Conduit Elbow
t: conduit; emt; pvc conduit; flex conduit; emt conduit
b: Cantex; Allied Tube; Southwire; Halex; Carlon
s: 1/2 in. x 10 ft.; 3/4 in. x 10 ft.; 1 in. x 10 ft.; 1/2 in. x 25 ft.; 2 in. x 10 ft.
st: M
r: electrical wire

doorbell | electrical | doorbell
n: Video Doorbell; Wired Door Chime; Wireless Doorbell Kit; Smart Video Doorbell Camera; Battery Video Doorbell
t: doorbell; video doorbell; door bell; doorbell camera; wireless doorbell
b: Ring: Pro 2, Plus, Wired; Google Nest: Hello; Heath Zenith; Hampton Bay; Blink; eufy
f: Satin Nickel; Black; White; Venetian Bronze
st: T
m: 0.4

light bulb | lighting | bulb
n: A19 LED Light Bulb; BR30 Dimmable LED Light Bulb; A19 Non-Dimmable LED Light Bulb; PAR38 LED Flood Light Bulb; Candelabra LED Light Bulb; Vintage Edison LED Light Bulb; T8 Linear LED Tube Light Bulb; Smart Wi-Fi LED Light Bulb
t: light bulb; light bulbs; led bulb; led light bulbs; bulb; flood light bulb; edison bulb
b: Philips; Feit Electric; EcoSmart; Cree; GE: Reveal, Relax, Refresh; Sylvania; Hampton Bay
s: 60-Watt Equivalent; 100-Watt Equivalent; 40-Watt Equivalent; 65-Watt Equivalent; 75-Watt Equivalent; 4 ft.
f: Soft White 2700K; Daylight 5000K; Bright White 3000K; Cool White 4000K; Color Changing
p: 4-Pack; 2-Pack; 8-Pack; 16-Pack; 
st: T
m: 0.2
r: light fixture

ceiling fan | lighting | fan
n: Indoor Ceiling Fan with Light Kit; Indoor/Outdoor Ceiling Fan; LED Indoor Ceiling Fan with Remote Control; Low Profile Flush Mount Ceiling Fan; Smart Ceiling Fan with Remote
t: ceiling fan; ceiling fans; ceiling fan with light; outdoor ceiling fan; fan
b: Hampton Bay: Glendale, Hugger, Gazebo, Ashby Park, Mara, Wilmington; Home Decorators Collection: Altura, Merwry, Kensgrove; Hunter: Builder, Dempsey, Watson; Minka Aire: Light Wave; Casablanca
s: 52 in.; 44 in.; 42 in.; 60 in.; 54 in.; 70 in.
f: Brushed Nickel; Matte Black; White; Oil-Rubbed Bronze; Matte White; Natural Iron
st: F
m: 0.3
r: ceiling fan light kit; ceiling fan remote

ceiling fan light kit | lighting | ceiling fan light kit
n: Ceiling Fan Light Kit; LED Ceiling Fan Light Kit; 3-Light Ceiling Fan Light Kit; Bowl Ceiling Fan Light Kit
t: ceiling fan light kit; fan light kit; ceiling fan light; light kit
b: Hampton Bay; Hunter; Home Decorators Collection; Westinghouse
f: Brushed Nickel; Matte Black; White; Oil-Rubbed Bronze
st: F
r: ceiling fan

ceiling fan remote | lighting | ceiling fan remote
n: Ceiling Fan Remote Control; Universal Ceiling Fan Remote; Ceiling Fan Wall Control; Ceiling Fan Receiver and Remote Kit
t: ceiling fan remote; fan remote; ceiling fan control; remote
b: Hampton Bay; Hunter; Westinghouse; Home Decorators Collection
f: White; Black
st: T
m: 0.5
r: ceiling fan

pendant light | lighting | light
n: 1-Light Pendant; 3-Light Island Pendant; Mini Pendant Light; Pendant Light with Glass Shade; Linear Island Pendant
t: pendant light; pendant lights; pendant; island light; kitchen pendant
b: Hampton Bay; Home Decorators Collection; Progress Lighting; Globe Electric; Kichler; Westinghouse
f: Matte Black; Brushed Nickel; Antique Brass; Oil-Rubbed Bronze; Chrome; Gold
x: Clear Glass | Seeded Glass | ; Farmhouse | Industrial | 
st: F
m: 0.3
r: light bulb

flush mount light | lighting | light
n: LED Flush Mount Ceiling Light; 2-Light Flush Mount; Semi-Flush Mount Light; Integrated LED Flush Mount Light Fixture; Low Profile LED Flush Mount
t: flush mount light; ceiling light; flush mount; ceiling light fixture; led ceiling light
b: Hampton Bay; Commercial Electric; Home Decorators Collection; Progress Lighting; Artika
s: 11 in.; 13 in.; 15 in.; 7.5 in.
f: White; Brushed Nickel; Matte Black; Oil-Rubbed Bronze; Chrome
x: Dimmable | 
st: F
m: 0.2
r: light bulb

recessed light | lighting | light
n: Integrated LED Recessed Light Kit; Canless Recessed LED Light; Recessed Light Trim; Remodel Recessed Housing; Ultra Slim Canless LED Wafer Light
t: recessed light; recessed lighting; can light; can lights; wafer light; recessed lights
a: pot light
b: Commercial Electric; Halo: HLB, RL; Lithonia Lighting: WF6, WF4; Juno
s: 6 in.; 4 in.; 5/6 in.; 3 in.
f: White; Matte White; Black
x: 5CCT | Dimmable | ; 
p: 6-Pack; 12-Pack; 4-Pack; 24-Pack; 
st: F
m: 0.3
r: light bulb

flood light | lighting | light
n: Outdoor LED Flood Light; Motion Activated Outdoor LED Security Flood Light; Twin Head Outdoor Flood Light; Dusk to Dawn LED Flood Light; Solar LED Motion Flood Light
t: flood light; flood lights; led flood light; motion sensor light; security light; floodlight
i: outdoor
b: Defiant; Lithonia Lighting; Hampton Bay; Halo; Commercial Electric; Ring
s: 180-Degree; 270-Degree; 3000 Lumens; 5000 Lumens; 2000 Lumens
f: Bronze; White; Black; Gray
st: F
m: 0.3
r: light bulb

outdoor wall light | lighting | light
n: Outdoor Wall Lantern Sconce; 1-Light Outdoor Wall Light; Outdoor Barn Light; Dusk to Dawn Outdoor Wall Lantern; Motion Sensing Outdoor Wall Light
t: outdoor light; porch light; outdoor wall light; exterior light; wall lantern; outdoor lights
b: Hampton Bay; Home Decorators Collection; Progress Lighting; Globe Electric; Kichler
f: Black; Oil-Rubbed Bronze; Textured Black; Bronze; White; Galvanized
st: F
m: 0.2
r: light bulb

landscape light | lighting | light
n: Solar LED Path Light; Low Voltage LED Landscape Spot Light; Solar Pathway Light; LED Deck Light; Low Voltage Well Light
t: landscape lighting; path lights; solar lights; landscape light; solar path light
b: Hampton Bay; Malibu; Kichler; Moonrays; Westinghouse
f: Black; Bronze; Stainless Steel; Oil-Rubbed Bronze
p: 6-Pack; 8-Pack; 4-Pack; 12-Pack; 
st: F
r: light bulb

vanity light | lighting | light
n: 3-Light Vanity Light; 2-Light Bathroom Vanity Light; 4-Light Vanity Light Bar; LED Vanity Light; 1-Light Wall Sconce
t: vanity light; bathroom light; vanity lights; bathroom vanity light; bath light; sconce
b: Hampton Bay; Home Decorators Collection; Progress Lighting; Kichler; Globe Electric
f: Brushed Nickel; Chrome; Matte Black; Oil-Rubbed Bronze; Antique Brass
x: Clear Glass | Frosted Glass | 
st: F
m: 0.2
r: bathroom vanity; light bulb

chandelier | lighting | light
n: 5-Light Chandelier; 6-Light Candle Chandelier; 3-Light Farmhouse Chandelier; 8-Light Crystal Chandelier; Drum Chandelier
t: chandelier; chandeliers; dining room light; crystal chandelier
b: Home Decorators Collection; Hampton Bay; Progress Lighting; Kichler; Globe Electric
f: Matte Black; Antique Brass; Brushed Nickel; Oil-Rubbed Bronze; Gold; Weathered Wood
st: F
m: 0.2
r: light bulb

under cabinet light | lighting | light
n: LED Under Cabinet Light; Plug-In LED Under Cabinet Light Bar; Linkable LED Under Cabinet Light; Battery Operated Puck Light; LED Tape Light Kit
t: under cabinet lighting; under cabinet light; puck lights; led strip lights; tape light
b: Commercial Electric; GE; Hampton Bay; Feit Electric; Armacost
s: 12 in.; 18 in.; 24 in.; 36 in.; 16 ft.
f: White; Black; Silver
p: 3-Pack; 6-Pack; 
st: F
m: 0.3

flashlight | lighting | flashlight
n: LED Flashlight; Rechargeable LED Flashlight; LED Headlamp; Tactical Flashlight; LED Work Light; Lantern
t: flashlight; flashlights; flash light; headlamp; work light; led flashlight
b: Husky; Milwaukee; DEWALT; Ryobi; Energizer; Coast; Maglite
s: 1000 Lumens; 500 Lumens; 3000 Lumens; 300 Lumens
f: Black; Red; Yellow
p: 2-Pack; 
st: T
m: 0.4

interior paint | paint | paint
n: Interior Paint; Eggshell Enamel Interior Paint & Primer; Satin Enamel Interior Paint & Primer; Flat Interior Paint; Semi-Gloss Enamel Interior Paint & Primer; Matte Interior Paint and Primer
t: paint; interior paint; wall paint; paint and primer; eggshell paint; semi gloss paint; white paint
b: BEHR PREMIUM PLUS; BEHR MARQUEE; BEHR ULTRA; Glidden: Premium, Diamond; PPG: Timeless, Diamond; Valspar: Signature
s: 1 gal.; 5 gal.; 8 oz.; 1 qt.
f: Ultra Pure White; Swiss Coffee; Polar Bear; Cracked Pepper; Silver Drop; Blank Canvas; Sea Salt; Evening Hush; Light French Gray; Agreeable Gray; Navy Blue; Sage Green
st: P
m: 1.0
r: paint roller; paint brush; primer

exterior paint | paint | paint
n: Exterior Paint; Flat Exterior Paint & Primer; Satin Exterior Paint & Primer; Semi-Gloss Exterior Paint & Primer; Solid Color Waterproofing Exterior Wood Stain
t: exterior paint; outdoor paint; house paint; exterior paint and primer
b: BEHR PREMIUM PLUS; BEHR ULTRA; BEHR MARQUEE; Glidden: Premium; PPG: Timeless; Valspar: Duramax
s: 1 gal.; 5 gal.; 1 qt.
f: Ultra Pure White; Polar Bear; Cracked Pepper; Dark Walnut; Slate Gray; Colonial Red; Barn Red; Cedar Naturaltone
st: P
m: 1.0
r: paint roller; paint brush; primer

deck stain | paint | stain
n: Semi-Transparent Waterproofing Exterior Wood Stain and Sealer; Solid Color Waterproofing Exterior Wood Stain; Transparent Waterproofing Wood Finish; Advanced Deck Stain; Interior Wood Stain
t: deck stain; stain; wood stain; fence stain; deck sealer; semi transparent stain
b: BEHR PREMIUM; BEHR; Thompson's WaterSeal; Cabot; Minwax; Ready Seal; Olympic: Maximum
s: 1 gal.; 5 gal.; 1 qt.; 8 oz.
f: Cedar Naturaltone; Redwood Naturaltone; Chocolate; Cordovan Brown; Slate Gray; Natural; Early American; Dark Walnut; Espresso
st: P
m: 1.0
r: deck resurfacer; paint brush

deck resurfacer | paint | deck resurfacer
n: Textured DeckOver Wood and Concrete Coating; DeckOver Exterior Resurfacer; Textured Deck Resurfacer; Deck and Concrete Restore Coating
t: deckover; deck over; deck resurfacer; deck restore; deck coating; behr deckover
b: BEHR PREMIUM; BEHR; Rust-Oleum: RockSolid, Restore; Olympic: Rescue It
s: 1 gal.; 5 gal.
f: Tugboat; Cappuccino; Slate; Woodbridge; Chocolate; Boot Hill Grey; Padre Brown; Sierra; Cordovan Brown; Beach House Blue
st: P
m: 1.0
r: deck stain; paint roller

primer | paint | primer
n: Interior/Exterior Water-Based Primer; Oil-Based Stain Blocking Primer; Drywall Primer; Multi-Surface Primer Sealer; Bonding Primer
t: primer; paint primer; kilz; stain blocking primer; drywall primer
b: KILZ: 2, Original, Premium, Restoration; Zinsser: Bulls Eye 1-2-3, Cover Stain, B-I-N; BEHR PREMIUM PLUS; Glidden
s: 1 gal.; 5 gal.; 1 qt.; 13 oz.
f: White
st: P
m: 0.5
r: interior paint; paint roller

spray paint | paint | paint
n: Gloss Spray Paint; Flat Spray Paint; Satin Spray Paint; Metallic Spray Paint; Hammered Spray Paint; High Heat Spray Paint; 2X Ultra Cover Spray Paint
t: spray paint; spray paints; rustoleum spray paint; metallic spray paint; black spray paint
a: spraypaint; rattle can
b: Rust-Oleum: Painter's Touch, Stops Rust, Universal; Krylon: Fusion All-In-One, COLORmaxx; Rust-Oleum Specialty: High Heat; Valspar
s: 12 oz.; 11 oz.; 10.25 oz.
f: Black; White; Gloss Black; Flat Black; Gold; Silver; Oil Rubbed Bronze; Navy Blue; Red; Hunter Green; Clear
p: 6-Pack; 
st: P
m: 0.5
r: primer

paint brush | paint | paint brush
n: Angled Sash Paint Brush; Flat Paint Brush; Paint Brush Set; Chip Brush; Angled Trim Brush
t: paint brush; paint brushes; brush; angled brush; paintbrush
b: Purdy: XL, Clearcut, Nylox; Wooster: Shortcut, Ultra/Pro; Linzer; HDX
s: 2 in.; 2-1/2 in.; 3 in.; 1-1/2 in.; 4 in.
p: 3-Pack; 5-Pack; 
st: T
r: interior paint; paint roller

paint roller | paint | paint roller
n: Paint Roller Cover; Paint Roller Frame; Paint Roller Kit; Mini Paint Roller; Paint Roller Tray Kit
t: paint roller; roller; roller cover; paint rollers; roller frame
b: Purdy: White Dove, Colossus; Wooster: Pro/Doo-Z, Super/Fab; Whizz; HDX; Linzer
s: 9 in. x 3/8 in.; 9 in. x 1/2 in.; 9 in. x 3/4 in.; 4 in.; 18 in.; 9 in. x 1/4 in.
p: 3-Pack; 6-Pack; 2-Pack; 
st: T
r: interior paint; paint brush

painters tape | paint | tape
n: Painter's Tape; Multi-Surface Painter's Tape; Delicate Surface Painter's Tape; Masking Tape; Duct Tape
t: painters tape; painter's tape; masking tape; tape; blue tape; duct tape
b: ScotchBlue; FrogTape; Duck; 3M; Gorilla; Scotch
s: 1.88 in. x 60 yds.; 0.94 in. x 60 yds.; 1.41 in. x 60 yds.; 1.88 in. x 20 yds.
f: Blue; Green; Yellow; Silver; Black; White
p: 3-Pack; 6-Pack; 
st: T
m: 0.3

caulk | paint | caulk
n: Silicone Caulk; Acrylic Latex Caulk; Kitchen and Bath Silicone Sealant; Window and Door Caulk; Concrete Crack Sealant; Caulking Gun
t: caulk; caulking; silicone caulk; silicone; sealant; caulk gun; caulking gun
b: DAP: Alex Plus, Alex Fast Dry, Kwik Seal; GE: Supreme, Advanced; Red Devil; Sashco; Gorilla; Loctite; Newborn
s: 10.1 oz.; 2.8 oz.; 5.5 oz.; 9 oz.
f: White; Clear; Almond; Gray; Black; Brown
p: 12-Pack; 
st: T
m: 0.3

wood filler | paint | wood filler
n: Wood Filler; Spackling Paste; Patching Compound; Joint Compound; Wall Repair Patch Kit
t: wood filler; spackle; spackling; joint compound; wall patch; mud; drywall mud
b: DAP: Plastic Wood, DryDex, Fast 'N Final; Elmer's; Minwax; 3M: Patch Plus Primer; USG Sheetrock: Plus 3; Red Devil
s: 8 oz.; 16 oz.; 1 qt.; 3.5 gal.; 4.5 gal.; 6 oz.
st: T
m: 0.3
r: drywall

stud | lumber | lumber
n: Prime Whitewood Stud; #2 and Better Douglas Fir Lumber; Ground Contact Pressure-Treated Lumber; Kiln-Dried Premium Stud; Select Pine Board; Common Board
t: 2x4; 2x4x8; stud; lumber; 2x6; board; 2x4 lumber; pressure treated lumber; studs
b: WeatherShield; Severe Weather; Alexandria Moulding; no brand
s: 2 in. x 4 in. x 8 ft.; 2 in. x 4 in. x 92-5/8 in.; 2 in. x 6 in. x 8 ft.; 2 in. x 4 in. x 10 ft.; 2 in. x 6 in. x 12 ft.; 2 in. x 8 in. x 10 ft.; 4 in. x 4 in. x 8 ft.; 1 in. x 4 in. x 8 ft.; 1 in. x 6 in. x 8 ft.; 2 in. x 10 in. x 12 ft.; 2 in. x 12 in. x 16 ft.
st: M
m: 0.0
r: plywood

plywood | lumber | plywood
n: Sanded Plywood; Pine Plywood; BC Sanded Pine Plywood; Birch Plywood; OSB Sheathing; Cedar Plywood Siding Panel; Underlayment Panel
t: plywood; osb; plywood sheets; sheathing; birch plywood; 3/4 plywood
b: Columbia Forest Products; Handprint; no brand; Huber: ZIP System, AdvanTech
s: 3/4 in. x 4 ft. x 8 ft.; 1/2 in. x 4 ft. x 8 ft.; 1/4 in. x 4 ft. x 8 ft.; 23/32 in. x 4 ft. x 8 ft.; 7/16 in. x 4 ft. x 8 ft.; 15/32 in. x 4 ft. x 8 ft.; 1/2 in. x 2 ft. x 4 ft.; 3/4 in. x 2 ft. x 4 ft.
st: M
m: 0.0
r: stud

drywall | lumber | drywall
n: Gypsum Board; UltraLight Drywall Panel; Mold Tough Drywall Panel; Moisture Resistant Drywall; Firecode X Drywall Panel; Cement Board
t: drywall; sheet rock; gypsum board; drywall sheets; cement board; green board
a: sheetrock; wallboard
b: USG Sheetrock; Gold Bond: eXP, XP; CertainTeed; National Gypsum; HardieBacker; Durock
s: 1/2 in. x 4 ft. x 8 ft.; 5/8 in. x 4 ft. x 8 ft.; 1/2 in. x 4 ft. x 12 ft.; 1/4 in. x 4 ft. x 8 ft.; 1/2 in. x 3 ft. x 5 ft.
st: M
m: 0.0
r: drywall screws; wood filler

moulding | lumber | moulding
n: Primed MDF Baseboard Moulding; Pine Crown Moulding; Primed Finger-Jointed Pine Casing; MDF Fluted Casing; Quarter Round Moulding; Shoe Moulding; Chair Rail Moulding
t: baseboard; moulding; molding; crown molding; trim; casing; quarter round; baseboards
b: House of Fara; Alexandria Moulding; Woodgrain Millwork; Ornamental Mouldings; Inteplast
s: 9/16 in. x 3-1/4 in. x 96 in.; 3/4 in. x 3 in. x 8 ft.; 1/2 in. x 5-1/4 in. x 96 in.; 11/16 in. x 2-1/4 in. x 84 in.; 3/4 in. x 3/4 in. x 8 ft.; 5/8 in. x 4-1/4 in. x 12 ft.
f: Primed White; Unfinished; White; Oak
st: M
m: 0.2

decking | lumber | decking
n: Composite Decking Board; Grooved Edge Composite Decking Board; Pressure-Treated Deck Board; PVC Decking Board; Square Edge Composite Deck Board
t: decking; composite decking; deck boards; deck board; composite deck boards; trex
b: Trex: Enhance, Select, Transcend; Fiberon: Good Life, ArmorGuard; TimberTech: Edge, PRO; Veranda: ArmorGuard; Severe Weather
s: 1 in. x 6 in. x 12 ft.; 1 in. x 6 in. x 16 ft.; 1 in. x 6 in. x 20 ft.; 5/4 in. x 6 in. x 12 ft.; 5/4 in. x 6 in. x 8 ft.
f: Toasted Sand; Clam Shell; Saddle; Rocky Harbor; Gravel Path; Tiki Torch; Brown; Gray
st: M
m: 0.0
r: deck screws; stud

angle | hardware | connector
n: Galvanized Angle; 12-Gauge Angle; 18-Gauge Galvanized Angle; Reinforcing Angle; Heavy Angle; Rigid Tie Connector
t: angle bracket; l bracket; angle; metal bracket; simpson angle; corner bracket
b: Simpson Strong-Tie: ZMAX, Strong-Drive; USP; Everbilt
s: 1-1/2 in. x 1-1/2 in. x 1-3/8 in.; 2 in. x 2 in. x 1-1/2 in.; 3 in. x 3 in. x 1-1/2 in.; 4-1/2 in. x 1-3/8 in.
x: 18-Gauge | 12-Gauge | 16-Gauge | 
p: 4-Pack; 10-Pack; 25-Pack; 
st: M
m: 0.6
r: joist hanger; shelf bracket

joist hanger | hardware | connector
n: Face-Mount Joist Hanger; Concealed Flange Joist Hanger; Double Joist Hanger; Skewed Joist Hanger; Rafter Tie
t: joist hanger; joist hangers; hurricane tie; rafter tie; 2x6 joist hanger
b: Simpson Strong-Tie: ZMAX; USP; Everbilt
s: 2x4; 2x6; 2x8; 2x10; 2x12; Double 2x10
f: Galvanized; ZMAX Galvanized; Stainless Steel
p: 10-Pack; 25-Pack; 
st: M
m: 0.6
r: angle; deck screws

wood screws | hardware | screws
n: Phillips Flat-Head Wood Screw; Star Drive Flat-Head Wood Screw; Phillips Bugle-Head Coarse Thread Sharp Point Drywall Screws; Star Drive Exterior Deck Screws; Square Drive Trim-Head Screw; Self-Drilling Hex-Head Sheet Metal Screw
t: screws; wood screws; deck screws; drywall screws; screw; sheet metal screws; star drive screws
b: Everbilt; GRK: R4, Rugged Structural; Deckmate; SPAX; Grip-Rite; Power Pro
s: #8 x 1-1/4 in.; #8 x 2 in.; #9 x 3 in.; #10 x 2-1/2 in.; #6 x 1-5/8 in.; #6 x 1 in.; #8 x 3 in.; #10 x 3/4 in.
f: Zinc-Plated; Coarse; Exterior Green; Gray; Bronze; Stainless Steel; Black Phosphate
p: 100-Pack; 1 lb.-Box; 5 lb.-Box; 25-Pack; 
st: M
m: 0.0
r: angle

drywall screws | hardware | screws
n: Coarse Thread Drywall Screws; Fine Thread Drywall Screws; Collated Drywall Screws; Drywall Anchors with Screws
t: drywall screws; drywall screw; sheetrock screws; drywall anchors; drywall anchor
b: Everbilt; Grip-Rite; E-Z Ancor; TOGGLER; Power Pro
s: #6 x 1-1/4 in.; #6 x 1-5/8 in.; #8 x 2 in.; #6 x 2 in.; #8 x 1 in.
f: Black Phosphate; Zinc-Plated; Gray
p: 100-Pack; 1 lb.-Box; 5 lb.-Box; 20-Pack; 50-Pack
st: M
m: 0.0
r: drywall

deck screws | hardware | screws
n: Star Drive Exterior Deck Screws; Composite Deck Screws; Hidden Deck Fastener System; Stainless Steel Deck Screws
t: deck screws; composite screws; deck fasteners; hidden fasteners; deck screw
b: Deckmate; GRK; CAMO; Trex: Hideaway; Starborn; Power Pro
s: #8 x 2-1/2 in.; #10 x 3 in.; #9 x 3 in.; #8 x 1-7/8 in.; #10 x 2-1/2 in.
f: Tan; Gray; Brown; Stainless Steel; Green
p: 1 lb.-Box; 5 lb.-Box; 350-Pack; 100-Pack
st: M
m: 0.0
r: decking; joist hanger

nails | hardware | nails
n: Bright Common Nails; Hot-Dipped Galvanized Common Nails; Finish Nails; Framing Nails; Brad Nails; Roofing Nails; Collated Framing Nails
t: nails; nail; finish nails; brad nails; framing nails; 16d nails; roofing nails
b: Grip-Rite; Paslode; Everbilt; Metabo HPT; Fasco; Bostitch
s: 16d 3-1/2 in.; 8d 2-1/2 in.; 10d 3 in.; 18-Gauge 2 in.; 15-Gauge 2-1/2 in.; 1-1/4 in.; 3-1/4 in. x 0.131
f: Bright; Galvanized; Stainless Steel; Vinyl Coated
p: 1 lb.-Box; 5 lb.-Box; 1000-Pack; 2000-Pack; 
st: M
m: 0.0
r: nail gun

nail gun | tools | nail gun
n: Framing Nailer; Brad Nailer; Finish Nailer; Pin Nailer; Cordless Brad Nailer; Pneumatic Framing Nailer
t: nail gun; brad nailer; framing nailer; nailer; finish nailer; nail guns
b: Milwaukee: M18 FUEL; DEWALT: 20V MAX XR, ATOMIC; Ryobi: ONE+, ONE+ HP AirStrike; Metabo HPT; Bostitch; Paslode
s: 18-Gauge; 16-Gauge; 21-Degree; 30-Degree; 23-Gauge; 15-Gauge
x: Cordless | Pneumatic | ; Brushless | 
p: (Tool Only); 
st: T
m: 0.5
r: nails

anchors | hardware | anchors
n: Plastic Anchors with Screws; Toggle Bolts; Self-Drilling Drywall Anchors; Concrete Wedge Anchors; Sleeve Anchors; Hollow Wall Anchors
t: anchors; wall anchors; drywall anchors; toggle bolts; concrete anchors; anchor
b: E-Z Ancor; TOGGLER; Everbilt; Red Head; Tapcon; Cobra
s: #8; #10; 1/4 in. x 3 in.; 3/8 in. x 3 in.; 1/2 in. x 4-1/4 in.; 3/16 in. x 1-1/4 in.
f: Zinc-Plated; Plastic; Metal
p: 20-Pack; 50-Pack; 100-Pack; 4-Pack; 
st: M
m: 0.2
r: drywall screws

bolts | hardware | bolts
n: Hex Bolt; Carriage Bolt; Lag Screw; Hex Nut; Flat Washer; Eye Bolt; U-Bolt; Threaded Rod
t: bolts; hex bolt; carriage bolt; lag screws; nuts; washers; threaded rod; lag bolts
b: Everbilt; Crown Bolt; Hillman; Simpson Strong-Tie
s: 1/4 in.-20 x 2 in.; 3/8 in.-16 x 3 in.; 1/2 in.-13 x 6 in.; 5/16 in. x 4 in.; 3/8 in. x 6 ft.; 1/2 in. x 36 in.
f: Zinc-Plated; Hot-Dipped Galvanized; Stainless Steel; Grade 8
p: 2-Pack; 25-Pack; 50-Pack; 
st: M
m: 0.0

door hinge | hardware | hinge
n: Square Corner Door Hinge; Radius Corner Door Hinge; Spring Door Hinge; Self-Closing Door Hinge; Cabinet Hinge; Gate Hinge
t: door hinge; hinges; hinge; door hinges; cabinet hinges; gate hinge
b: Everbilt; National Hardware; Stanley; Liberty; Blum
s: 3-1/2 in.; 4 in.; 3 in.; 5/8 in. Radius; 35 mm
f: Satin Nickel; Oil-Rubbed Bronze; Matte Black; Polished Brass; White; Antique Brass; Zinc-Plated
p: 3-Pack; 2-Pack; 9-Pack; 
st: F
r: interior door; cabinet pulls

door knob | hardware | door hardware
n: Passage Door Knob; Privacy Bed/Bath Door Knob; Keyed Entry Door Knob; Dummy Door Knob; Passage Door Lever; Privacy Door Lever; Entry Door Handleset
t: door knob; door knobs; doorknob; door handle; door lever; privacy door knob; passage knob
b: Kwikset: Juno, Tylo, Cove, Lido, Halifax; Schlage: Plymouth, Accent, Georgian; Defiant: Brandywine, Olympic; Design House; Weiser
f: Satin Nickel; Venetian Bronze; Matte Black; Polished Brass; Antique Brass; Satin Chrome; Iron Black
x: SmartKey | 
st: F
m: 0.3
r: deadbolt; interior door; door hinge

deadbolt | hardware | door hardware
n: Single Cylinder Deadbolt; Double Cylinder Deadbolt; Keypad Electronic Deadbolt; Smart Lock Deadbolt; Keyless Entry Deadbolt
t: deadbolt; dead bolt; smart lock; keypad lock; door lock; keyless entry; deadbolts
b: Kwikset: SmartCode 914, SmartCode 888, Halo, Aura; Schlage: Encode, Camelot, B60N; Defiant; Yale: Assure, Real Living; August
f: Satin Nickel; Venetian Bronze; Matte Black; Polished Brass; Iron Black
x: SmartKey | Wi-Fi | ; 
st: F
m: 0.4
r: door knob; exterior door

cabinet pulls | hardware | cabinet hardware
n: Cabinet Drawer Pull; Bar Pull; Cup Pull; Cabinet Knob; Mushroom Cabinet Knob; Drawer Pull; Edge Pull
t: cabinet pulls; drawer pulls; cabinet handles; cabinet knobs; knobs; pulls; cabinet hardware; drawer knobs
b: Liberty: Ridged, Classic Edge, Essentials; Amerock: Revitalize, Bar Pulls; Hickory Hardware: Cottage, Bungalow; Richelieu; Franklin Brass
s: 3 in.; 3-3/4 in.; 5-1/16 in.; 6-5/16 in.; 1-1/4 in.; 1-3/8 in.; 96 mm; 128 mm
f: Satin Nickel; Matte Black; Oil-Rubbed Bronze; Brushed Nickel; Polished Chrome; Champagne Bronze; Stainless Steel; Antique Brass; Gold
p: 10-Pack; 25-Pack; 
st: F
r: door hinge; kitchen cabinet

padlock | hardware | lock
n: Keyed Padlock; Combination Padlock; Laminated Steel Padlock; Weatherproof Padlock; Resettable Combination Lock; Hasp
t: padlock; lock; combination lock; pad lock; padlocks
b: Master Lock: ProSeries, Magnum, Pro; ABUS; Brinks; Everbilt
s: 1-9/16 in.; 2 in.; 1-3/4 in.; 2-1/2 in.
f: Brass; Stainless Steel; Black; Red; Blue
p: 2-Pack; 4-Pack; 
st: T
m: 0.4
r: safe

shelf bracket | hardware | bracket
n: Shelf Bracket; Decorative Shelf Bracket; Heavy Duty Shelf Bracket; Floating Shelf Bracket; Shelf Standard; L-Shaped Shelf Bracket
t: shelf bracket; shelf brackets; brackets; floating shelf bracket; shelving brackets; shelf standard
b: Everbilt; Rubbermaid; John Sterling; National Hardware; Knape & Vogt
s: 8 in. x 10 in.; 6 in. x 8 in.; 10 in. x 12 in.; 48 in.; 12 in.
f: White; Black; Matte Black; Zinc-Plated; Oil-Rubbed Bronze; Galvanized
p: 2-Pack; 4-Pack; 
st: F
r: wall shelf; angle

hooks | hardware | hooks
n: Utility Hook; Coat Hook; Magnetic Hook; Adhesive Hook; S-Hook; Robe Hook; Screw Hook; Bike Hook
t: hooks; hook; coat hooks; magnetic hooks; adhesive hooks; command hooks; s hooks; utility hooks
b: Everbilt; Command; Husky; Rubbermaid; Liberty; Master Magnetics
f: Satin Nickel; Matte Black; White; Chrome; Zinc-Plated; Oil-Rubbed Bronze
x: Heavy Duty | Vinyl Coated | 
p: 2-Pack; 4-Pack; 6-Pack; 10-Pack; 
st: F
r: garage storage

rope | hardware | rope
n: Braided Nylon Rope; Twisted Polypropylene Rope; Manila Rope; Paracord; Galvanized Steel Wire Rope; Proof Coil Chain; Ratchet Tie-Down Strap; Bungee Cord
t: rope; chain; tie down straps; ratchet straps; bungee cords; paracord; cable; tie downs
b: Everbilt; Keeper; Husky; SecureLine; Erickson
s: 1/4 in. x 50 ft.; 3/8 in. x 100 ft.; 1/2 in. x 50 ft.; 3/16 in. x 20 ft.; 1 in. x 15 ft.; 24 in.
f: White; Black; Yellow; Red; Blue; Zinc-Plated; Galvanized
p: 2-Pack; 4-Pack; 8-Pack; 
st: M
m: 0.0

safe | hardware | safe
n: Fireproof Safe with Digital Lock; Gun Safe; Waterproof Fire Safe; Security Safe; Home Safe with Keypad; Lock Box
t: safe; fireproof safe; gun safe; safes; fire safe; lock box
b: SentrySafe; First Alert; Stack-On; Honeywell; Cannon; Winchester
s: 1.23 cu. ft.; 0.8 cu. ft.; 2.05 cu. ft.; 24-Gun; 0.14 cu. ft.
f: Black; Gray
st: T
m: 0.4
r: padlock

cordless drill | tools | drill
n: Cordless 1/2 in. Drill/Driver; Brushless Cordless 1/2 in. Hammer Drill/Driver; Compact Cordless Drill; Cordless 1/2 in. Drill/Driver Kit with 2 Batteries, Charger and Bag; Corded 1/2 in. Hammer Drill
t: drill; cordless drill; drills; hammer drill; power drill; drill driver; drill kit
b: Milwaukee: M18, M18 FUEL, M12; DEWALT: 20V MAX, 20V MAX XR, ATOMIC; Ryobi: ONE+, ONE+ HP; Makita: 18V LXT; RIDGID: 18V; Husky
s: 18-Volt; 20-Volt; 12-Volt; 7 Amp
x: Brushless | ; Lithium-Ion | 
p: (Tool Only); Kit; 
st: T
m: 0.5
r: drill bit; impact driver; power tool battery

impact driver | tools | impact driver
n: Cordless Impact Driver; Brushless Cordless 1/4 in. Impact Driver; 1/2 in. Impact Wrench; Cordless Impact Driver Kit; Hex Impact Driver
t: impact driver; impact drivers; impact wrench; impact; drill impact combo
b: Milwaukee: M18, M18 FUEL, M12 FUEL; DEWALT: 20V MAX, 20V MAX XR, ATOMIC; Ryobi: ONE+, ONE+ HP; Makita: 18V LXT; RIDGID
s: 18-Volt; 20-Volt; 12-Volt
x: Brushless | ; 3-Speed | 
p: (Tool Only); Kit; 
st: T
m: 0.5
r: drill bit; cordless drill; power tool battery

power tool battery | tools | battery
n: Lithium-Ion Battery; High Output Battery Pack; Battery and Charger Starter Kit; Rapid Charger; Compact Battery 2-Pack
t: battery; batteries; drill battery; charger; battery and charger; 18v battery
b: Milwaukee: M18, M18 REDLITHIUM, M12; DEWALT: 20V MAX, FLEXVOLT; Ryobi: ONE+, ONE+ HP; Makita: 18V LXT; EGO: POWER+; Greenworks
s: 18-Volt 5.0 Ah; 20-Volt 2.0 Ah; 12-Volt 3.0 Ah; 56-Volt 2.5 Ah; 40-Volt 4.0 Ah; 18-Volt 4.0 Ah
st: T
m: 0.6
r: cordless drill; impact driver

drill bit | tools | drill bit
n: Titanium Drill Bit Set; Black Oxide Drill Bit Set; Masonry Drill Bit; Spade Bit Set; Impact Driver Bit Set; Step Drill Bit; Cobalt Drill Bit Set; Hole Saw Kit
t: drill bits; drill bit set; drill bit; bits; impact bits; hole saw; masonry bit; driver bits
b: Milwaukee: SHOCKWAVE, RED HELIX; DEWALT: MAX IMPACT, FLEXTORQ; Ryobi; Bosch; Diablo; Husky
s: 1/4 in.; 1/2 in.; 3/8 in.; 1/8 in.
p: 21-Piece; 29-Piece; 100-Piece; 40-Piece; 7-Piece; 
st: T
m: 0.4
r: cordless drill; impact driver

circular saw | tools | saw
n: Cordless 7-1/4 in. Circular Saw; Brushless Cordless 6-1/2 in. Circular Saw; Corded 7-1/4 in. Circular Saw; Worm Drive Circular Saw; Compact Circular Saw
t: circular saw; circular saws; skil saw; saw; cordless circular saw
a: skilsaw; buzz saw
b: Milwaukee: M18, M18 FUEL; DEWALT: 20V MAX, FLEXVOLT; Ryobi: ONE+; Makita: 18V LXT; SKIL; RIDGID
s: 15 Amp; 18-Volt; 20-Volt; 13 Amp
x: Brushless | ; with Laser | 
p: (Tool Only); Kit; 
st: T
m: 0.5
r: saw blade

miter saw | tools | saw
n: Single Bevel Compound Miter Saw; Double Bevel Sliding Compound Miter Saw; Cordless 7-1/4 in. Sliding Miter Saw; 10 in. Compound Miter Saw; 12 in. Double Bevel Sliding Miter Saw
t: miter saw; chop saw; miter saws; sliding miter saw; mitre saw; saw
b: DEWALT: 20V MAX, FLEXVOLT; Milwaukee: M18 FUEL; Ryobi: ONE+; Makita; RIDGID; Metabo HPT
s: 15 Amp; 10 in.; 12 in.; 18-Volt; 7-1/4 in.
x: with Laser | with LED Shadow Line | ; 
st: T
m: 0.5
r: saw blade

table saw | tools | saw
n: Jobsite Table Saw with Stand; 10 in. Portable Table Saw; Compact Table Saw; Cordless 8-1/4 in. Table Saw; Contractor Table Saw
t: table saw; table saws; jobsite table saw; saw
b: DEWALT: FLEXVOLT; SKIL; RIDGID; Ryobi; Bosch; Delta
s: 15 Amp; 10 in.; 8-1/4 in.
x: with Rolling Stand | ; 
st: T
m: 0.5
r: saw blade

reciprocating saw | tools | saw
n: Cordless Reciprocating Saw; Brushless Cordless Reciprocating Saw; Compact One-Handed Reciprocating Saw; Corded Reciprocating Saw
t: reciprocating saw; sawzall; recip saw; reciprocating saws; saw
a: sawsall; saws all
b: Milwaukee: M18, M18 FUEL, SAWZALL; DEWALT: 20V MAX; Ryobi: ONE+; Makita: 18V LXT; RIDGID
s: 18-Volt; 20-Volt; 12 Amp; 15 Amp
x: Brushless | 
p: (Tool Only); Kit; 
st: T
m: 0.5
r: saw blade

jigsaw | tools | saw
n: Cordless Jigsaw; Orbital Jig Saw; Corded Jig Saw; Brushless Cordless Barrel Grip Jig Saw; Top-Handle Jigsaw
t: jigsaw; jig saw; jigsaws; saw
b: DEWALT: 20V MAX; Milwaukee: M18 FUEL; Ryobi: ONE+; Bosch; Makita; Black+Decker
s: 18-Volt; 20-Volt; 6.5 Amp; 5 Amp
p: (Tool Only); Kit; 
st: T
m: 0.5
r: saw blade

saw blade | tools | saw blade
n: Circular Saw Blade; Carbide Miter Saw Blade; Reciprocating Saw Blade Set; Jig Saw Blade Set; Table Saw Blade; Diamond Blade; Demo Demon Framing Saw Blade; Oscillating Multi-Tool Blade
t: saw blade; saw blades; circular saw blade; miter saw blade; sawzall blades; blade; diamond blade; jigsaw blades
b: Diablo: Demo Demon, Tracking Point; DEWALT: ELITE; Milwaukee: SAWZALL, The Ax; Freud; Bosch; Irwin: Marathon
s: 7-1/4 in. x 24-Tooth; 10 in. x 40-Tooth; 12 in. x 80-Tooth; 6 in. 6 TPI; 9 in. 18 TPI; 4 in.; 6-1/2 in. x 24-Tooth; 10 in. x 60-Tooth
p: 2-Pack; 3-Pack; 5-Pack; 10-Pack; 
st: T
m: 0.4
r: circular saw; miter saw; table saw; reciprocating saw; jigsaw

oscillating tool | tools | oscillating tool
n: Cordless Oscillating Multi-Tool; Corded Oscillating Multi-Tool; Brushless Oscillating Multi-Tool Kit; Quick-Lock Oscillating Tool
t: oscillating tool; multi tool; multitool; oscillating multi tool
b: DEWALT: 20V MAX, ATOMIC; Milwaukee: M18 FUEL, M12; Ryobi: ONE+; Fein: MultiMaster; Dremel: Multi-Max
s: 18-Volt; 20-Volt; 12-Volt; 3 Amp
p: (Tool Only); Kit; 
st: T
m: 0.5
r: saw blade

sander | tools | sander
n: Random Orbit Sander; 5 in. Random Orbit Sander; Sheet Sander; Detail Sander; Belt Sander; Drywall Sander
t: sander; orbital sander; palm sander; belt sander; random orbital sander; sanders
b: DEWALT: 20V MAX; Milwaukee: M18 FUEL; Ryobi: ONE+; Makita; Bosch; Black+Decker
s: 18-Volt; 20-Volt; 3 Amp; 5 in.; 1/4 Sheet
p: (Tool Only); Kit; 
st: T
m: 0.5
r: sandpaper

sandpaper | tools | sandpaper
n: Sanding Sheets; Hook and Loop Sanding Discs; Sanding Sponge; Sandpaper Assortment; Sanding Belts
t: sandpaper; sand paper; sanding discs; sanding sheets; sanding sponge; sanding pads
b: 3M: Pro Grade Precision, ProMax; Diablo: SandNet; Gator; Norton
s: 5 in. 80-Grit; 5 in. 120-Grit; 9 in. x 11 in. 220-Grit; 3 in. x 21 in. 60-Grit; 150-Grit
p: 15-Pack; 25-Pack; 50-Pack; 4-Pack; 
st: T
m: 0.3
r: sander

hammer | tools | hammer
n: Fiberglass Claw Hammer; Steel Framing Hammer; Rubber Mallet; Sledge Hammer; Drilling Hammer; Dead Blow Hammer
t: hammer; hammers; claw hammer; sledge hammer; mallet; framing hammer
b: Estwing; Husky; Stanley: FatMax; Vaughan; Milwaukee; DEWALT
s: 16 oz.; 20 oz.; 22 oz.; 8 lb.; 10 lb.; 3 lb.
st: T
m: 0.3

tape measure | tools | tape measure
n: Tape Measure; Magnetic Tape Measure; Laser Distance Measurer; Compact Tape Measure; Long Tape
t: tape measure; measuring tape; tape measures; tape; laser measure
b: Stanley: FatMax, PowerLock; Milwaukee; DEWALT; Husky; Komelon; Bosch: Blaze
s: 25 ft.; 16 ft.; 30 ft.; 35 ft.; 100 ft.; 165 ft.
x: Magnetic | 
p: 2-Pack; 
st: T
m: 0.4

level | tools | level
n: Box Beam Level; Torpedo Level; Magnetic Torpedo Level; I-Beam Level; Self-Leveling Cross Line Laser Level; Rotary Laser Level
t: level; laser level; torpedo level; levels; box level
b: Empire: True Blue; Stanley; Johnson; Milwaukee; DEWALT; Bosch; Kapro
s: 24 in.; 48 in.; 72 in.; 9 in.; 100 ft.; 2 ft.; 4 ft.
x: Magnetic | 
st: T
m: 0.3

utility knife | tools | knife
n: Folding Utility Knife; Retractable Utility Knife; Fixed Blade Utility Knife; Utility Knife Blades; Snap-Off Knife
t: utility knife; box cutter; razor knife; utility knife blades; knife
a: exacto knife
b: Milwaukee: FASTBACK; Husky; Stanley; DEWALT; Olfa
p: 2-Pack; 100-Pack; 10-Pack; 
st: T
m: 0.3

screwdriver | tools | screwdriver
n: Screwdriver Set; Multi-Bit Screwdriver; Phillips Screwdriver; Precision Screwdriver Set; Ratcheting Screwdriver
t: screwdriver; screwdriver set; screwdrivers; phillips screwdriver; multi bit screwdriver
b: Husky; Klein Tools; Milwaukee; Stanley; Craftsman; Wera
p: 6-Piece; 10-Piece; 8-Piece; 42-Piece; 
st: T
m: 0.3

socket set | tools | socket set
n: Mechanics Tool Set; Socket Set; 3/8 in. Drive Socket Set; Ratchet and Socket Set; SAE/Metric Socket Set; Impact Socket Set
t: socket set; mechanics tool set; tool set; sockets; ratchet set; socket sets
b: Husky; DEWALT; Craftsman; Milwaukee; GEARWRENCH; Stanley
s: 1/4 in. and 3/8 in. Drive; 1/2 in. Drive; 3/8 in. Drive; 1/4 in. Drive
p: 100-Piece; 200-Piece; 290-Piece; 42-Piece; 
st: T
m: 0.4
r: ratchet; wrench set

ratchet | tools | ratchet
n: 72-Tooth Ratchet; 90-Tooth Ratchet; Quick Release Ratchet; Flex Head Ratchet; Breaker Bar; Torque Wrench
t: ratchet; ratchets; torque wrench; breaker bar; 3/8 ratchet
b: Husky; GEARWRENCH; Craftsman; DEWALT; Milwaukee; Tekton
s: 3/8 in. Drive; 1/2 in. Drive; 1/4 in. Drive
st: T
m: 0.4
r: socket set

wrench set | tools | wrench
n: Combination Wrench Set; Ratcheting Combination Wrench Set; Adjustable Wrench; Pipe Wrench; Hex Key Set; Locking Pliers; Tongue and Groove Pliers
t: wrench; wrench set; adjustable wrench; pipe wrench; allen wrench; pliers; crescent wrench; wrenches
b: Husky; RIDGID; Craftsman; GEARWRENCH; Channellock; Irwin: Vise-Grip; Klein Tools
s: 8 in.; 10 in.; 14 in.; 18 in.; 24 in.; SAE; Metric
p: 20-Piece; 12-Piece; 3-Piece; 
st: T
m: 0.3

tool storage | storage | tool storage
n: Rolling Tool Chest; Tool Cabinet; Portable Tool Box; Rolling Tool Box; Mobile Workbench; Tool Bag; Modular Tool Box System
t: tool box; toolbox; tool chest; tool cabinet; tool bag; rolling tool box; tool boxes
b: Husky; Milwaukee: PACKOUT; DEWALT: TOUGHSYSTEM 2.0; Ryobi: LINK; Craftsman; Keter
s: 46 in. W 9-Drawer; 26 in. W 5-Drawer; 22 in.; 20 in.; 52 in. W 15-Drawer; 16 in.
f: Black; Red; Gloss Black; Matte Black; Yellow; Gray
st: T
m: 0.3
r: workbench

workbench | storage | workbench
n: Adjustable Height Work Bench; Workbench with Pegboard; Solid Wood Top Workbench; Folding Work Table; Mobile Workbench
t: workbench; work bench; work table; workbenches; garage workbench
b: Husky; Gladiator; Keter; Seville Classics; Milwaukee
s: 4 ft.; 6 ft.; 8 ft.; 46 in.; 52 in.; 72 in.
f: Black; Gray; Red
st: T
m: 0.3
r: tool storage

shop vac | tools | vacuum
n: Wet/Dry Vac; Portable Wet/Dry Shop Vacuum; Cordless Wet/Dry Vac; Stainless Steel Wet/Dry Vac; Shop Vacuum Filter
t: shop vac; wet dry vac; shop vacuum; vacuum; wet dry vacuum; shopvac
b: RIDGID; Craftsman; Shop-Vac; DEWALT; Milwaukee: M18; Ryobi: ONE+; Vacmaster
s: 5 Gal.; 12 Gal.; 16 Gal.; 9 Gal.; 2.5 Gal.; 6.0 Peak HP; 5.0 Peak HP
st: T
m: 0.4

air compressor | tools | compressor
n: Portable Electric Air Compressor; Pancake Air Compressor; Hot Dog Air Compressor; Quiet Air Compressor; Cordless Inflator; Vertical Electric Air Compressor
t: air compressor; compressor; air compressors; pancake compressor; tire inflator
b: Husky; DEWALT; Craftsman; California Air Tools; Porter-Cable; Ryobi: ONE+; Milwaukee: M18
s: 6 Gal.; 20 Gal.; 30 Gal.; 8 Gal.; 1 Gal.; 60 Gal.; 150 PSI; 200 PSI
st: T
m: 0.4
r: nail gun

pressure washer | tools | pressure washer
n: Gas Pressure Washer; Electric Pressure Washer; Cold Water Gas Pressure Washer with Honda Engine; Cordless Electric Pressure Washer; Surface Cleaner Attachment
t: pressure washer; power washer; pressure washers; gas pressure washer; electric pressure washer
a: power wash machine
b: Ryobi; Generac; Simpson: MegaShot; Greenworks; Sun Joe; Karcher; Powerstroke
s: 3100 PSI 2.3 GPM; 2000 PSI 1.2 GPM; 3300 PSI 2.4 GPM; 1800 PSI 1.1 GPM; 4200 PSI 4.0 GPM; 15 in.
st: T
m: 0.4

ladder | tools | ladder
n: Fiberglass Step Ladder; Aluminum Step Ladder; Fiberglass Extension Ladder; Multi-Position Ladder; Step Stool; Aluminum Extension Ladder; Attic Ladder
t: ladder; step ladder; ladders; extension ladder; step stool; multi position ladder; stepladder
b: Werner; Little Giant: Velocity, Xtreme, Revolution; Louisville Ladder; Gorilla Ladders; Cosco
s: 6 ft.; 8 ft.; 4 ft.; 10 ft.; 24 ft.; 28 ft.; 16 ft.; 22 ft.; 2-Step; 3-Step
x: Type IA 300 lbs. Load Capacity | Type II 225 lbs. Load Capacity | Type IAA 375 lbs. Load Capacity | 
st: T
m: 0.3

stud finder | tools | stud finder
n: Stud Finder; Electronic Stud Sensor; Magnetic Stud Finder; Multi-Scanner Wall Scanner
t: stud finder; stud sensor; studfinder; wall scanner
b: Zircon; Franklin Sensors: ProSensor; Stanley; Craftsman; Bosch
st: T
m: 0.5

vinyl flooring | flooring | flooring
n: Waterproof Click Lock Luxury Vinyl Plank Flooring; Rigid Core Luxury Vinyl Plank Flooring; Peel and Stick Vinyl Plank Flooring; Glue Down Luxury Vinyl Plank; Sheet Vinyl Flooring
t: vinyl plank flooring; vinyl flooring; lvp; luxury vinyl plank; vinyl planks; peel and stick flooring; waterproof flooring
b: LifeProof; TrafficMaster; Home Decorators Collection; Mohawk; Shaw; Pergo: Extreme
s: 8.7 in. W x 47.6 in. L; 7.1 in. W x 48 in. L; 6 in. W x 36 in. L; 9.1 in. W x 60 in. L; 12 MIL; 20 MIL
f: Sterling Oak; Fresh Oak; Seasoned Wood; Jasper Oak; Gray Oak; Walnut; Coastal Pine; Rustic Oak; Hickory
x: (20.06 sq. ft./case) | (22.9 sq. ft./case) | (36 sq. ft./case) | 
st: C
m: 0.0
r: underlayment; floor transition

laminate flooring | flooring | flooring
n: Laminate Wood Flooring; Water Resistant Laminate Flooring; Waterproof Laminate Wood Flooring; Laminate Flooring
t: laminate flooring; laminate; laminate floor; wood flooring; waterproof laminate
b: Pergo: Outlast+, TimberCraft; TrafficMaster; Home Decorators Collection; Mohawk: RevWood; Shaw
s: 12 mm T x 7.48 in. W; 10 mm T x 7.6 in. W; 8 mm T x 6.14 in. W; 7 mm T x 7.6 in. W
f: Vintage Pewter Oak; Sierra Oak; Natural Hickory; Gray Oak; Blackwood Walnut; Toasted Oak
x: (19.63 sq. ft./case) | (22.95 sq. ft./case) | 
st: C
m: 0.0
r: underlayment; floor transition

hardwood flooring | flooring | flooring
n: Engineered Hardwood Flooring; Solid Hardwood Flooring; Click Lock Engineered Hardwood Flooring; Wire Brushed Engineered Hardwood; Hand Scraped Solid Hardwood
t: hardwood flooring; hardwood floors; engineered hardwood; wood floors; hardwood
b: Bruce: America's Best Choice, Dundee; Home Decorators Collection; Mohawk; Shaw; Malibu Wide Plank
s: 3/4 in. T x 2-1/4 in. W; 3/8 in. T x 5 in. W; 1/2 in. T x 7.5 in. W; 3/4 in. T x 3-1/4 in. W
f: Red Oak Natural; Gunstock Oak; Hickory; Maple; White Oak; Walnut; Acacia; Birch
st: C
m: 0.0
r: underlayment; floor transition

tile | flooring | tile
n: Ceramic Floor and Wall Tile; Porcelain Floor and Wall Tile; Glazed Ceramic Wall Tile; Subway Tile; Porcelain Wood Look Tile; Mosaic Tile; Marble Mosaic Tile; Peel and Stick Backsplash Tile
t: tile; floor tile; subway tile; porcelain tile; ceramic tile; backsplash; backsplash tile; mosaic tile; wall tile
b: Daltile: Restore, Rittenhouse Square, Semi-Gloss, Portfolio; MSI: Arabescato, Carrara, Calacatta; Merola Tile; Florida Tile Home Collection; TrafficMaster; Ivy Hill Tile
s: 3 in. x 6 in.; 12 in. x 24 in.; 12 in. x 12 in.; 18 in. x 18 in.; 6 in. x 24 in.; 4 in. x 12 in.; 24 in. x 24 in.; 2 in. x 2 in.
f: White; Bright White; Gray; Carrara White; Black; Beige; Glossy White; Matte White; Greige
st: C
m: 0.0
r: grout; tile saw

grout | flooring | grout
n: Sanded Grout; Unsanded Grout; Premixed Grout; Thinset Mortar; Tile Adhesive; Grout Sealer
t: grout; thinset; mortar; tile adhesive; grout sealer; sanded grout; unsanded grout
b: Custom Building Products: Polyblend, SimpleGrout, Prism, VersaBond; Mapei: Keracolor, Ultracolor Plus; TEC; QEP; Aqua Mix
s: 25 lb.; 10 lb.; 50 lb.; 1 gal.; 1 qt.; 7 lb.
f: Bright White; Delorean Gray; Charcoal; Bone; Natural Gray; Snow White; Sandstone
st: T
m: 0.3
r: tile; tile saw

tile saw | tools | tile saw
n: Wet Tile Saw; Tile Saw with Stand; Manual Tile Cutter; Tile Nipper; Wet Tile Saw with Laser
t: tile saw; tile cutter; wet saw; tile saws; tile nippers
b: RIDGID; QEP; DEWALT; SKIL; Kobalt; Husky
s: 7 in.; 10 in.; 24 in.; 14 in.
st: T
m: 0.5
r: tile; grout

area rug | flooring | rug
n: Area Rug; Indoor/Outdoor Area Rug; Shag Area Rug; Washable Area Rug; Runner Rug; Doormat; Rug Pad
t: area rug; rug; rugs; area rugs; runner; door mat; doormat; outdoor rug; runner rug
b: Home Decorators Collection; StyleWell; Nourison; SAFAVIEH; Well Woven; Mohawk Home; Trafficmaster
s: 5 ft. x 7 ft.; 8 ft. x 10 ft.; 2 ft. x 8 ft.; 9 ft. x 12 ft.; 3 ft. x 5 ft.; 2 ft. x 3 ft.; 6 ft. x 9 ft.
f: Gray; Ivory; Blue; Beige; Navy; Multi; Black; Cream
x: Moroccan | Abstract | Geometric | Floral | 
st: C
m: 0.0

underlayment | flooring | underlayment
n: Flooring Underlayment; Laminate Flooring Underlayment with Vapor Barrier; Cork Underlayment; Foam Underlayment; Carpet Pad
t: underlayment; floor underlayment; carpet pad; padding; foam underlayment
b: TrafficMaster; QEP; FloorMuffler; Roberts; Pergo: Gold
s: 100 sq. ft.; 200 sq. ft.; 3 mm; 2 mm; 6 mm
st: T
m: 0.3
r: laminate flooring; vinyl flooring

floor transition | flooring | floor transition
n: Stair Nose Molding; T-Molding; Reducer Molding; Threshold; End Cap Molding; Quarter Round Molding
t: transition strip; threshold; stair nose; t molding; reducer; floor transition
b: LifeProof; TrafficMaster; Pergo; M-D Building Products; Inspire
s: 94 in.; 72 in.; 36 in.; 1-3/8 in. x 36 in.
f: Oak; Gray Oak; Sterling Oak; Gold; Silver; Walnut; Hickory
st: C
m: 0.3
r: vinyl flooring; laminate flooring

garden hose | garden | hose
n: Heavy Duty Garden Hose; Lightweight Garden Hose; Expandable Garden Hose; Rubber Garden Hose; Soaker Hose; Hybrid Polymer Garden Hose
t: garden hose; hose; hoses; water hose; expandable hose; soaker hose; garden hoses
b: Flexzilla; Gilmour: Flexogen; Swan: Element; Melnor; Teknor Apex; Zero-G
s: 5/8 in. x 50 ft.; 5/8 in. x 100 ft.; 5/8 in. x 75 ft.; 3/4 in. x 50 ft.; 1/2 in. x 25 ft.; 5/8 in. x 25 ft.
f: Green; Black; Blue; Gray
st: M
m: 0.2
r: hose nozzle; hose reel

hose nozzle | garden | hose nozzle
n: Hose Nozzle; 8-Pattern Hose Nozzle; Metal Pistol Hose Nozzle; Watering Wand; Hose Splitter; Quick Connect Set
t: hose nozzle; spray nozzle; nozzle; watering wand; hose splitter; garden hose nozzle
b: Melnor: RelaxGrip; Gilmour; Orbit; Dramm; Rain Bird
f: Green; Black; Red; Blue; Brass
st: T
m: 0.2
r: garden hose

hose reel | garden | hose reel
n: Hose Reel Cart; Wall Mount Hose Reel; Hose Reel Box; Hose Hanger; Retractable Hose Reel
t: hose reel; hose holder; hose hanger; hose reels; hose cart
b: Suncast; Ames; Liberty Garden; Eley; Giraffe Tools
s: 100 ft.; 150 ft.; 175 ft.; 225 ft.
f: Bronze; Green; Black; Taupe
st: T
m: 0.2
r: garden hose

lawn mower | garden | mower
n: Gas Walk Behind Self Propelled Lawn Mower; Gas Walk Behind Push Lawn Mower; Cordless Battery Walk Behind Push Lawn Mower; Personal Pace Variable Speed Self-Propelled Gas Lawn Mower; Riding Lawn Mower; Zero Turn Riding Mower; Reel Lawn Mower
t: lawn mower; lawnmower; mower; lawn mowers; push mower; riding mower; self propelled mower; zero turn mower
a: grass cutter
b: Toro: Recycler, TimeMaster, Super Recycler; Honda; EGO: POWER+, Select Cut; Greenworks; Ryobi; Cub Cadet; John Deere; Craftsman; Husqvarna
s: 21 in.; 22 in.; 20 in.; 30 in.; 42 in.; 46 in.; 40-Volt; 56-Volt; 80-Volt; 140 cc; 163 cc
x: with Briggs and Stratton Engine | with Honda Engine | 
st: T
m: 0.4
r: mower blade

mower blade | garden | mower blade
n: Lawn Mower Blade; Mulching Blade; High Lift Mower Blade; Replacement Blade Set; Mower Deck Belt
t: mower blade; lawn mower blade; mower blades; blade; mower belt
b: Toro; Husqvarna; MaxPower; Cub Cadet; EGO; Rotary
s: 21 in.; 22 in.; 42 in.; 46 in.; 20 in.
p: 2-Pack; 3-Pack; 
st: T
m: 0.6
r: lawn mower

string trimmer | garden | trimmer
n: Cordless String Trimmer; Gas Curved Shaft String Trimmer; Gas Straight Shaft String Trimmer; Attachment Capable String Trimmer; Electric String Trimmer
t: string trimmer; weed wacker; weed trimmer; trimmer; weed whacker; grass trimmer; edger
a: weed eater; weedeater; weed whip
b: EGO: POWER+; Ryobi: ONE+; Greenworks; Milwaukee: M18 FUEL; Husqvarna; Echo; DEWALT: 20V MAX; Toro
s: 13 in.; 15 in.; 16 in.; 40-Volt; 56-Volt; 25 cc; 18-Volt
x: Brushless | 
p: (Tool Only); Kit; 
st: T
m: 0.4
r: trimmer line

trimmer line | garden | trimmer line
n: Trimmer Line; Twisted Trimmer Line; Replacement Spool; Bump Feed Trimmer Head; Pre-Cut Trimmer Line
t: trimmer line; weed eater string; string; trimmer spool; weed wacker string; trimmer head
b: Oregon: Magnum Gatorline; Ryobi; EGO; Echo; Husqvarna; Arnold
s: 0.080 in. x 200 ft.; 0.095 in. x 300 ft.; 0.065 in.; 0.105 in. x 100 ft.
p: 3-Pack; 
st: T
m: 0.4
r: string trimmer

leaf blower | garden | blower
n: Cordless Leaf Blower; Gas Backpack Leaf Blower; Electric Handheld Leaf Blower; Jet Fan Leaf Blower; Leaf Blower Vacuum
t: leaf blower; blower; leaf blowers; backpack blower; cordless blower
b: EGO: POWER+; Ryobi: ONE+; Greenworks; Milwaukee: M18 FUEL; Husqvarna; Echo; Toro; DEWALT
s: 530 CFM; 650 CFM; 765 CFM; 40-Volt; 56-Volt; 18-Volt; 25 cc
p: (Tool Only); Kit; 
st: T
m: 0.4

chainsaw | garden | saw
n: Cordless Chainsaw; Gas Chainsaw; Electric Chainsaw; Pole Saw; Top Handle Chainsaw
t: chainsaw; chain saw; chainsaws; pole saw; chain saws
b: Husqvarna; Echo; EGO: POWER+; Ryobi: ONE+; Greenworks; Milwaukee: M18 FUEL; Stihl
s: 16 in.; 18 in.; 14 in.; 20 in.; 10 in.; 40-Volt; 56-Volt; 40 cc
p: (Tool Only); Kit; 
st: T
m: 0.4
r: saw blade

hedge trimmer | garden | trimmer
n: Cordless Hedge Trimmer; Gas Hedge Trimmer; Electric Hedge Trimmer; Pole Hedge Trimmer
t: hedge trimmer; hedge trimmers; bush trimmer; hedge clippers; trimmer
b: EGO: POWER+; Ryobi: ONE+; Greenworks; Black+Decker; DEWALT; Husqvarna
s: 22 in.; 24 in.; 26 in.; 18 in.; 40-Volt; 56-Volt
p: (Tool Only); Kit; 
st: T
m: 0.4

snow blower | garden | snow blower
n: Single-Stage Gas Snow Blower; Two-Stage Gas Snow Blower; Cordless Single-Stage Snow Blower; Electric Snow Shovel; Three-Stage Snow Blower
t: snow blower; snowblower; snow blowers; snow thrower; snow shovel
b: Toro: Power Clear, SnowMaster; Ariens: Deluxe; EGO: POWER+; Cub Cadet; Greenworks; Snow Joe
s: 21 in.; 24 in.; 26 in.; 28 in.; 30 in.; 13 in.
x: Electric Start | 
st: T
m: 0.4

mulch | garden | mulch
n: Brown Mulch; Red Mulch; Black Mulch; Cypress Blend Mulch; Pine Bark Nuggets; Rubber Mulch; Pine Straw
t: mulch; red mulch; black mulch; brown mulch; bark; rubber mulch; pine straw
b: Vigoro; Scotts: Nature Scapes; Timberline; Rubberific; Earthgro
s: 2 cu. ft.; 1.5 cu. ft.; 0.8 cu. ft.; 3 cu. ft.
st: T
m: 0.0

soil | garden | soil
n: Potting Mix; Garden Soil; Top Soil; Raised Bed Soil; Cactus Palm and Citrus Potting Mix; Compost
t: potting soil; soil; garden soil; top soil; potting mix; topsoil; dirt; compost
b: Miracle-Gro: Moisture Control, Performance Organics; Kellogg Garden: Organics; Vigoro; Scotts; FoxFarm: Ocean Forest
s: 1 cu. ft.; 2 cu. ft.; 0.75 cu. ft.; 1.5 cu. ft.; 8 qt.; 25 qt.; 40 lb.
st: T
m: 0.0
r: planter

fertilizer | garden | lawn care
n: Lawn Fertilizer; Weed and Feed; Plant Food; All Purpose Plant Food; Grass Seed; Lawn Food; Weed Killer; Grass and Weed Killer
t: fertilizer; grass seed; weed killer; weed and feed; plant food; lawn fertilizer; roundup; weed killers
b: Scotts: Turf Builder, EZ Seed; Miracle-Gro: Shake 'n Feed; Vigoro; Roundup: Extended Control, Max Control 365; Spectracide; Pennington: Smart Seed; Ortho: WeedClear
s: 5,000 sq. ft.; 15,000 sq. ft.; 7 lb.; 20 lb.; 3 lb.; 1.33 gal.; 32 oz.; 1 gal.
st: T
m: 0.0
r: spreader

spreader | garden | spreader
n: Broadcast Spreader; Drop Spreader; Handheld Spreader; Tow-Behind Broadcast Spreader; Push Spreader
t: spreader; fertilizer spreader; seed spreader; broadcast spreader
b: Scotts: EdgeGuard, Elite, Whirl; Vigoro; Brinly; Agri-Fab; Chapin
s: 15,000 sq. ft.; 5,000 sq. ft.; 100 lb.; 50 lb.
st: T
m: 0.3
r: fertilizer

planter | garden | planter
n: Resin Planter; Ceramic Planter; Self-Watering Planter; Raised Garden Bed; Hanging Basket; Window Box Planter; Plant Pot
t: planter; planters; pots; flower pot; raised garden bed; plant pot; hanging basket; planter box
b: Vigoro; Southern Patio; Bloem; Greenes Fence; Frontier Cedar
s: 12 in.; 16 in.; 20 in.; 10 in.; 4 ft. x 4 ft.; 2 ft. x 8 ft.
f: Black; White; Terra Cotta; Charcoal; Gray; Cedar; Sand
st: F
m: 0.0
r: soil

shovel | garden | garden tool
n: Round Point Shovel; Square Point Shovel; Garden Spade; Leaf Rake; Bow Rake; Snow Shovel; Digging Fork; Garden Hoe; Post Hole Digger
t: shovel; rake; shovels; spade; snow shovel; leaf rake; hoe; post hole digger
b: Ames; Fiskars; Razor-Back; True Temper; Husky; Bully Tools
s: 48 in.; 54 in.; 24 in.; 14-Tine; 18 in.
f: Fiberglass Handle; Wood Handle; Steel Handle
st: T
m: 0.0

wheelbarrow | garden | wheelbarrow
n: Steel Wheelbarrow; Poly Wheelbarrow; Dual-Wheel Wheelbarrow; Garden Cart; Yard Cart; Dump Cart
t: wheelbarrow; wheel barrow; garden cart; yard cart; wheelbarrows; dump cart
b: True Temper; Ames; Gorilla Carts; Jackson; Marathon
s: 6 cu. ft.; 4 cu. ft.; 8 cu. ft.; 10 cu. ft.; 1200 lb.
x: Flat Free Tire | 
st: T
m: 0.2

sprinkler | garden | sprinkler
n: Oscillating Sprinkler; Impact Sprinkler; Pop-Up Spray Head Sprinkler; Rotor Sprinkler; Sprinkler Timer; Drip Irrigation Kit
t: sprinkler; sprinklers; lawn sprinkler; sprinkler head; sprinkler timer; drip irrigation; sprinkler heads
b: Rain Bird; Orbit; Melnor; Hunter; Gilmour; Toro
s: 4,000 sq. ft.; 1/2 in.; 4 in.; 6 in.; 12-Station
p: 5-Pack; 2-Pack; 
st: T
m: 0.4

patio furniture | garden | patio
n: Patio Dining Set; Patio Conversation Set; Wicker Outdoor Lounge Chair; Patio Chaise Lounge; Outdoor Sectional Sofa; Adirondack Chair; Patio Umbrella; Porch Swing
t: patio furniture; patio set; outdoor furniture; patio chairs; adirondack chair; patio umbrella; outdoor sectional; patio table
b: Hampton Bay: Spring Haven, Laguna Point, Beacon Park, Mill Valley; StyleWell: Mix and Match; POLYWOOD; Home Decorators Collection
s: 5-Piece; 7-Piece; 4-Piece; 3-Piece; 9 ft.; 11 ft.
f: Brown Wicker; Gray; Black; White; Teak; Navy; Sand
x: with Sunbrella Cushions | with CushionGuard Cushions | 
st: F
m: 0.2

grill | garden | grill
n: 3-Burner Propane Gas Grill; 4-Burner Propane Gas Grill with Side Burner; Charcoal Grill; Kettle Charcoal Grill; Pellet Grill and Smoker; Electric Smoker; Flat Top Griddle; Portable Gas Grill
t: grill; gas grill; grills; charcoal grill; smoker; pellet grill; griddle; bbq grill; propane grill
b: Weber: Spirit II, Genesis, Original Kettle, Traveler; Nexgrill; Char-Broil: Performance, Commercial; Traeger: Pro 575, Ironwood; Blackstone; Dyna-Glo; Pit Boss
s: 22 in.; 36 in.; 28 in.; 575 sq. in.; 18 in.
f: Black; Stainless Steel; Blue; Red
x: with Cover | 
st: F
m: 0.4
r: grill cover

grill cover | garden | grill cover
n: Grill Cover; Premium Grill Cover; Heavy Duty Grill Cover; Griddle Cover; Grill Brush; Grill Tool Set
t: grill cover; bbq cover; grill brush; grill covers; grill tools
b: Weber; Char-Broil; Nexgrill; Blackstone; Traeger; GRILLPRO
s: 58 in.; 65 in.; 72 in.; 36 in.; 28 in.
f: Black; Gray
st: T
m: 0.5
r: grill

fire pit | garden | fire pit
n: Wood Burning Fire Pit; Propane Fire Pit Table; Smokeless Fire Pit; Fire Pit Ring; Steel Fire Pit with Spark Screen; Gas Fire Pit
t: fire pit; firepit; fire pits; propane fire pit; smokeless fire pit; fire table
b: Hampton Bay; Solo Stove: Bonfire, Ranger, Yukon; Sunjoy; Outland Living; Endless Summer; Breeo
s: 30 in.; 36 in.; 19.5 in.; 24 in.; 44 in.
f: Black; Bronze; Stainless Steel; Copper; Gray
st: F
m: 0.2

fence | garden | fence
n: Pressure-Treated Wood Fence Picket; Dog Ear Cedar Fence Picket; Vinyl Privacy Fence Panel; Welded Wire Fence; Chain Link Fence; Metal Fence Post; Garden Fence; Vinyl Lattice
t: fence; fence panels; fence pickets; fencing; privacy fence; chain link fence; fence post; lattice
b: Veranda; Outdoor Essentials; YARDGARD; Everbilt; Severe Weather; Barrette Outdoor Living
s: 5/8 in. x 5-1/2 in. x 6 ft.; 6 ft. H x 8 ft. W; 4 ft. x 50 ft.; 48 in. x 100 ft.; 6 ft. x 8 ft.; 4 ft. x 8 ft.
f: White; Black; Cedar; Tan; Green; Galvanized
st: M
m: 0.0

refrigerator | appliances | refrigerator
n: French Door Refrigerator; Side by Side Refrigerator; Top Freezer Refrigerator; Bottom Freezer Refrigerator; Counter Depth French Door Refrigerator; Mini Fridge; 4-Door French Door Refrigerator
t: refrigerator; fridge; refrigerators; french door refrigerator; mini fridge; side by side refrigerator; counter depth refrigerator
a: icebox
b: Samsung; LG; Whirlpool; GE; Frigidaire: Gallery, Professional; GE Profile; Maytag; Vissani
s: 28 cu. ft.; 25 cu. ft.; 36 in. W; 33 in. W; 22 cu. ft.; 18 cu. ft.; 3.1 cu. ft.; 30 in. W
f: Stainless Steel; Fingerprint Resistant Stainless Steel; Black Stainless Steel; White; Black; PrintShield Stainless
x: with Ice Maker | ENERGY STAR | ; 
st: A
m: 0.7
r: water filter

dishwasher | appliances | dishwasher
n: Top Control Built-In Tall Tub Dishwasher; Front Control Built-In Dishwasher; Portable Countertop Dishwasher; Top Control Dishwasher with Third Rack; Built-In Dishwasher
t: dishwasher; dishwashers; dish washer; built in dishwasher; portable dishwasher
b: Bosch: 100 Series, 300 Series, 500 Series, 800 Series; Samsung; LG; Whirlpool; GE; Frigidaire; KitchenAid; Maytag
s: 24 in.; 18 in.
f: Stainless Steel; Fingerprint Resistant Stainless Steel; Black Stainless Steel; White; Black
x: 44 dBA | 48 dBA | 51 dBA | ; ENERGY STAR | 
st: A
m: 0.7

washer | appliances | washer
n: Top Load Washer; Front Load Washer; High Efficiency Top Load Washer with Agitator; Smart Front Load Washer; Washer and Electric Dryer Combo
t: washer; washing machine; front load washer; top load washer; washers; washer and dryer
b: Samsung; LG; Whirlpool; GE; Maytag; Electrolux; GE Profile
s: 4.5 cu. ft.; 5.0 cu. ft.; 4.8 cu. ft.; 5.3 cu. ft.; 4.2 cu. ft.; 3.8 cu. ft.
f: White; Champagne; Chrome Shadow; Brushed Black; Navy; Graphite
x: ENERGY STAR | with Steam | 
st: A
m: 0.7
r: dryer

dryer | appliances | dryer
n: Electric Dryer; Gas Dryer; Smart Electric Dryer with Steam; Vented Electric Dryer; Ventless Heat Pump Dryer
t: dryer; dryers; electric dryer; gas dryer; clothes dryer
b: Samsung; LG; Whirlpool; GE; Maytag; Electrolux; GE Profile
s: 7.4 cu. ft.; 7.3 cu. ft.; 7.8 cu. ft.; 4.0 cu. ft.
f: White; Champagne; Chrome Shadow; Brushed Black; Navy; Graphite
x: ENERGY STAR | with Sensor Dry | 
st: A
m: 0.7
r: washer; dryer vent

dryer vent | appliances | dryer vent
n: Dryer Vent Hose; Dryer Vent Kit; Semi-Rigid Dryer Vent Duct; Louvered Dryer Vent Cap; Dryer Vent Cleaning Kit
t: dryer vent; dryer vent hose; dryer duct; vent hose; dryer vent kit
b: Everbilt; Deflecto; Master Flow; Lambro
s: 4 in. x 8 ft.; 4 in. x 5 ft.; 4 in. x 25 ft.; 4 in.
f: Silver; White; Aluminum
st: M
m: 0.3
r: dryer

microwave | appliances | microwave
n: Over the Range Microwave; Over the Range Convection Microwave with Sensor Cooking; Countertop Microwave; Built-In Microwave Drawer; Low Profile Over the Range Microwave
t: microwave; over the range microwave; microwaves; countertop microwave; otr microwave; microwave oven
b: Samsung; LG; Whirlpool; GE; Frigidaire; Panasonic; Maytag; GE Profile
s: 1.9 cu. ft.; 1.7 cu. ft.; 2.1 cu. ft.; 1.1 cu. ft.; 1.6 cu. ft.; 30 in.; 2.2 cu. ft.
f: Stainless Steel; Fingerprint Resistant Stainless Steel; Black Stainless Steel; White; Black
st: A
m: 0.7
r: range hood

range | appliances | range
n: Freestanding Electric Range; Freestanding Gas Range; Slide-In Gas Range with Air Fry; Freestanding Electric Range with Convection; Induction Range; Double Oven Electric Range; Dual Fuel Range
t: range; stove; electric range; gas range; gas stove; electric stove; oven; induction range; stoves
b: Samsung; LG; Whirlpool; GE; Frigidaire: Gallery; GE Profile; Maytag; KitchenAid
s: 30 in.; 5.3 cu. ft.; 6.3 cu. ft.; 5-Burner; 4 Elements; 36 in.
f: Stainless Steel; Fingerprint Resistant Stainless Steel; Black Stainless Steel; White; Black
x: Self-Cleaning | with Air Fry | 
st: A
m: 0.7
r: range hood

range hood | appliances | range hood
n: Under Cabinet Range Hood; Wall Mount Range Hood; Convertible Under Cabinet Range Hood with LED Lighting; Ducted Wall Mount Range Hood; Island Range Hood
t: range hood; vent hood; stove hood; range hoods; kitchen hood; exhaust hood
b: Broan-NuTone; ZLINE; Cosmo; Hauslane; Winflo; GE
s: 30 in.; 36 in.; 24 in.; 300 CFM; 400 CFM
f: Stainless Steel; White; Black; Black Stainless Steel
st: A
m: 0.7
r: range; microwave

freezer | appliances | freezer
n: Chest Freezer; Upright Freezer; Garage Ready Chest Freezer; Frost Free Upright Freezer; Convertible Upright Freezer
t: freezer; chest freezer; upright freezer; deep freezer; freezers
b: Frigidaire; GE; Whirlpool; Magic Chef; Vissani; Hisense
s: 7.0 cu. ft.; 5.0 cu. ft.; 14.8 cu. ft.; 20 cu. ft.; 3.5 cu. ft.; 13.8 cu. ft.
f: White; Stainless Steel; Black
x: Garage Ready | ENERGY STAR | 
st: A
m: 0.6
r: refrigerator

dehumidifier | hvac | dehumidifier
n: Dehumidifier; Dehumidifier with Built-In Pump; Basement Dehumidifier; Portable Dehumidifier; Humidifier; Cool Mist Humidifier
t: dehumidifier; dehumidifiers; humidifier; basement dehumidifier; dehumidifier with pump
b: Frigidaire; GE; hOmeLabs; Vremi; Honeywell; Midea; Vicks
s: 35-Pint; 50-Pint; 22-Pint; 1 Gal.; 4,500 sq. ft.; 3,000 sq. ft.
x: ENERGY STAR | 
st: T
m: 0.7

window air conditioner | hvac | air conditioner
n: Window Air Conditioner; Portable Air Conditioner; Through-the-Wall Air Conditioner; Ductless Mini Split Air Conditioner with Heat Pump; Window Air Conditioner with Remote
t: air conditioner; window ac; ac unit; portable ac; window air conditioner; mini split; ac; portable air conditioner
b: LG; Frigidaire; GE; Midea: U; Haier; Pioneer; Friedrich; TCL
s: 5,000 BTU; 8,000 BTU; 10,000 BTU; 12,000 BTU; 6,000 BTU; 18,000 BTU; 24,000 BTU; 115-Volt
x: ENERGY STAR | Wi-Fi | 
st: A
m: 0.7
r: air filter

air filter | hvac | air filter
n: Pleated Air Filter; Allergen Reduction Air Filter; Furnace Air Filter; Fiberglass Air Filter; Healthy Living Air Filter; Air Purifier
t: air filter; furnace filter; air filters; ac filter; hvac filter; filter; furnace filters; 20x25x1
b: Filtrete: Ultimate Allergen, Healthy Living, Basic Dust; Honeywell: Elite Allergen; HDX; Flanders: PrecisionAire; Nordic Pure
s: 20 in. x 25 in. x 1 in.; 16 in. x 25 in. x 1 in.; 20 in. x 20 in. x 1 in.; 14 in. x 20 in. x 1 in.; 16 in. x 20 in. x 1 in.; 20 in. x 25 in. x 4 in.; 12 in. x 12 in. x 1 in.
x: MERV 8 | MERV 11 | MERV 13 | FPR 10 | FPR 7 | 
p: 4-Pack; 6-Pack; 2-Pack; 12-Pack; 
st: T
m: 0.0
r: window air conditioner

thermostat | hvac | thermostat
n: Smart Wi-Fi Thermostat; 7-Day Programmable Thermostat; Non-Programmable Digital Thermostat; Smart Thermostat with Sensor; Line Voltage Thermostat
t: thermostat; thermostats; smart thermostat; programmable thermostat; nest thermostat; wifi thermostat
b: Google Nest: Learning, Thermostat E; Honeywell Home: T5+, T9, RTH2300; ecobee: Premium, Enhanced, Smart; Emerson: Sensi; Amazon
f: White; Black; Stainless Steel; Charcoal; Snow; Mirror Black
st: T
m: 0.6

space heater | hvac | heater
n: Electric Ceramic Space Heater; Oil-Filled Radiant Electric Space Heater; Infrared Quartz Space Heater; Electric Baseboard Heater; Garage Heater; Propane Heater; Electric Fireplace
t: space heater; heater; space heaters; electric heater; baseboard heater; garage heater; propane heater; infrared heater
b: Lasko; Vornado; Honeywell; Dr. Infrared Heater; Mr. Heater: Buddy, Big Buddy; Comfort Zone; Cadet; De'Longhi
s: 1500-Watt; 750-Watt; 5,120 BTU; 18,000 BTU; 240-Volt; 4,000-Watt; 48 in.
f: Black; White; Gray; Silver
st: T
m: 0.5

bath fan | hvac | fan
n: Bathroom Exhaust Fan; Ceiling Mount Bathroom Exhaust Fan with Light; Bathroom Exhaust Fan with Humidity Sensing; Quiet Bathroom Exhaust Fan; Inline Exhaust Fan
t: bathroom fan; exhaust fan; bath fan; bathroom exhaust fan; vent fan; bathroom vent fan
b: Broan-NuTone: Roomside, QTXE, InVent; Panasonic: WhisperCeiling, WhisperGreen; Delta Breez; Homewerks; Hampton Bay
s: 80 CFM; 110 CFM; 50 CFM; 90 CFM; 150 CFM
f: White; Brushed Nickel; Matte Black
x: ENERGY STAR | with LED Light | 
st: T
m: 0.7
r: ceiling fan

portable fan | hvac | fan
n: Box Fan; Oscillating Tower Fan; Oscillating Pedestal Fan; High Velocity Floor Fan; Air Circulator Fan; Wall Mount Fan; Window Fan
t: fan; box fan; tower fan; floor fan; pedestal fan; fans; window fan; shop fan
b: Lasko; Vornado; Hampton Bay; Honeywell; Commercial Electric; Hunter; Dyson
s: 20 in.; 42 in.; 18 in.; 16 in.; 24 in.; 3-Speed
f: White; Black; Gray; Silver
st: T
m: 0.5
r: ceiling fan

vent cover | hvac | vent cover
n: Floor Register; Wall Register; Ceiling Register; Return Air Grille; Baseboard Diffuser; Magnetic Vent Cover
t: vent cover; floor register; floor vent; air vent; register; return air grille; vent covers
b: Accord; Decor Grates; Imperial; Hart & Cooley; Everbilt; Madelyn Carter
s: 4 in. x 10 in.; 4 in. x 12 in.; 2 in. x 12 in.; 6 in. x 10 in.; 20 in. x 20 in.; 14 in. x 30 in.
f: White; Oil-Rubbed Bronze; Brushed Nickel; Black; Brown; Satin Nickel; Oak
st: F
m: 0.3

ductwork | hvac | duct
n: Round Duct Pipe; Flexible Insulated Duct; Duct Elbow; Duct Take-Off; Duct Reducer; Aluminum Foil Tape
t: duct; ductwork; duct pipe; flex duct; duct tape hvac; insulated duct; duct elbow
b: Master Flow; Speedi-Products; Everbilt; Imperial; Nashua
s: 6 in. x 5 ft.; 4 in. x 25 ft.; 8 in. x 25 ft.; 6 in.; 8 in. x 5 ft.; 6 in. x 25 ft.
f: Galvanized; Silver; R6; R8
st: M
m: 0.3

bathroom vanity | bath | vanity
n: Single Sink Bath Vanity with Cultured Marble Top; Bath Vanity Cabinet Only; Double Sink Bath Vanity with Engineered Stone Top; Floating Bath Vanity; Freestanding Bath Vanity with Ceramic Top
t: bathroom vanity; vanity; bathroom vanities; vanity with sink; double vanity; bathroom vanity with sink; vanity cabinet
b: Glacier Bay: Bannister, Everdean, Del Mar, Shaila; Home Decorators Collection: Sonoma, Naples, Hayes, Doveton, Fremont; Bath Decors; OVE Decors
s: 30 in.; 36 in.; 48 in.; 60 in.; 24 in.; 72 in.; 49 in.
f: White; Gray; Navy Blue; Espresso; Dove Gray; Natural Oak; Sage Green; Black
st: C
m: 0.3
r: vanity top; bathroom faucet; vanity light; medicine cabinet

vanity top | bath | vanity top
n: Cultured Marble Vanity Top with Integrated Sink; Engineered Stone Vanity Top; Granite Vanity Top with White Basin; Quartz Vanity Top; Vessel Sink
t: vanity top; bathroom sink; vanity tops; vessel sink; sink top; countertop
b: Glacier Bay; Home Decorators Collection; Design House; Swanstone; Kohler; Vigo
s: 31 in. W x 22 in. D; 37 in. W x 22 in. D; 49 in. W x 22 in. D; 61 in. W x 22 in. D; 25 in. W x 19 in. D
f: White; Carrara White; Snow White; Calacatta; Black; Gray
st: C
m: 0.3
r: bathroom vanity

medicine cabinet | bath | medicine cabinet
n: Recessed or Surface-Mount Medicine Cabinet with Mirror; LED Lighted Medicine Cabinet; Frameless Medicine Cabinet; Framed Wall Mirror; Bathroom Mirror; Lighted Vanity Mirror
t: medicine cabinet; mirror; bathroom mirror; medicine cabinets; vanity mirror; lighted mirror; led mirror
b: Glacier Bay; Home Decorators Collection; Kohler: Verdera, Maxstow; Zenna Home; Fleurco
s: 15 in. W x 26 in. H; 24 in. W x 30 in. H; 30 in. x 36 in.; 20 in. x 26 in.; 36 in. x 30 in.
f: Silver; Black; Brushed Nickel; Gold; White; Matte Black
st: C
m: 0.3
r: bathroom vanity

bathtub | bath | bathtub
n: Alcove Soaking Bathtub; Freestanding Acrylic Bathtub; Drop-In Whirlpool Bathtub; Walk-In Bathtub; Acrylic Alcove Bathtub with Left Drain; Clawfoot Bathtub
t: bathtub; bath tub; tub; bathtubs; freestanding tub; soaking tub; alcove tub; walk in tub
b: American Standard: Princeton, Cambridge; Kohler: Bellwether, Villager; Delta: Classic 400; Glacier Bay; Universal Tubs; Vanity Art
s: 60 in.; 5 ft.; 59 in.; 67 in.; 72 in.; 54 in.
f: White; Biscuit; Arctic White; Glossy White; Matte White
st: F
m: 0.3
r: shower door; shower faucet

shower door | bath | shower door
n: Frameless Sliding Shower Door; Semi-Frameless Pivot Shower Door; Framed Sliding Bathtub Door; Frameless Hinged Shower Door; Shower Enclosure Kit
t: shower door; shower doors; glass shower door; sliding shower door; tub door; bathtub door; shower enclosure
b: DreamLine: Enigma, Unidoor, Flex; Glacier Bay; Delta: Classic 400; American Standard; Sterling; Schon
s: 60 in. x 76 in.; 48 in. x 72 in.; 36 in. x 72 in.; 58-3/8 in. x 56 in.; 60 in. x 58 in.
f: Chrome; Brushed Nickel; Matte Black; Oil-Rubbed Bronze; Clear Glass
st: F
m: 0.5
r: bathtub

towel bar | bath | bath hardware
n: Towel Bar; Towel Ring; Toilet Paper Holder; Robe Hook; Bath Hardware Set; Shower Curtain Rod; Shower Caddy; Grab Bar
t: towel bar; towel bars; toilet paper holder; towel ring; shower curtain rod; grab bar; bathroom accessories; towel holder; shower rod
b: Moen: Adler, Banbury, Voss; Delta: Windemere, Lahara; Glacier Bay: Constructor, Builders; Franklin Brass; Zenna Home; Kohler
s: 24 in.; 18 in.; 30 in.; 72 in.; 5-Piece; 4-Piece
f: Chrome; Brushed Nickel; Matte Black; Oil-Rubbed Bronze; Spot Resist Brushed Nickel; Polished Brass
st: F
m: 0.3
r: bathroom vanity

shelving | storage | shelving
n: Steel Garage Storage Shelving Unit; Plastic Freestanding Shelving Unit; Wire Shelving Unit; Boltless Rack; Heavy Duty Welded Steel Shelving; Bookcase
t: shelving; shelves; garage shelving; storage shelves; shelving unit; metal shelving; wire shelving; shelf
b: Husky; HDX; Edsal; Gladiator; Seville Classics; Muscle Rack
s: 5-Tier; 4-Tier; 3-Tier; 48 in. W x 72 in. H x 24 in. D; 36 in. W x 72 in. H x 18 in. D; 77 in. W x 78 in. H x 24 in. D
f: Black; Gray; Chrome; White
st: T
m: 0.3
r: wall shelf; shelf bracket

wall shelf | storage | shelving
n: Floating Wall Shelf; Decorative Wall Shelf; Wall Mounted Shelf; Corner Shelf; Ledge Shelf; Wire Closet Shelf
t: wall shelf; floating shelves; floating shelf; wall shelves; shelf; corner shelf; closet shelf
b: Home Decorators Collection; StyleWell; Everbilt; Dolle; John Sterling; Rubbermaid
s: 24 in.; 36 in.; 48 in.; 12 ft.; 6 ft.; 18 in.
f: White; Black; Natural; Espresso; Walnut; Gray; Rustic Brown
p: 2-Pack; 3-Pack; 
st: C
m: 0.0
r: shelf bracket; shelving

closet organizer | storage | closet
n: Closet Organizer Kit; Wire Closet Organizer System; Closet Tower; Hanging Closet Organizer; Shoe Rack; Closet Rod
t: closet organizer; closet system; shoe rack; closet organizers; closet rod; closet shelving; wardrobe
b: ClosetMaid: SuperSlide, ShelfTrack, Selectives; Rubbermaid: HomeFree, FastTrack; Everbilt; Closet Evolution; John Louis Home
s: 4 ft. to 8 ft.; 3 ft. to 6 ft.; 5 ft. to 8 ft.; 48 in.; 72 in.
f: White; Espresso; Gray; Black; Natural; Satin Nickel
st: T
m: 0.3

storage bin | storage | storage bin
n: Storage Tote; Latching Storage Tote; Heavy Duty Storage Tote with Lid; Clear Storage Bin; Fabric Storage Bin; Storage Box
t: storage bins; tote; storage tote; totes; bins; storage containers; storage box; plastic bins
b: HDX; Husky; Sterilite; Rubbermaid: Roughneck, Brute; IRIS; Homz; Commander
s: 18 Gal.; 27 Gal.; 12 Gal.; 20 Gal.; 66 Qt.; 32 Gal.; 6 Qt.
f: Black; Clear; Gray; Blue; Yellow; White
p: 2-Pack; 4-Pack; 6-Pack; 8-Pack; 
st: T
m: 0.2

garage storage | storage | garage storage
n: Wall Mounted Track System; Garage Storage Cabinet; Overhead Garage Storage Rack; Pegboard; Wall Control Panel; Bike Rack; Ladder Hook
t: garage storage; garage cabinets; overhead storage; pegboard; garage shelving; slatwall; garage rack; ceiling storage
b: Husky; Gladiator; Rubbermaid: FastTrack; Everbilt; Fleximounts; Wall Control; Kobalt
s: 4 ft. x 8 ft.; 48 in.; 72 in.; 36 in.; 30 in. W x 72 in. H
f: Black; Gray; White; Red; Silver
st: T
m: 0.3
r: hooks

exterior door | doors & windows | door
n: 6-Panel Painted Steel Prehung Front Door; Left-Hand Inswing 1/2 Lite Steel Prehung Front Door; Fiberglass Prehung Front Door; Craftsman 6-Lite Steel Front Door; Full Lite Clear Glass Fiberglass Entry Door
t: front door; exterior door; entry door; exterior doors; front doors; steel door; fiberglass door
b: Masonite; JELD-WEN; Steves & Sons; Feather River Doors; Therma-Tru; MMI Door
s: 36 in. x 80 in.; 32 in. x 80 in.; 30 in. x 80 in.; 34 in. x 80 in.; 72 in. x 80 in.
f: Primed White; Black; Red; Navy; Gray; Oak Stain
x: with Brickmold | Right-Hand | 
st: A
m: 0.3
r: storm door; deadbolt; door knob

interior door | doors & windows | door
n: 6-Panel Hollow Core Primed Composite Single Prehung Interior Door; 2-Panel Shaker Solid Core Interior Door Slab; Barn Door with Sliding Hardware Kit; Bi-Fold Closet Door; Hollow Core Smooth Flush Interior Door Slab; French Door
t: interior door; interior doors; barn door; bifold door; closet doors; prehung door; door slab; door
b: Masonite; JELD-WEN; Steves & Sons; Kimberly Bay; Stile; Erias Home Designs; Renin
s: 30 in. x 80 in.; 32 in. x 80 in.; 24 in. x 80 in.; 36 in. x 84 in.; 28 in. x 80 in.; 36 in. x 80 in.
f: Primed White; White; Black; Walnut; Gray; Unfinished Pine
x: Left-Handed | Right-Handed | 
st: A
m: 0.3
r: door hinge; door knob

storm door | doors & windows | door
n: Full View Storm Door; Self-Storing Storm Door; Retractable Screen Storm Door; Aluminum Screen Door; Mid-View Storm Door
t: storm door; storm doors; screen door; screen doors; storm door with screen
b: LARSON: Tradewinds, Signature Elite, Bismarck; EMCO: 100 Series, 400 Series; Andersen: 3000 Series; Pella; Unique Home Designs
s: 36 in. x 81 in.; 32 in. x 81 in.; 30 in. x 80 in.; 34 in. x 81 in.
f: White; Black; Almond; Brown; Sandtone; Bronze
st: A
m: 0.3
r: exterior door

patio door | doors & windows | door
n: Sliding Vinyl Patio Door; Left-Hand Sliding Patio Door; Hinged Fiberglass Patio Door; Aluminum Sliding Patio Door with Blinds Between Glass; French Patio Door
t: patio door; sliding door; sliding glass door; patio doors; french doors; slider
b: JELD-WEN; Pella; Andersen: 200 Series, 400 Series; MP Doors; American Craftsman; Masonite
s: 72 in. x 80 in.; 60 in. x 80 in.; 96 in. x 80 in.; 71-1/2 in. x 79-1/2 in.
f: White; Black; Bronze; Almond
st: A
m: 0.3
r: window blinds

window | doors & windows | window
n: Double-Hung Vinyl Window; Single-Hung Vinyl Window; Sliding Vinyl Window; Casement Window; Picture Window; Basement Hopper Window; Glass Block Window
t: window; windows; replacement windows; double hung window; vinyl windows; basement window; casement window
b: American Craftsman: 70 Series, 50 Series; Pella: 250 Series, Lifestyle; Andersen: 100 Series, 400 Series; JELD-WEN; Hy-Lite
s: 35.5 in. x 59.5 in.; 23.5 in. x 35.5 in.; 29.75 in. x 53.25 in.; 32 in. x 14 in.; 36 in. x 60 in.; 47.5 in. x 35.5 in.
f: White; Black; Almond; Tan
x: Low-E | with Screen | 
st: A
m: 0.3
r: window blinds; weatherstrip

window blinds | doors & windows | window treatment
n: Cordless Faux Wood Blind; Cordless Light Filtering Cellular Shade; Blackout Roller Shade; Simple Weave Bamboo Rollup Shade; Vinyl Mini Blind; Vertical Blind; Blackout Curtain Panel; Sheer Curtain Panel
t: blinds; window blinds; shades; curtains; roller shades; cellular shades; blackout curtains; mini blinds; vertical blinds; faux wood blinds
b: Hampton Bay; Home Decorators Collection; Levolor; Bali; Chicology; Exclusive Home; StyleWell
s: 23 in. W x 64 in. L; 35 in. W x 64 in. L; 72 in. W x 72 in. L; 96 in. W x 72 in. L; 50 in. x 84 in.; 50 in. x 96 in.; 47 in. W x 72 in. L
f: White; Caramel; Natural; Gray; Espresso; Navy; Ivory; Charcoal
st: C
m: 0.0
r: curtain rod; window

curtain rod | doors & windows | curtain rod
n: Curtain Rod; Double Curtain Rod; Adjustable Single Curtain Rod; Tension Rod; Curtain Rod Bracket; Traverse Rod
t: curtain rod; curtain rods; drapery rod; tension rod; double curtain rod; curtain hardware
b: Hampton Bay; Home Decorators Collection; Kenney; Umbra; Rod Desyne; Exclusive Home
s: 36 in. - 72 in.; 48 in. - 84 in.; 66 in. - 120 in.; 28 in. - 48 in.; 1 in.
f: Matte Black; Brushed Nickel; Oil-Rubbed Bronze; Gold; White; Antique Brass
st: F
m: 0.0
r: window blinds

garage door opener | doors & windows | garage door
n: Belt Drive Garage Door Opener; Chain Drive Garage Door Opener; Smart Garage Door Opener with Battery Backup; Wall Mount Garage Door Opener; Garage Door Opener Remote; Garage Door Keypad
t: garage door opener; garage door openers; garage opener; garage door remote; garage door keypad; liftmaster
b: Chamberlain: B550, B6765, RJO70; LiftMaster; Genie: StealthDrive, SilentMax; Ryobi; Craftsman
s: 1/2 HP; 3/4 HP; 1-1/4 HP; 1/3 HP
x: with Wi-Fi | with Battery Backup | 
st: T
m: 0.7
r: garage door

garage door | doors & windows | garage door
n: Insulated Steel Garage Door; Non-Insulated Steel Garage Door; Raised Panel Garage Door; Garage Door Weather Seal; Garage Door Torsion Spring; Garage Door Bottom Seal
t: garage door; garage doors; garage door seal; garage door spring; garage door weather stripping
b: Clopay: Classic, Gallery, Premium; Amarr; Everbilt; M-D Building Products; Ideal Door
s: 9 ft. x 7 ft.; 16 ft. x 7 ft.; 8 ft. x 7 ft.; 10 ft. x 8 ft.; 18 ft.; 16 ft.
f: White; Almond; Brown; Black; Sandtone
st: A
m: 0.3
r: garage door opener

weatherstrip | doors & windows | weatherstrip
n: Door Sweep; Foam Weatherstrip Tape; Door Seal Kit; Window Insulation Kit; Door Bottom Seal; V-Seal Weatherstrip; Door Jamb Kit
t: weather stripping; weatherstrip; door sweep; weather strip; door seal; window insulation; draft stopper; door draft stopper
b: M-D Building Products; Frost King; Duck; Everbilt; 3M
s: 36 in.; 3/8 in. x 17 ft.; 1/2 in. x 10 ft.; 84 in.; 62 in. x 210 in.
f: White; Brown; Gray; Black; Aluminum; Bronze
st: M
m: 0.3
r: exterior door; window

concrete | lumber | concrete
n: Concrete Mix; Fast-Setting Concrete Mix; High Strength Concrete Mix; Mortar Mix; Quick-Setting Cement; Sand/Topping Mix; Concrete Patch; Concrete Sealer
t: concrete; cement; quikrete; concrete mix; fast setting concrete; mortar; mortar mix; cement mix
b: QUIKRETE; Sakrete; Rapid Set; Custom Building Products; Behr; DRYLOK
s: 80 lb.; 50 lb.; 60 lb.; 40 lb.; 10 lb.; 1 gal.
st: T
m: 0.0

insulation | lumber | insulation
n: Unfaced Fiberglass Insulation Batt; Kraft Faced Fiberglass Insulation Roll; Foam Board Insulation; Mineral Wool Insulation; Spray Foam Insulation; Reflective Insulation Roll; Blown-In Insulation
t: insulation; spray foam; foam board; fiberglass insulation; rigid foam insulation; r13 insulation; great stuff; insulation batts
b: Owens Corning: EcoTouch, FOAMULAR; Johns Manville; Rockwool: Comfortboard, Safe'n'Sound; Great Stuff: Gaps and Cracks, Pro; Reflectix; Kingspan
s: R-13 15 in. x 93 in.; R-19 15 in. x 93 in.; R-30 16 in. x 48 in.; 2 in. x 4 ft. x 8 ft.; 1 in. x 4 ft. x 8 ft.; 12 oz.; 24 in. x 25 ft.
st: T
m: 0.0

roofing | lumber | roofing
n: Architectural Shingles; 3-Tab Roof Shingles; Corrugated Polycarbonate Roof Panel; Galvanized Steel Roof Panel; Roof Flashing; Rolled Roofing; Roof Underlayment; Drip Edge
t: shingles; roofing; roof shingles; roof panels; metal roofing; roofing shingles; drip edge; flashing; corrugated roofing
b: GAF: Timberline HDZ, Royal Sovereign; Owens Corning: Duration, Supreme; Suntuf; Gibraltar Building Products; Amerimax; Palruf
s: 33.3 sq. ft.; 26 in. x 8 ft.; 2 ft. x 8 ft.; 10 ft.; 12 ft.; 10 in. x 10 ft.
f: Charcoal; Weathered Wood; Barkwood; Pewter Gray; Onyx Black; Clear; Galvanized; White
st: M
m: 0.0

kitchen cabinet | storage | kitchen cabinet
n: Assembled Base Kitchen Cabinet; Assembled Wall Kitchen Cabinet; Unassembled Sink Base Cabinet; Ready to Assemble Pantry Cabinet; Shaker Base Cabinet with Drawers; Kitchen Island
t: kitchen cabinets; cabinets; base cabinet; wall cabinet; kitchen cabinet; sink base cabinet; pantry cabinet; kitchen island; cabinet
b: Hampton Bay: Shaker, Hampton, Courtland; Home Decorators Collection: Newport, Tremont; MILL'S PRIDE; Glacier Bay; Sauder
s: 36 in. x 34.5 in. x 24 in.; 30 in. x 30 in. x 12 in.; 15 in. x 34.5 in. x 24 in.; 24 in. x 84 in. x 24 in.; 18 in. x 34.5 in. x 24 in.
f: Satin White; Java; Natural Hickory; Dove Gray; Unfinished Oak; Shaker White; Sage Green
st: C
m: 0.3
r: cabinet pulls

magnet | hardware | magnet
n: Neodymium Rare Earth Magnet; Ceramic Disc Magnet; Magnetic Tool Holder; Magnetic Catch; Magnetic Parts Tray; Magnetic Sweeper; Magnetic Strip
t: magnet; magnets; magnetic tool holder; magnetic catch; magnetic strip; rare earth magnets; magnetic tray
b: Master Magnetics; Everbilt; Husky; National Hardware; Neiko
s: 1/2 in.; 1 in.; 3/4 in.; 18 in.; 24 in.; 36 in.
f: Black; Silver; White; Brown
p: 2-Pack; 4-Pack; 10-Pack; 20-Pack; 
st: T
m: 0.3
r: hooks

drawer slide | hardware | drawer slide
n: Full Extension Ball Bearing Drawer Slide; Soft-Close Drawer Slide; Side Mount Drawer Slide; Undermount Drawer Slide
t: drawer slides; drawer slide; drawer glides; soft close drawer slides
b: Liberty; Everbilt; Blum: Tandem, Movento; Knape & Vogt; Richelieu
s: 14 in.; 16 in.; 18 in.; 20 in.; 22 in.; 12 in.
f: Zinc-Plated; Black; White
p: 1-Pair; 5-Pair; 
st: T
m: 0.4
r: cabinet pulls

casters | hardware | casters
n: Swivel Plate Caster; Rigid Plate Caster; Swivel Caster with Brake; Stem Caster; Furniture Sliders; Locking Caster Set
t: casters; caster wheels; caster; wheels; locking casters; furniture sliders
b: Everbilt; Shepherd; Waxman; Husky; Soft Touch
s: 2 in.; 3 in.; 4 in.; 5 in.; 1-5/8 in.; 90 lb.; 300 lb.
f: Black; Gray; Red; Clear
p: 2-Pack; 4-Pack; 
st: T
m: 0.3

door stop | hardware | door hardware
n: Spring Door Stop; Hinge Pin Door Stop; Wall Mount Door Stop; Kick Down Door Stop; Floor Mount Door Stop; Rubber Door Wedge
t: door stop; door stops; doorstop; door stopper; hinge pin door stop; door wedge
b: Everbilt; National Hardware; Design House; Ives; Schlage
f: Satin Nickel; Oil-Rubbed Bronze; White; Matte Black; Polished Brass; Brass
p: 2-Pack; 4-Pack; 10-Pack; 
st: F
r: door knob; door hinge

house numbers | hardware | house numbers
n: House Number; Floating House Number; Address Plaque; Reflective Address Sign; Modern House Number
t: house numbers; house number; address numbers; address plaque; mailbox numbers
b: Everbilt; Hillman; Architectural Mailboxes; Whitehall Products
s: 4 in.; 5 in.; 6 in.; 3 in.
f: Black; Satin Nickel; Brass; Oil-Rubbed Bronze; Stainless Steel; White
st: F
m: 0.0
r: mailbox

mailbox | hardware | mailbox
n: Post Mount Mailbox; Wall Mount Mailbox; Locking Parcel Box; Mailbox Post; Rural Mailbox; Vertical Wall Mount Locking Mailbox
t: mailbox; mailboxes; mail box; mailbox post; parcel box; package box; locking mailbox
b: Gibraltar Mailboxes: Elite, Sorrento; Architectural Mailboxes: Oasis, Bellevue; Solar Group; Step2; Postal Pro
s: Medium; Large; Standard
f: Black; Bronze; Green; White; Gray; Galvanized
st: F
m: 0.4
r: house numbers

smoke detector | electrical | detector
n: Battery Operated Smoke Detector; Hardwired Smoke Detector with Battery Backup; Smoke and Carbon Monoxide Combination Detector; Carbon Monoxide Detector; 10-Year Sealed Battery Smoke Alarm
t: smoke detector; smoke detectors; smoke alarm; carbon monoxide detector; co detector; fire alarm
b: First Alert; Kidde; Google Nest: Protect; X-Sense; Universal Security Instruments
p: 2-Pack; 3-Pack; 4-Pack; 6-Pack; 
st: T
m: 0.6

fire extinguisher | hardware | fire extinguisher
n: Rechargeable Fire Extinguisher; Home Fire Extinguisher; Kitchen Fire Extinguisher; Garage Fire Extinguisher; Fire Blanket
t: fire extinguisher; fire extinguishers; extinguisher; fire blanket
b: First Alert; Kidde: Pro, FA110; Amerex
s: 2-A:10-B:C; 1-A:10-B:C; 3-A:40-B:C; 5-B:C
p: 2-Pack; 
st: T
m: 0.5

security camera | electrical | camera
n: Wireless Outdoor Security Camera; Wired Indoor Security Camera; Floodlight Security Camera; 8-Channel NVR Security Camera System; Battery Powered Spotlight Camera
t: security camera; security cameras; outdoor camera; camera system; wifi camera; surveillance camera
b: Ring: Stick Up Cam, Spotlight Cam; Arlo: Pro 4, Essential; Blink: Outdoor, Mini; Lorex; Swann; eufy; Google Nest: Cam
s: 1080p; 2K; 4K
f: White; Black
p: 2-Pack; 3-Pack; 
st: T
m: 0.5
r: doorbell

smart plug | electrical | smart plug
n: Smart Wi-Fi Plug; Outdoor Smart Plug; Plug-In Timer; Digital Outlet Timer; Mechanical Outdoor Timer; In-Wall Timer Switch
t: smart plug; smart plugs; timer; outlet timer; outdoor timer; light timer; plug in timer
b: Kasa; Woods; GE; Intermatic; Defiant; Leviton
f: White; Black; Gray
p: 2-Pack; 4-Pack; 
st: T
m: 0.5
r: outlet

generator | electrical | generator
n: Portable Generator; Inverter Generator; Dual Fuel Portable Generator; Standby Generator; Portable Power Station; Generator Cord
t: generator; generators; portable generator; inverter generator; power station; generac generator; dual fuel generator
b: Generac: GP, iQ, Guardian; Champion Power Equipment; Westinghouse; Honda; Ryobi; Jackery: Explorer; DuroMax
s: 3500-Watt; 2200-Watt; 9500-Watt; 4500-Watt; 12000-Watt; 22000-Watt
x: Gas | Dual Fuel | ; Electric Start | Remote Start | 
st: T
m: 0.6

ev charger | electrical | ev charger
n: Level 2 EV Charger; Smart Electric Vehicle Charging Station; Portable EV Charger; EV Charger Extension Cord
t: ev charger; car charger; electric car charger; level 2 charger; ev charging station
b: ChargePoint: Home Flex; Grizzl-E; Emporia; Enel X: JuiceBox; Wallbox: Pulsar Plus
s: 40 Amp; 48 Amp; 32 Amp; 50 Amp; 25 ft.
st: T
m: 0.5

household batteries | electrical | battery
n: AA Alkaline Batteries; AAA Alkaline Batteries; 9-Volt Batteries; CR2032 Lithium Coin Battery; D Alkaline Batteries; AA Rechargeable Batteries
t: batteries; aa batteries; aaa batteries; 9v battery; coin battery; rechargeable batteries; d batteries
b: Energizer: MAX, Ultimate Lithium; Duracell: Coppertop, Optimum; Panasonic: eneloop; Rayovac
p: 4-Pack; 8-Pack; 16-Pack; 24-Pack; 2-Pack; 36-Pack
st: T
m: 0.0

lamp | lighting | lamp
n: Table Lamp; Floor Lamp; Desk Lamp; Arc Floor Lamp; Torchiere Floor Lamp; Lamp Set; Buffet Lamp
t: lamp; lamps; table lamp; floor lamp; desk lamp; bedside lamp
b: Hampton Bay; Home Decorators Collection; StyleWell; Globe Electric; Catalina Lighting; Brightech
s: 62 in.; 28 in.; 72 in.; 19 in.; 31 in.
f: Black; Brushed Nickel; Brass; White; Gray; Bronze; Gold
x: with Fabric Shade | with USB Port | 
p: 2-Pack; 
st: F
m: 0.2
r: light bulb

string lights | lighting | light
n: Outdoor String Light; LED Fairy String Lights; Solar String Lights; Christmas Tree Lights; Patio String Lights with Edison Bulbs; Icicle Lights
t: string lights; outdoor string lights; christmas lights; patio lights; fairy lights; cafe lights; holiday lights
b: Hampton Bay; Home Accents Holiday; Feit Electric; Enbrighten; Brightech
s: 48 ft.; 24 ft.; 100-Light; 300-Light; 33 ft.; 96 ft.
f: Warm White; Multi-Color; White; Black; Clear
st: T
m: 0.3
r: light bulb

track lighting | lighting | light
n: Track Lighting Kit; Track Light Head; Monorail Track Lighting; LED Track Lighting Kit; Track Lighting Section
t: track lighting; track light; track lights; track lighting kit; rail lighting
b: Hampton Bay; Commercial Electric; Globe Electric; Juno; Progress Lighting
s: 4 ft.; 6 ft.; 3-Light; 4-Light; 5-Light; 8 ft.
f: Brushed Nickel; Black; White; Bronze; Chrome
st: F
m: 0.3
r: light bulb

exit sign | lighting | light
n: LED Emergency Exit Sign; Emergency Light Fixture Unit; Combo Exit Sign with Emergency Lights; Photoluminescent Exit Sign
t: exit sign; emergency light; emergency lights; exit light; emergency lighting
b: Lithonia Lighting: Quantum, EU2C; Commercial Electric; Sure-Lites; NICOR
s: 2-Light; 1-Light
f: White; Black; Red; Green
st: T
m: 0.6

night light | lighting | light
n: LED Night Light; Plug-In Night Light with Dusk to Dawn Sensor; Motion Sensor Night Light; Battery Operated Motion Sensor Light; Stair Light
t: night light; nightlight; night lights; motion sensor light; plug in night light
b: GE; Amerelle; Lutron; Mr Beams; Energizer
f: White; Brushed Nickel; Amber
p: 2-Pack; 4-Pack; 6-Pack; 
st: T
m: 0.4

paint sprayer | paint | paint sprayer
n: Airless Paint Sprayer; HVLP Paint Sprayer; Handheld Cordless Paint Sprayer; Stand Airless Paint Sprayer; Paint Sprayer Tip
t: paint sprayer; sprayer; airless sprayer; paint sprayers; paint gun; spray gun
b: Graco: Magnum X5, Magnum ProX17, TrueCoat 360; Wagner: Flexio, Control Spray; HomeRight: Finish Max; Ryobi: ONE+
s: 0.27 GPM; 0.31 GPM; 3000 PSI; 18-Volt
st: T
m: 0.5
r: interior paint

putty knife | paint | putty knife
n: Putty Knife; Flexible Putty Knife; Taping Knife; Multi-Tool Scraper; Paint Scraper; Razor Scraper; Drywall Knife Set
t: putty knife; scraper; taping knife; paint scraper; drywall knife; spackle knife; putty knives
b: Hyde; Red Devil; Warner; Husky; Marshalltown; Purdy
s: 1-1/2 in.; 2 in.; 3 in.; 6 in.; 10 in.; 12 in.; 4 in.
p: 3-Pack; 
st: T
m: 0.3
r: wood filler

wood glue | paint | adhesive
n: Wood Glue; Construction Adhesive; Super Glue Gel; 5-Minute Epoxy; Hot Glue Sticks; Clear Gorilla Glue; Heavy Duty Spray Adhesive; Subfloor Adhesive
t: wood glue; glue; construction adhesive; super glue; epoxy; liquid nails; gorilla glue; adhesive; hot glue
b: Titebond: III, II, Original; Gorilla; Loctite: PL Premium, Power Grab; Liquid Nails: Fuze-It, Heavy Duty; J-B Weld; Elmer's; 3M
s: 8 oz.; 16 oz.; 10 oz.; 28 oz.; 1 gal.; 0.85 oz.
p: 2-Pack; 12-Pack; 
st: T
m: 0.3
r: caulk

wood finish | paint | wood finish
n: Gloss Oil-Based Polyurethane; Satin Water-Based Polyurethane; Semi-Gloss Polycrylic Protective Finish; Danish Oil; Paint Thinner; Mineral Spirits; Furniture Paint; Chalk Paint
t: polyurethane; poly; wood finish; paint thinner; mineral spirits; polycrylic; chalk paint; danish oil
b: Minwax: Fast-Drying, Helmsman; Varathane: Ultimate, Triple Thick; Rust-Oleum: Chalked; Klean-Strip; Watco; General Finishes
s: 1 qt.; 1 gal.; 1/2 pt.; 11.5 oz.; 8 oz.
f: Clear; Clear Gloss; Clear Satin; Linen White; Charcoal Gray
st: P
m: 0.2
r: deck stain; paint brush

paint tray | paint | paint tray
n: Plastic Paint Tray; Metal Paint Tray; Paint Tray Liner; Paint Bucket; Paint Grid; Paint Mixer
t: paint tray; paint trays; tray liners; paint bucket; paint pail; paint grid; roller tray
b: HDX; Wooster; Purdy; Leaktite; Encore Plastics; Bercom
s: 9 in.; 1 gal.; 5 gal.; 14 in.; 2 qt.
f: Black; White; Orange; Clear
p: 3-Pack; 10-Pack; 
st: T
m: 0.0
r: paint roller

safety gear | tools | safety
n: Safety Glasses; Nitrile Work Gloves; Leather Work Gloves; N95 Respirator Mask; Half Face Respirator; Ear Muffs; Hard Hat; High Visibility Safety Vest; Knee Pads
t: safety glasses; work gloves; gloves; respirator; n95 mask; ear protection; hard hat; safety vest; knee pads; dust mask
b: 3M: Virtua, SecureFit; Husky; Firm Grip; Milwaukee; DEWALT; Honeywell; MSA
s: Large; X-Large; Medium; Small
f: Clear; Black; Yellow; Orange; White; Gray
p: 3-Pack; 10-Pack; 20-Pack; 50-Pack; 
st: T
m: 0.3

clamp | tools | clamp
n: Bar Clamp; Quick-Grip Bar Clamp; C-Clamp; Spring Clamp; Pipe Clamp; Corner Clamp; Bench Vise
t: clamp; clamps; bar clamp; c clamp; quick clamp; spring clamps; vise; bench vise
b: Irwin: Quick-Grip; Bessey; Husky; Pony Jorgensen; DEWALT
s: 6 in.; 12 in.; 24 in.; 36 in.; 4 in.; 2 in.
p: 2-Pack; 4-Pack; 10-Pack; 
st: T
m: 0.4

multimeter | tools | tester
n: Digital Multimeter; Non-Contact Voltage Tester; Clamp Meter; Outlet Tester; GFCI Receptacle Tester; Wire Stripper; Cable Cutter
t: multimeter; voltage tester; volt meter; wire strippers; outlet tester; electrical tester; clamp meter; wire stripper
b: Klein Tools; Fluke; Milwaukee; Commercial Electric; Southwire; Gardner Bender
s: 600-Volt; 1000-Volt; 10-18 AWG
st: T
m: 0.6

heat gun | tools | heat gun
n: Heat Gun; Cordless Heat Gun; Dual Temperature Heat Gun; Hot Glue Gun; Soldering Iron Kit; Staple Gun; Cordless Staple Gun
t: heat gun; glue gun; hot glue gun; soldering iron; staple gun; stapler
b: Wagner: Furno; Milwaukee: M18; Ryobi: ONE+; DEWALT; Arrow: T50; Stanley; Weller
s: 1500-Watt; 18-Volt; 20-Volt; 1200-Watt
st: T
m: 0.5

grinder | tools | grinder
n: Angle Grinder; Cordless Angle Grinder; Bench Grinder; Die Grinder; Cut-Off Tool; Rotary Tool Kit
t: angle grinder; grinder; grinders; bench grinder; rotary tool; dremel; cut off tool; die grinder
b: Milwaukee: M18 FUEL, M12; DEWALT: 20V MAX, FLEXVOLT; Makita; Ryobi: ONE+; Dremel: 3000, 4300; Metabo HPT
s: 4-1/2 in.; 5 in.; 6 in.; 8 in.; 18-Volt; 20-Volt; 11 Amp
p: (Tool Only); Kit; 
st: T
m: 0.5
r: grinding wheel

grinding wheel | tools | grinding wheel
n: Cut-Off Wheel; Flap Disc; Grinding Wheel; Wire Cup Brush; Diamond Cup Wheel; Rotary Tool Accessory Kit
t: cutting wheel; grinding wheel; flap disc; cut off wheel; wire wheel; grinder disc; grinding discs
b: DEWALT; Diablo; Milwaukee; Avanti Pro; Dremel; Forney
s: 4-1/2 in.; 5 in.; 6 in.; 7 in.; 60-Grit; 80-Grit
p: 5-Pack; 10-Pack; 25-Pack; 
st: T
m: 0.3
r: grinder

router | tools | router
n: Compact Router; Fixed Base Router; Plunge Router; Router Bit Set; Router Table; Biscuit Joiner; Electric Hand Planer
t: router; wood router; router bits; router table; plunge router; trim router; planer; hand planer
b: DEWALT; Bosch; Milwaukee: M18 FUEL; Makita; Ryobi: ONE+; Diablo; Porter-Cable
s: 1-1/4 HP; 2-1/4 HP; 1/4 in. Shank; 1/2 in. Shank; 18-Volt; 20-Volt
p: 15-Piece; 24-Piece; (Tool Only); 
st: T
m: 0.5

welder | tools | welder
n: MIG Welder; Flux Core Welder; Stick Welder; Multi-Process Welder; Auto-Darkening Welding Helmet; Welding Gloves
t: welder; welding machine; mig welder; welding helmet; flux core welder; welders
b: Lincoln Electric: Weld-Pak, Easy MIG; Forney: Easy Weld; Hobart: Handler; Miller
s: 125 Amp; 140 Amp; 180 Amp; 120-Volt; 240-Volt
st: T
m: 0.6

floor jack | tools | jack
n: Low Profile Floor Jack; Hydraulic Bottle Jack; Jack Stands; Mechanic Creeper; Car Ramps; Trolley Jack
t: floor jack; jack; jack stands; car jack; bottle jack; creeper; car ramps
b: Husky; Pittsburgh; Big Red; Craftsman; Arcan; Torin
s: 3 Ton; 2 Ton; 6 Ton; 12 Ton; 1.5 Ton
f: Red; Black; Blue
p: 2-Pack; 
st: T
m: 0.4

hand truck | tools | hand truck
n: Convertible Hand Truck; Folding Hand Truck; Appliance Hand Truck; Furniture Dolly; Moving Blankets; Platform Truck; Utility Cart
t: hand truck; dolly; moving dolly; furniture dolly; utility cart; moving blankets; appliance dolly; cart
b: Milwaukee; Harper Trucks; Husky; HDX; Magna Cart; Gorilla Carts
s: 800 lb.; 600 lb.; 1000 lb.; 300 lb.; 150 lb.
f: Black; Red; Blue; Yellow
p: 4-Pack; 12-Pack; 
st: T
m: 0.3

saw horse | tools | saw horse
n: Folding Sawhorse; Adjustable Height Sawhorse; Sawhorse Brackets; Work Support Stand; Roller Stand
t: saw horse; sawhorse; saw horses; sawhorses; work stand; roller stand
b: Husky; Toughbuilt; Keter; Stanley; WORX; Bora
s: 32 in.; 36 in.; 1300 lb.; 2600 lb.
p: 2-Pack; 
st: T
m: 0.3
r: workbench

pry bar | tools | pry bar
n: Flat Pry Bar; Wrecking Bar; Crowbar; Nail Puller; Demolition Bar; Cat's Paw Nail Puller
t: pry bar; crowbar; crow bar; wrecking bar; nail puller; flat bar
b: Estwing; Stanley: FatMax; Husky; Dasco Pro; Vaughan; Crescent
s: 15 in.; 24 in.; 36 in.; 12 in.; 10 in.
st: T
m: 0.2

chisel | tools | chisel
n: Wood Chisel Set; Cold Chisel; Masonry Chisel; Brick Set Chisel; Wood Carving Chisel
t: chisel; chisels; wood chisel; chisel set; cold chisel
b: Irwin: Marples; Stanley; Husky; DEWALT; Narex
s: 1/2 in.; 3/4 in.; 1 in.; 1/4 in.; 3 in.
p: 3-Piece; 4-Piece; 6-Piece; 
st: T
m: 0.3

tool belt | tools | tool belt
n: Tool Belt; Tool Pouch; Suspension Rig; Tool Apron; Nail Pouch; Electrician's Pouch
t: tool belt; tool belts; tool pouch; tool apron; nail apron
b: Husky; Occidental Leather; Klein Tools; DEWALT; CLC; Toughbuilt
s: 3-Pocket; 11-Pocket; 27-Pocket
f: Brown; Black; Tan; Yellow
st: T
m: 0.3

shutoff valve | plumbing | valve
n: Quarter-Turn Straight Stop Valve; Quarter-Turn Angle Stop Valve; Ball Valve; Gate Valve; Push-to-Connect Shutoff Valve; Check Valve; Hose Bibb
t: shut off valve; shutoff valve; ball valve; angle stop; water valve; valve; gate valve; hose bib; outdoor faucet; spigot
b: SharkBite; Everbilt; BrassCraft; NIBCO; Apollo; Woodford; Homewerks
s: 1/2 in. x 3/8 in.; 1/2 in.; 3/4 in.; 1 in.; 5/8 in. x 3/8 in.
f: Brass; Chrome; Lead-Free Brass; PVC
st: M
m: 0.4
r: supply line

supply line | plumbing | supply line
n: Braided Stainless Steel Faucet Supply Line; Toilet Supply Line; Dishwasher Supply Line; Ice Maker Supply Line; Washing Machine Hose; Water Heater Connector
t: supply line; water supply line; toilet supply line; faucet supply line; washing machine hoses; braided supply line; water line
b: Everbilt; BrassCraft; Fluidmaster; Watts; SharkBite; Eastman
s: 3/8 in. x 1/2 in. x 20 in.; 3/8 in. x 7/8 in. x 12 in.; 1/4 in. x 5 ft.; 3/4 in. x 4 ft.; 3/8 in. x 3/8 in. x 16 in.; 1/4 in. x 25 ft.
st: M
m: 0.3
r: shutoff valve; toilet; kitchen faucet

drain | plumbing | drain
n: P-Trap; Pop-Up Sink Drain; Kitchen Sink Strainer; Shower Drain; Tub Drain Kit; Floor Drain; Basket Strainer; Drain Stopper
t: p trap; drain; sink drain; shower drain; drain stopper; sink strainer; tub drain; pop up drain; drains
b: Everbilt; Oatey; Moen; Delta; Keeney; Glacier Bay; Dearborn
s: 1-1/2 in.; 1-1/4 in.; 2 in.; 4 in.; 3-1/2 in.
f: Chrome; White; Brushed Nickel; Matte Black; PVC; Stainless Steel
st: F
m: 0.3
r: kitchen sink; bathroom faucet

plunger | plumbing | plunger
n: Toilet Plunger; Flange Plunger; Drain Snake; Toilet Auger; Drain Auger; Cup Plunger; Hair Catcher
t: plunger; toilet plunger; drain snake; snake; toilet auger; drain auger; plungers; drain cleaner
b: Korky: BeehiveMax; RIDGID: Power Spin; Cobra; Everbilt; Milwaukee: M12 TRAPSNAKE; Drano
s: 25 ft.; 3 ft.; 6 ft.; 50 ft.; 1/4 in.
st: T
m: 0.3
r: toilet

water softener | plumbing | water softener
n: Water Softener System; Water Softener Salt; Reverse Osmosis System; Salt-Free Water Conditioner; Water Softener Resin
t: water softener; softener salt; water softener salt; reverse osmosis; ro system; softener
b: Whirlpool; Morton; Diamond Crystal; Culligan; GE; iSpring; Rheem
s: 40 lb.; 30,000 Grain; 40,000 Grain; 48,000 Grain; 50 lb.
st: T
m: 0.5
r: water filter

utility sink | plumbing | sink
n: Freestanding Utility Sink; Laundry Tub; Wall Mount Utility Sink; Stainless Steel Laundry Sink with Faucet; Bar Sink; Mop Sink
t: utility sink; laundry sink; laundry tub; mop sink; bar sink; utility tub; garage sink
b: Glacier Bay; MUSTEE: Utilatub; Transolid; Swiftsure; Elkay; Presenza
s: 24 in.; 20 in.; 30 in.; 15 in.
f: White; Stainless Steel; Black; Biscuit
st: F
m: 0.4
r: kitchen faucet

tub spout | plumbing | tub spout
n: Slip-On Tub Spout; Diverter Tub Spout; Tub Spout with Diverter; Shower Arm; Shower Arm Flange; Wall Mount Tub Filler
t: tub spout; bathtub spout; shower arm; tub faucet; diverter spout; tub filler
b: Moen; Delta; Glacier Bay; Danco; Pfister; Kohler
s: 6 in.; 8 in.; 10 in.; 1/2 in.
f: Chrome; Brushed Nickel; Matte Black; Oil-Rubbed Bronze
st: F
m: 0.4
r: shower faucet; shower head

bidet | bath | bidet
n: Electric Bidet Seat; Non-Electric Bidet Attachment; Elongated Bidet Toilet Seat; Handheld Bidet Sprayer; Smart Toilet with Bidet
t: bidet; bidet seat; bidet attachment; bidet toilet seat; bidets; smart toilet
b: Bio Bidet; TOTO: Washlet; Brondell: Swash; LUXE Bidet; Kohler: PureWash; Tushy
f: White; Biscuit; Chrome
x: Heated | Self-Cleaning Nozzle | 
st: F
m: 0.6
r: toilet; toilet seat

shower curtain | bath | shower curtain
n: Shower Curtain; Fabric Shower Curtain Liner; Shower Curtain and Hooks Set; Waterproof Shower Curtain; Shower Curtain Rings
t: shower curtain; shower curtains; shower curtain liner; shower liner; shower curtain hooks; shower rings
b: Home Decorators Collection; StyleWell; Zenna Home; Kenney; Bath Bliss
s: 72 in. x 72 in.; 70 in. x 72 in.; 72 in. x 84 in.
f: White; Gray; Navy; Black; Clear; Beige; Sage
p: 12-Pack; 
st: C
m: 0.0
r: towel bar; bathtub

bath mat | bath | bath mat
n: Bath Mat; Memory Foam Bath Rug; Bath Rug Set; Shower Mat; Non-Slip Bathtub Mat; Bamboo Bath Mat
t: bath mat; bath rug; shower mat; bath mats; bathroom rugs; tub mat
b: Home Decorators Collection; StyleWell; Mohawk Home; Bounce Comfort; Gorilla Grip
s: 17 in. x 24 in.; 20 in. x 32 in.; 21 in. x 34 in.; 24 in. x 60 in.
f: Gray; White; Navy; Beige; Charcoal; Sage; Natural
st: C
m: 0.0

shower base | bath | shower base
n: Single Threshold Shower Base; Center Drain Shower Pan; Left Drain Shower Base; Shower Wall Surround; Alcove Tub and Shower Wall Kit; Shower Stall
t: shower base; shower pan; shower surround; shower walls; shower kit; shower stall; tub surround
b: DreamLine: SlimLine, QWALL; American Standard: Studio; Delta: Classic 500; Swanstone; MAAX; Glacier Bay
s: 60 in. x 32 in.; 48 in. x 36 in.; 36 in. x 36 in.; 60 in. x 30 in.; 32 in. x 32 in.
f: White; Biscuit; Gray; Black
st: F
m: 0.4
r: shower door; shower faucet

vacuum cleaner | appliances | vacuum
n: Bagless Upright Vacuum; Cordless Stick Vacuum; Robot Vacuum; Canister Vacuum; Handheld Vacuum; Carpet Cleaner; Steam Mop
t: vacuum cleaner; vacuum; vacuums; cordless vacuum; robot vacuum; stick vacuum; carpet cleaner; steam mop
b: Dyson: V8, V11, V15; Shark: Navigator, Rotator, Stratos; BISSELL: CrossWave, Big Green; Hoover: WindTunnel; iRobot: Roomba; Eureka
f: Purple; Gray; Blue; Red; Black; Nickel
x: Pet | HEPA | 
st: T
m: 0.6

air purifier | appliances | air purifier
n: True HEPA Air Purifier; Smart Air Purifier; Tower Air Purifier; Replacement HEPA Filter; Console Air Purifier
t: air purifier; air purifiers; air cleaner; hepa filter; hepa air purifier
b: Honeywell; LEVOIT: Core 300, Core 400S; Coway: Airmega; Winix: 5500-2; Blueair
s: 1,500 sq. ft.; 360 sq. ft.; 219 sq. ft.; 465 sq. ft.
f: White; Black; Gray
st: T
m: 0.6
r: air filter

beverage cooler | appliances | refrigerator
n: Beverage Cooler; Wine Cooler; Dual Zone Wine Cooler; Undercounter Beverage Refrigerator; Ice Maker; Portable Ice Maker; Water Dispenser; Kegerator
t: wine cooler; beverage cooler; wine fridge; ice maker; beverage fridge; water dispenser; mini fridge; kegerator
b: Vissani; Frigidaire; NewAir; Whirlpool; Primo; GE Profile: Opal; Edgestar
s: 154-Can; 24-Bottle; 15 in.; 24 in.; 26 lb.; 5 Gal.
f: Stainless Steel; Black; White; Black Stainless Steel
st: A
m: 0.6
r: refrigerator

trash can | storage | trash can
n: Step Trash Can; Touchless Trash Can; Outdoor Trash Can; Recycling Bin; Trash Bags; Kitchen Trash Can with Lid; Wheeled Trash Can; Contractor Bags
t: trash can; garbage can; trash cans; trash bags; garbage bags; recycling bin; outdoor trash can; contractor bags
b: simplehuman; Rubbermaid: Brute, Roughneck; HDX; Glad: ForceFlex; Toter; iTouchless; Husky
s: 13 Gal.; 45 L; 32 Gal.; 96 Gal.; 42 Gal.; 30 Gal.; 55 Gal.
f: Stainless Steel; Black; White; Gray; Green; Blue
p: 50-Count; 32-Count; 20-Count; 90-Count; 
st: T
m: 0.3

cleaning | storage | cleaning
n: Push Broom; Angle Broom with Dustpan; Spin Mop and Bucket; Microfiber Flat Mop; Squeegee; Scrub Brush; Bucket; Multi-Surface Cleaner; Paper Towels
t: broom; mop; bucket; push broom; cleaner; squeegee; dust pan; mop and bucket; paper towels; 5 gallon bucket
b: O-Cedar: EasyWring; Libman; Quickie; HDX; Rubbermaid; Zep; Simple Green; Bounty
s: 24 in.; 18 in.; 36 in.; 5 Gal.; 2 Gal.; 32 oz.; 1 Gal.
f: Orange; Blue; Red; Black; Gray; White
p: 2-Pack; 6-Pack; 12-Pack; 
st: T
m: 0.2

step stool | storage | step stool
n: Folding Step Stool; 2-Step Steel Step Stool; Kids Step Stool; Stepladder Stool; Kitchen Step Stool
t: step stool; stool; step stools; folding stool; kitchen stool
b: Cosco; Gorilla Ladders; Werner; Little Giant; Rubbermaid
s: 1-Step; 2-Step; 3-Step; 200 lb.; 300 lb.
f: White; Black; Gray; Blue
st: T
m: 0.3
r: ladder

furniture | storage | furniture
n: Bar Stool; Counter Stool; Storage Bench; Bookcase; Accent Chair; Storage Ottoman; Console Table; TV Stand; Coat Rack; Entryway Bench with Shoe Storage
t: bar stools; bookcase; storage bench; ottoman; coat rack; accent chair; tv stand; counter stools; bookshelf; entryway bench
b: StyleWell; Home Decorators Collection; Sauder; Linon; Hampton Bay; Powell
s: 24 in.; 30 in.; 5-Shelf; 3-Shelf; 60 in.
f: Black; White; Espresso; Gray; Natural; Walnut; Charcoal; Weathered Oak
p: Set of 2; 
st: C
m: 0.3

mattress | storage | bedroom
n: Memory Foam Mattress; Hybrid Mattress; Innerspring Mattress; Metal Platform Bed Frame; Upholstered Bed; Mattress Topper; Bed Frame with Headboard
t: mattress; bed frame; mattresses; platform bed; bed; mattress topper; queen mattress; headboard
b: Sealy; Serta; Zinus; StyleWell; Tuft & Needle; Lucid
s: Queen; King; Full; Twin; Twin XL; California King
x: 10 in. | 12 in. | 8 in. | 14 in. | 
f: White; Gray; Black; Brown
st: C
m: 0.3

wallpaper | paint | wallpaper
n: Peel and Stick Wallpaper; Non-Woven Unpasted Wallpaper; Prepasted Wallpaper; Wall Decal; Wallpaper Border; Wallpaper Paste
t: wallpaper; wall paper; peel and stick wallpaper; wall decals; wallpaper border; removable wallpaper
b: NuWallpaper; RoomMates; Tempaper; Brewster; A-Street Prints; Graham & Brown
s: 30.75 sq. ft.; 56.4 sq. ft.; 20.5 in. x 18 ft.; 28 sq. ft.
f: White; Gray; Navy; Green; Black; Beige; Blush
x: Botanical | Geometric | Faux Wood | Stripe | Damask | 
st: C
m: 0.3

picture frame | storage | wall decor
n: Picture Frame; Gallery Wall Frame Set; Wall Mirror; Wall Art Canvas; Picture Hanging Kit; Floating Frame
t: picture frame; picture frames; frames; wall art; wall mirror; picture hanging kit; canvas art
b: StyleWell; Home Decorators Collection; Hillman: OOK; 3M: Command; Pinnacle
s: 8 in. x 10 in.; 11 in. x 14 in.; 16 in. x 20 in.; 24 in. x 36 in.; 5 in. x 7 in.; 4 in. x 6 in.
f: Black; White; Gold; Natural; Walnut; Silver
p: 2-Pack; 3-Pack; 7-Piece; 
st: C
m: 0.0
r: hooks

shed | garden | shed
n: Resin Storage Shed; Wood Storage Shed; Metal Storage Shed; Vertical Storage Shed; Deck Box; Outdoor Storage Cabinet; Shed Kit
t: shed; storage shed; sheds; deck box; outdoor storage; outdoor storage box; metal shed; garden shed
b: Suncast; Keter; Lifetime; Arrow; Handy Home; Rubbermaid; Backyard Discovery
s: 8 ft. x 10 ft.; 10 ft. x 8 ft.; 6 ft. x 5 ft.; 7 ft. x 7 ft.; 73 Gal.; 165 Gal.; 99 Gal.; 4 ft. x 6 ft.
f: Brown; Gray; Taupe; Beige; Green; Black
st: T
m: 0.4

gazebo | garden | gazebo
n: Hardtop Gazebo; Soft Top Gazebo; Pop-Up Canopy; Pergola; Gazebo Replacement Canopy; Patio Shade Sail; Carport
t: gazebo; pergola; canopy; gazebos; pop up canopy; shade sail; canopy tent; carport
b: Sunjoy; Hampton Bay; Backyard Discovery; Outsunny; Coolaroo; ShelterLogic
s: 10 ft. x 12 ft.; 10 ft. x 10 ft.; 12 ft. x 14 ft.; 11 ft. x 13 ft.; 12 ft. x 16 ft.
f: Black; Bronze; Brown; Beige; Gray; Cedar
st: T
m: 0.3

pavers | garden | hardscape
n: Concrete Paver; Patio Stone; Retaining Wall Block; Landscape Edging; Stepping Stone; Concrete Block; Brick; Flagstone
t: pavers; paver; retaining wall blocks; landscape edging; stepping stones; cinder block; bricks; patio stones; edging; concrete block
b: Pavestone: RumbleStone, Holland; Oldcastle; Vigoro; Dimex: EasyFlex; Suncast; no brand
s: 16 in. x 16 in.; 12 in. x 12 in.; 8 in. x 8 in. x 16 in.; 4 in. x 8 in.; 12 in. x 4 in.; 20 ft.; 40 ft.
f: Gray; Red; Charcoal; Tan; Pewter; Cafe; Black; Bluestone
st: M
m: 0.0

landscape fabric | garden | landscape fabric
n: Landscape Fabric; Weed Barrier Fabric; Artificial Grass Turf; Garden Netting; Burlap; Shade Cloth; Landscape Staples
t: landscape fabric; weed barrier; artificial grass; turf; weed fabric; landscape staples; garden staples; fake grass
b: Vigoro; DeWitt; Scotts; TrafficMaster; Sta-Green; Easy Gardener
s: 3 ft. x 50 ft.; 4 ft. x 100 ft.; 3 ft. x 100 ft.; 6 ft. x 50 ft.; 7.5 ft. x 13 ft.; 12 ft. x 15 ft.
f: Black; Green; Natural
p: 50-Pack; 100-Pack; 
st: M
m: 0.0

bird feeder | garden | bird feeder
n: Tube Bird Feeder; Hopper Bird Feeder; Hummingbird Feeder; Bird Bath; Bird Seed; Suet Feeder; Squirrel Proof Bird Feeder; Bird House
t: bird feeder; bird feeders; hummingbird feeder; bird bath; bird seed; birdhouse; bird house; squirrel proof bird feeder
b: Audubon; Perky-Pet; Droll Yankees; Pennington; Woodlink; Vigoro
s: 20 lb.; 5 lb.; 40 lb.; 16 oz.; 32 oz.
f: Green; Black; Red; Copper; Brown
st: T
m: 0.3

pest control | garden | pest control
n: Insect Killer; Mouse Trap; Rat Trap; Ant Bait; Wasp and Hornet Spray; Mosquito Repellent; Bug Zapper; Rodent Bait Station; Mole Trap
t: bug spray; mouse trap; mouse traps; rat trap; ant killer; wasp spray; bug zapper; insect killer; roach killer; mosquito repellent; ant bait
b: Ortho: Home Defense, Bug B Gon; Spectracide; Raid; Victor; Tomcat; TERRO; Hot Shot; Flowtron
s: 1 gal.; 24 oz.; 17.5 oz.; 1.33 gal.; 14 oz.; 40 lb.
p: 2-Pack; 4-Pack; 6-Pack; 12-Pack; 
st: T
m: 0.2

rain barrel | garden | rain barrel
n: Rain Barrel; Rain Barrel with Diverter; Rain Chain; Downspout Extension; Splash Block; Gutter Guard; Vinyl Gutter; Aluminum Downspout
t: rain barrel; rain barrels; gutter; gutters; downspout; gutter guard; downspout extension; splash block; rain gutter
b: Good Ideas; Amerimax; Raven; Suncast; FlexiLite; Genova
s: 50 Gal.; 65 Gal.; 10 ft.; 5 in. x 10 ft.; 2 in. x 3 in. x 10 ft.; 3 ft.; 4 ft.
f: White; Brown; Black; Gray; Terra Cotta; Copper
st: M
m: 0.3

hammock | garden | patio
n: Hammock with Stand; Rope Hammock; Hammock Chair; Porch Swing; Patio Glider; Outdoor Rocking Chair; Outdoor Cushion; Outdoor Pillow
t: hammock; hammocks; porch swing; rocking chair; hammock chair; outdoor cushions; outdoor pillows; glider; patio cushions
b: Hampton Bay; StyleWell; Sunnydaze; Vivere; Arden Selections; POLYWOOD
s: 2-Person; 1-Person; 19 in. x 20 in.; 44 in. x 21 in.; 15 ft.
f: Navy; Natural; Sand; Gray; Red; Green; Black; Cabana Stripe
st: F
m: 0.3
r: patio furniture

tarp | storage | tarp
n: Heavy Duty Tarp; Poly Tarp; Canvas Tarp; Waterproof Tarp; Tarp Straps; Ratchet Tie-Down Kit
t: tarp; tarps; tarpaulin; heavy duty tarp; canvas tarp; waterproof tarp
b: HDX; Husky; Everbilt; Keeper; Erickson
s: 10 ft. x 12 ft.; 8 ft. x 10 ft.; 20 ft. x 30 ft.; 6 ft. x 8 ft.; 12 ft. x 16 ft.
f: Blue; Brown; Silver; Green; Camo; Clear
st: M
m: 0.0
r: rope

siding | lumber | siding
n: Vinyl Siding Panel; Fiber Cement Lap Siding; Cedar Shingle Siding; Board and Batten Siding; Vinyl Soffit; Siding Corner Post; J-Channel
t: siding; vinyl siding; soffit; lap siding; hardie board; cement board siding; siding panels; j channel
b: Mastic; James Hardie: HardiePlank; LP SmartSide; Royal; Georgia-Pacific; Ply Gem
s: 12 ft.; 8.25 in. x 144 in.; 12 in. x 144 in.; 4 ft. x 8 ft.; 10 ft.
f: White; Clay; Gray; Almond; Sandtone; Primed; Wicker; Pebblestone Clay
st: M
m: 0.0

railing | lumber | railing
n: Deck Railing Kit; Composite Baluster; Aluminum Baluster; Wood Stair Balusters; Handrail; Post Sleeve; Deck Post Cap; Stair Stringer
t: railing; deck railing; balusters; handrail; spindles; post cap; post sleeve; stair stringer; hand rail
b: Veranda; Trex: Select, Transcend; Fiberon; Deckorators; Severe Weather; Nuvo Iron
s: 6 ft.; 8 ft.; 36 in.; 42 in.; 2 in. x 2 in. x 36 in.; 4 in. x 4 in.; 6 in. x 6 in.
f: White; Black; Bronze; Gray; Charcoal; Pressure-Treated
p: 10-Pack; 16-Pack; 
st: M
m: 0.0
r: decking

rebar | lumber | rebar
n: Steel Rebar; Wire Mesh; Concrete Form Tube; Metal Stud; Corner Bead; Drywall Joint Tape; Expanded Metal Lath; Vapor Barrier
t: rebar; wire mesh; sonotube; concrete form; metal studs; corner bead; drywall tape; vapor barrier; house wrap; remesh
b: Everbilt; Quikrete; Clarkwestern; USG Sheetrock; Tyvek; Husky
s: 1/2 in. x 10 ft.; 3/8 in. x 10 ft.; 8 in. x 4 ft.; 12 in. x 4 ft.; 3-5/8 in. x 10 ft.; 500 ft.; 250 ft.; 10 ft. x 100 ft.
st: M
m: 0.0
r: concrete; drywall

skylight | doors & windows | skylight
n: Fixed Deck-Mount Skylight; Venting Skylight; Tubular Skylight Kit; Attic Fan; Ridge Vent; Soffit Vent; Roof Vent; Gable Vent
t: skylight; skylights; sun tunnel; attic fan; ridge vent; soffit vent; roof vent; gable vent; solar attic fan
b: VELUX; Natural Light; Master Flow; Air Vent; Lomanco; Solatube
s: 22-1/2 in. x 22-1/2 in.; 14 in.; 10 in.; 4 ft.; 16 in. x 8 in.; 1,600 CFM
f: White; Black; Brown; Mill; Weatherwood
st: T
m: 0.5

window hardware | doors & windows | window hardware
n: Window Lock; Sash Lock; Window Crank Handle; Window Screen; Screen Repair Kit; Window Film; Privacy Window Film; Window Well Cover
t: window lock; window screen; window film; privacy film; screen repair; window crank; screens; window well cover
b: Prime-Line; Everbilt; Gila; Artscape; Phifer; Shelter Logic
s: 36 in. x 78 in.; 48 in. x 84 in.; 36 in. x 25 ft.; 24 in. x 36 in.; 40 in. x 36 in.
f: White; Bronze; Clear; Frosted; Black; Charcoal
p: 2-Pack; 
st: F
m: 0.4
r: window

barn door hardware | doors & windows | door hardware
n: Sliding Barn Door Hardware Kit; Barn Door Handle; Bypass Barn Door Hardware; Pocket Door Frame Kit; Bi-Fold Door Hardware; Soft Close Barn Door Track
t: barn door hardware; barn door track; barn door kit; pocket door hardware; barn door handle; sliding door hardware
b: Everbilt; National Hardware; Renin; Stanley; Johnson Hardware; Winsoon
s: 6 ft.; 8 ft.; 6.6 ft.; 72 in.; 96 in.
f: Matte Black; Black; Stainless Steel; Satin Nickel; Bronze; Antique Brass
st: F
m: 0.3
r: interior door

closet door | doors & windows | door
n: Mirrored Sliding Closet Door; Bi-Fold Closet Door; Louvered Bi-Fold Door; Sliding Closet Door; Closet Door Hardware
t: closet doors; closet door; mirror closet doors; sliding closet doors; bifold closet doors; bi fold doors
b: Renin; JELD-WEN; Stile; Contractors Wardrobe; Masonite
s: 48 in. x 80 in.; 60 in. x 80 in.; 72 in. x 80 in.; 36 in. x 80 in.; 24 in. x 80 in.
f: White; Primed White; Mirror; Espresso; Black; Unfinished Pine
st: A
m: 0.3
r: interior door

kitchen countertop | storage | countertop
n: Laminate Countertop; Butcher Block Countertop; Quartz Countertop Sample; Solid Surface Countertop; Countertop End Cap; Stone Countertop Remnant
t: countertop; countertops; butcher block; laminate countertop; butcher block countertop; kitchen counter; quartz countertop
b: Hampton Bay; HARDWOOD REFLECTIONS; Wilsonart; Formica; Silestone; Corian
s: 8 ft.; 6 ft.; 10 ft.; 4 in. x 4 in.; 25 in. x 96 in.
f: Butcher Block; Calcutta Marble; Typhoon Ice; Unfinished Birch; Acacia; Walnut; Carrara
st: C
m: 0.3
r: kitchen cabinet

kitchen storage | storage | kitchen storage
n: Pull-Out Cabinet Organizer; Lazy Susan; Under Sink Organizer; Spice Rack; Pot Rack; Roll Out Cabinet Drawer; Shelf Liner
t: cabinet organizer; lazy susan; spice rack; under sink organizer; pull out shelves; shelf liner; pantry organizer; pull out drawer
b: Rev-A-Shelf; Real Solutions for Real Life; Everbilt; Richelieu; Con-Tact
s: 11 in.; 14 in.; 18 in.; 20 in. x 6 ft.; 21 in.; 24 in.
f: Chrome; White; Natural; Gray; Black; Satin Nickel
st: T
m: 0.5
r: kitchen cabinet

kitchen appliance | appliances | kitchen appliance
n: Cooktop; Electric Wall Oven; Double Wall Oven; Trash Compactor; Warming Drawer; Induction Cooktop; Gas Cooktop
t: cooktop; wall oven; induction cooktop; gas cooktop; electric cooktop; double wall oven; trash compactor; stove top
b: GE; GE Profile; Whirlpool; Samsung; Frigidaire: Gallery; KitchenAid; Bosch: 500 Series, 800 Series; LG
s: 30 in.; 36 in.; 24 in.; 15 in.
f: Stainless Steel; Black; Black Stainless Steel; White
x: with 5 Elements | with Convection | 
st: A
m: 0.7
r: range

washer dryer accessory | appliances | laundry accessory
n: Washer Pedestal with Storage Drawer; Stacking Kit; Dryer Cord; Washer Drain Pan; Laundry Sorter; Ironing Board; Anti-Vibration Pads
t: washer pedestal; stacking kit; dryer cord; drain pan; ironing board; laundry basket; dryer power cord; pedestal
b: Samsung; LG; Whirlpool; Everbilt; Polder; Honey-Can-Do
s: 27 in.; 4-Wire 6 ft.; 3-Wire 5 ft.; 30 in. x 32 in.
f: White; Champagne; Black; Chrome Shadow; Gray
st: A
m: 0.6
r: washer; dryer
"""
