# ruff: noqa: E501
"""The hand-written vocabulary of the judged home-improvement set (``judged_queries``): kinds of product, their
brands and lines, sizes, finishes, materials, features, the rooms and uses a product's hidden description names,
and the names shoppers type that no title uses.

A kind is one line of ``_KINDS``, fields split by " ; ":

    department ; category ; title name ; brand group ; sizes ; palette ; materials ; features ; uses ; other names
    ; weight [; accessory of ; template]

- *category*: the shop's aisle; kinds that share one are alike to a shopper ("shower faucet" asks for a trim kit
  too). Its shoppers' names are in ``CATEGORY_NAMES``.
- *sizes*: "|" between choices, "*" between the measures of one choice, each a number and a unit of ``UNITS``
  ("1/2in*10ft" is 1/2 in. x 10 ft.).
- *features*: "|" between them; "Indoor/Outdoor>outdoor" also gives the product the use "outdoor".
- *uses*: words of the hidden description (rooms, places, jobs), never written in titles.
- *other names*: what shoppers call the kind that its titles never say ("paddle fan", "sheetrock").
- *weight*: how often shoppers look for it (1-5), and how many products of it the shop has.
- *template*: the order of the title's parts (``judged_queries.title``), "B L S M F N c" when not given.
"""

from __future__ import annotations

from dataclasses import dataclass

# unit: (title form, query forms); "{v}" is the number as the title writes it.
UNITS: dict[str, tuple[str, tuple[str, ...]]] = {
    "in": ("{v} in.", ("{v} in", "{v} inch", "{v}in", '{v}"', "{v} inches", "{v}-inch")),
    "ft": ("{v} ft.", ("{v} ft", "{v}ft", "{v} foot", "{v} feet", "{v}'")),
    "mm": ("{v} mm", ("{v}mm", "{v} mm")),
    "yd": ("{v} yds.", ("{v} yd", "{v} yards", "{v}yd")),
    "no": ("#{v}", ("#{v}", "#{v}", "no {v}", "{v}")),
    "v": ("{v}-Volt", ("{v}v", "{v} volt", "{v}-volt", "{v} v", "{v}v")),
    "w": ("{v}-Watt", ("{v}w", "{v} watt", "{v} watts", "{v}w")),
    "amp": ("{v} Amp", ("{v} amp", "{v}a", "{v}amp", "{v} amps")),
    "gal": ("{v} Gal.", ("{v} gallon", "{v} gal", "{v}gal", "{v} gallons")),
    "qt": ("{v} qt.", ("{v} qt", "{v} quart")),
    "oz": ("{v} oz.", ("{v} oz", "{v}oz", "{v} ounce")),
    "lb": ("{v} lb.", ("{v} lb", "{v}lb", "{v} lbs", "{v} pound")),
    "cuft": ("{v} cu. ft.", ("{v} cu ft", "{v} cu. ft", "{v} cubic ft", "{v} cubic feet", "{v}cuft")),
    "btu": ("{v} BTU", ("{v} btu", "{v}btu", "{v} btu")),
    "hp": ("{v} HP", ("{v} hp", "{v}hp", "{v} horsepower")),
    "cfm": ("{v} CFM", ("{v} cfm", "{v}cfm")),
    "psi": ("{v} PSI", ("{v} psi", "{v}psi")),
    "pint": ("{v}-Pint", ("{v} pint", "{v}pt", "{v} pint")),
    "tooth": ("{v}-Tooth", ("{v}t", "{v} tooth", "{v} teeth")),
    "penny": ("{v}D", ("{v}d", "{v} penny")),
    "wire": ("{v}", ("{v}", "{v}", "{dash}", "{space}")),
    "ga": ("{v}-Gauge", ("{v} gauge", "{v} ga", "{v}ga", "{v} awg")),
    "r": ("R-{v}", ("r{v}", "r-{v}", "r {v}")),
    "sqft": ("{v} sq. ft.", ("{v} sq ft", "{v} sqft", "{v} square feet")),
    "light": ("{v}-Light", ("{v} light", "{v}-light", "{v} light")),
    "drawer": ("{v}-Drawer", ("{v} drawer", "{v}-drawer")),
    "burner": ("{v}-Burner", ("{v} burner", "{v}-burner")),
    "piece": ("{v}-Piece", ("{v} piece", "{v} pc", "{v}-piece")),
    "gang": ("{v}-Gang", ("{v} gang", "{v}-gang")),
    "gpm": ("{v} GPM", ("{v} gpm", "{v}gpm")),
    "cc": ("{v}cc", ("{v}cc", "{v} cc")),
    "ah": ("{v} Ah", ("{v}ah", "{v} ah", "{v} amp hour")),
    "lm": ("{v} Lumens", ("{v} lumens", "{v} lumen", "{v}lm")),
    "grit": ("{v}-Grit", ("{v} grit", "{v}grit")),
    "degree": ("{v}-Degree", ("{v} degree", "{v} deg")),
    "pack": ("({v}-Pack)", ("{v} pack", "{v}pk", "{v}-pack")),
    "stage": ("{v}-Stage", ("{v} stage", "{v}-stage")),
    "zone": ("{v}-Zone", ("{v} zone",)),
    "outlet": ("{v}-Outlet", ("{v} outlet", "{v}-outlet")),
    "camera": ("{v}-Camera", ("{v} camera", "{v} cam")),
    "tier": ("{v}-Tier", ("{v} tier", "{v}-tier", "{v} shelf")),
    "can": ("{v}-Can", ("{v} can",)),
}
LINEAR = {"in", "ft", "mm", "yd", "no"}
"""Units whose measures a title joins with " x " (1/2 in. x 10 ft.); the others follow one another."""

# palette: (title form, color a rater reads it as, what shoppers type for it)
_PALETTES: dict[str, str] = {
    "metal": "Brushed Nickel=nickel=brushed nickel,nickel,satin nickel|Chrome=chrome=chrome,polished chrome"
    "|Oil-Rubbed Bronze=bronze=oil rubbed bronze,bronze,orb,oil-rubbed bronze|Matte Black=black=matte black,black"
    "|Spot Resist Brushed Nickel=nickel=brushed nickel,nickel|Brushed Gold=gold=gold,brushed gold"
    "|Polished Brass=brass=brass,polished brass|Stainless Steel=stainless=stainless,stainless steel"
    "|Venetian Bronze=bronze=bronze,venetian bronze",
    "basic": "White=white=white|Black=black=black|Gray=gray=gray,grey|Almond=almond=almond|Beige=beige=beige,tan"
    "|Brown=brown=brown|Red=red=red|Blue=blue=blue|Green=green=green|Ivory=ivory=ivory,off white",
    "device": "White=white=white|Light Almond=almond=almond,light almond|Ivory=ivory=ivory|Black=black=black"
    "|Gray=gray=gray,grey",
    "appliance": "Stainless Steel=stainless=stainless,stainless steel,ss"
    "|Fingerprint Resistant Stainless Steel=stainless=stainless,stainless steel,fingerprint resistant"
    "|Black Stainless Steel=black stainless=black stainless|White=white=white|Black=black=black"
    "|Slate=slate=slate",
    "wood": "Natural=natural=natural|Espresso=brown=espresso,dark brown|White=white=white|Gray=gray=gray,grey"
    "|Cherry=cherry=cherry|Walnut=brown=walnut|Driftwood=gray=driftwood,gray",
    "floor": "Coastal Gray Oak=gray=gray,grey,gray oak|Sterling Oak=gray=gray,sterling|Natural Hickory=natural=natural"
    ",hickory|Honey Oak=brown=honey oak,oak,brown|Espresso Walnut=brown=walnut,dark,espresso"
    "|Whitewashed Oak=white=white,whitewash,white oak|Rustic Barnwood=brown=barnwood,rustic",
    "paint": "Ultra Pure White=white=white,pure white,ultra pure white|Swiss Coffee=white=swiss coffee"
    "|Polar Bear=white=polar bear,white|Silver Drop=gray=silver drop,light gray|Agreeable Gray=gray=agreeable gray"
    ",greige,gray|Black=black=black|Hale Navy=blue=navy,navy blue|Sage Green=green=sage,sage green"
    "|Cameo White=white=cameo white,off white",
    "toilet": "White=white=white|Biscuit=biscuit=biscuit|Bone=bone=bone|Black=black=black",
    "deck": "Saddle=brown=saddle,brown|Island Mist=gray=gray,island mist|Spiced Rum=brown=spiced rum,brown"
    "|Clam Shell=gray=clam shell,gray|Coastline=gray=coastline,gray",
}


@dataclass(frozen=True)
class Color:
    title: str
    color: str
    typed: tuple[str, ...]


PALETTES: dict[str, tuple[Color, ...]] = {
    name: tuple(Color(t, c, tuple(q.split(","))) for t, c, q in (entry.split("=") for entry in text.split("|")))
    for name, text in _PALETTES.items()
}

BRANDS: dict[str, str] = {
    "none": "",
    "lumber": "WeatherShield:|Severe Weather:|ProWood:|Universal Forest Products:",
    "sheet": "Sanded Plywood:|Columbia Forest Products:PureBond|Georgia-Pacific:Plytanium|Weyerhaeuser:",
    "drywall": "USG:Sheetrock UltraLight|Gold Bond:eXP|CertainTeed:M2Tech|National Gypsum:",
    "deck": "Trex:Enhance|Trex Transcend:|TimberTech:Edge|Fiberon:Good Life|Veranda:|MoistureShield:",
    "concrete": "Quikrete:|Sakrete:|Rapid Set:|Red Devil:",
    "insul": "Owens Corning:EcoTouch|Johns Manville:|Rockwool:Comfortboard|Knauf:",
    "trim": "Alexandria Moulding:|Woodgrain Millwork:|Ornamental Mouldings:|House of Fara:",
    "pipe": "Charlotte Pipe:|JM Eagle:|Mueller:Streamline|Everbilt:|SharkBite:|Apollo:|NIBCO:",
    "valve": "SharkBite:|Apollo:|Everbilt:|BrassCraft:|Homewerks:|NIBCO:",
    "faucet": "Moen:Arbor|Moen:Adler|Moen:Align|Delta:Leland|Delta:Essa|Delta:Foundations|Pfister:Pasadena"
    "|Glacier Bay:Market|Glacier Bay:McKenna|American Standard:Colony|Kohler:Simplice|Kohler:Bellera",
    "shower": "Moen:Posi-Temp|Moen:Magnetix|Delta:Monitor|Delta:In2ition|Pfister:|Glacier Bay:|Kohler:Forte"
    "|Speakman:Anystream|Waterpik:",
    "toilet": "American Standard:Champion|American Standard:Cadet|Kohler:Highline|Kohler:Cimarron|Glacier Bay:"
    "|TOTO:Drake|TOTO:Entrada|Gerber:Viper",
    "toiletpart": "Bemis:|Church:|Mayfair:|Korky:|Fluidmaster:|Glacier Bay:|American Standard:",
    "heater": "Rheem:Performance|Rheem:Performance Platinum|A.O. Smith:Signature|Bradford White:|EcoSmart:",
    "disposal": "InSinkErator:Badger|InSinkErator:Evolution|Waste King:Legend|Moen:Host|GE:",
    "sink": "Kraus:Standart PRO|Glacier Bay:|Elkay:Crosstown|Kohler:Verse|Ruvati:|Swanstone:",
    "pump": "Zoeller:|Wayne:|Superior Pump:|Everbilt:|Liberty Pumps:",
    "wire": "Southwire:Romex SIMpull|Cerrowire:|Encore Wire:|Coleman Cable:",
    "cord": "Husky:|Woods:|Southwire:|HDX:|Prime Wire:",
    "device": "Leviton:Decora|Leviton:SmartlockPro|Eaton:|Legrand:radiant|Lutron:|GE:|Commercial Electric:",
    "dimmer": "Lutron:Diva|Lutron:Maestro|Lutron:Caseta|Leviton:Decora|GE:",
    "breaker": "Square D:Homeline|Square D:QO|Siemens:|Eaton:BR|Eaton:CH|Murray:",
    "box": "Carlon:|RACO:|Commercial Electric:|Allied Moulded:",
    "alarm": "First Alert:|Kidde:|X-Sense:|Google Nest:Protect|Universal Security Instruments:",
    "fan": "Hampton Bay:Glendale|Hampton Bay:Carrolton|Hampton Bay:Southwind|Hampton Bay:Hugger"
    "|Home Decorators Collection:Altura|Home Decorators Collection:Kensgrove|Minka-Aire:|Hunter:Builder"
    "|Hunter:Dempsey|Casablanca:",
    "bulb": "Philips:|Feit Electric:|EcoSmart:|GE:Reveal|GE:Relax|Sylvania:|Cree:",
    "light": "Hampton Bay:|Home Decorators Collection:|Progress Lighting:|Kichler:|Globe Electric:"
    "|Commercial Electric:|Quoizel:|Feiss:",
    "outlight": "Hampton Bay:|Defiant:|Halo:|Lithonia Lighting:|Ring:|Westinghouse:|Malibu:",
    "tool": "DEWALT:20V MAX|DEWALT:ATOMIC|DEWALT:XR|Milwaukee:M18|Milwaukee:M12|Milwaukee:M18 FUEL|RYOBI:ONE+"
    "|RYOBI:ONE+ HP|Makita:18V LXT|RIDGID:|Bosch:|Craftsman:V20|SKIL:",
    "blade": "Diablo:|DEWALT:|Freud:|Milwaukee:Sawzall|Bosch:|Lenox:",
    "vac": "RIDGID:|Craftsman:|Shop-Vac:|Vacmaster:|DEWALT:",
    "hand": "Husky:|Craftsman:|Stanley:FatMax|Estwing:|Milwaukee:|GEARWRENCH:|Klein Tools:|Empire:",
    "storage": "Husky:|HDX:|Craftsman:|Milwaukee:Packout|Gladiator:|Edsal:|Sterilite:|Rubbermaid:",
    "compressor": "Porter-Cable:|Craftsman:|California Air Tools:|DEWALT:|Husky:",
    "ladder": "Werner:|Little Giant:|Louisville Ladder:|Gorilla Ladders:|Husky:",
    "washer": "RYOBI:|Generac:|Simpson:MegaShot|Sun Joe:|Greenworks:|Karcher:",
    "paint": "BEHR:PREMIUM PLUS|BEHR:ULTRA|BEHR:MARQUEE|Glidden:Premium|Glidden:Diamond|PPG:Timeless|Valspar:Signature",
    "spray": "Rust-Oleum:Painter's Touch 2X|Rust-Oleum:Universal|Krylon:COLORmaxx|Rust-Oleum:Stops Rust",
    "applicator": "Wooster:|Purdy:|Whizz:|Linzer:|HDX:",
    "stain": "BEHR:PREMIUM|Thompson's WaterSeal:|Cabot:|Ready Seal:|Minwax:|Varathane:",
    "caulk": "DAP:Alex Plus|DAP:Kwik Seal|GE:Advanced|Gorilla:|Red Devil:|Sashco:",
    "tape": "ScotchBlue:|FrogTape:|Duck:|IPG:",
    "floor": "LifeProof:|TrafficMaster:|Home Decorators Collection:|Pergo:Outlast+|Pergo:TimberCraft|Bruce:"
    "|Home Legend:|Shaw:|Mohawk:",
    "tile": "Daltile:|MSI:|Florida Tile:|Marazzi:|Merola Tile:|Ivy Hill Tile:",
    "rug": "Home Decorators Collection:|Safavieh:|nuLOOM:|StyleWell:|Ottomanson:",
    "grout": "Custom Building Products:Polyblend|Mapei:|TEC:|Custom Building Products:Fusion Pro",
    "appliance": "Samsung:|LG:|Whirlpool:|GE:Profile|GE:|Frigidaire:Gallery|Frigidaire:|Maytag:|KitchenAid:"
    "|Bosch:500 Series",
    "filter": "EveryDrop:|Samsung:|LG:|Whirlpool:|GE:|Frigidaire:PureSource",
    "mower": "Toro:Recycler|Toro:TimeMaster|Honda:|EGO:POWER+|RYOBI:|Craftsman:|Greenworks:|Husqvarna:",
    "hose": "Flexzilla:|Gilmour:|Swan:|Melnor:|Dramm:|Orbit:",
    "garden": "Vigoro:|Scotts:Nature Scapes|Miracle-Gro:Moisture Control|Miracle-Gro:|Timberline:|Kellogg:",
    "lawn": "Scotts:Turf Builder|Scotts:Green Max|Pennington:Smart Seed|Vigoro:|Lesco:",
    "planter": "Vigoro:|Bloem:|Southern Patio:|Pennington:|Mayne:",
    "yard": "True Temper:|Jackson:|Gorilla Carts:|Razor-Back:|Ames:|Fiskars:",
    "patio": "Hampton Bay:|StyleWell:|Sunjoy:|Patio Festival:|Crestlive Products:",
    "grill": "Weber:Spirit|Weber:Genesis|Char-Broil:Performance|Nexgrill:|Dyna-Glo:|Monument Grills:",
    "fastener": "Everbilt:|GRK Fasteners:|SPAX:|Hillman:|Deckmate:|Grip-Rite:|Simpson Strong-Tie:",
    "lock": "Kwikset:Juno|Kwikset:Tylo|Kwikset:Cove|Schlage:Plymouth|Schlage:Georgian|Defiant:|Baldwin:|Yale:Assure",
    "cabinethw": "Liberty:|Amerock:|Franklin Brass:|Hickory Hardware:|Richelieu:",
    "anchor": "Everbilt:|E-Z Ancor:|Toggler:|Hillman:|Cobra:",
    "vanity": "Glacier Bay:Everdean|Glacier Bay:Hampton|Home Decorators Collection:Sonoma"
    "|Home Decorators Collection:Hayward|Foremost:|Design House:|Project Source:",
    "bath": "American Standard:|Kohler:|Delta:|MAAX:|DreamLine:|Sterling:|Glacier Bay:",
    "bathfan": "Broan-NuTone:|Panasonic:WhisperCeiling|Delta Breez:|Homewerks:|Hunter:",
    "bathacc": "Moen:|Delta:|Franklin Brass:|Glacier Bay:|Kohler:|Pfister:",
    "cabinet": "Hampton Bay:Shaker|Hampton Bay:Hampton|Home Decorators Collection:Newport|Design House:|MILL'S PRIDE:",
    "closet": "ClosetMaid:|Rubbermaid:|Everbilt:|Closet Evolution:|Sauder:",
    "shed": "Suncast:|Rubbermaid:|Arrow:|Lifetime:|Keter:",
    "hvac": "LG:|GE:|Frigidaire:|Midea:|Amana:|Haier:|Whynter:",
    "heaterp": "Lasko:|Vornado:|De'Longhi:|Dr Infrared Heater:|Pelonis:|Comfort Zone:",
    "airfilter": "Filtrete:Allergen Defense|Filtrete:Healthy Living|Honeywell:|HDX:|Nordic Pure:|Aerostar:",
    "thermostat": "Honeywell Home:T5|Honeywell Home:T9|Google Nest:Learning|ecobee:Premium|Emerson:Sensi"
    "|Honeywell Home:",
    "portfan": "Lasko:|Hampton Bay:|Vornado:|Honeywell:|Comfort Zone:",
    "minisplit": "MRCOOL:DIY|Pioneer:|Senville:|GREE:",
    "door": "Masonite:|JELD-WEN:|Steves & Sons:|Feather River Doors:|Krosswood Doors:",
    "storm": "Larson:|Andersen:|Pella:|EMCO:",
    "window": "American Craftsman:|Pella:|Andersen:|JELD-WEN:|Milgard:",
    "blind": "Home Decorators Collection:|Levolor:|Bali:|Designer's Touch:|Chicology:",
    "opener": "Chamberlain:|Genie:|LiftMaster:|Skylink:",
    "weather": "M-D Building Products:|Frost King:|Everbilt:|Duck:",
}


@dataclass(frozen=True)
class Kind:
    department: str
    category: str
    name: str
    brands: tuple[tuple[str, str], ...]  # (brand, line or "")
    sizes: tuple[tuple[tuple[str, str], ...], ...]  # each choice: ((number, unit), ...)
    palette: tuple[Color, ...]
    materials: tuple[str, ...]
    features: tuple[tuple[str, str], ...]  # (title form, use it implies or "")
    uses: tuple[str, ...]
    other_names: tuple[str, ...]
    weight: int
    accessory_of: str
    template: str


_KINDS = """
lumber ; studs ; Stud ; none ; 2in*4in*8ft|2in*4in*92-5/8in|2in*4in*104-5/8in|2in*6in*8ft|2in*4in*10ft|2in*6in*12ft ; ; Kiln-Dried Whitewood|Premium Kiln-Dried Douglas Fir|Southern Yellow Pine|Spruce-Pine-Fir ; Premium|#2 Grade|Kiln-Dried ; framing|wall ; 2x4|lumber|board|framing lumber ; 5 ; ; S M F N
lumber ; lumber ; Lumber ; lumber ; 2in*4in*8ft|2in*6in*8ft|2in*6in*10ft|2in*8in*12ft|4in*4in*8ft|4in*4in*10ft|2in*10in*16ft ; ; Pressure-Treated Pine|Ground Contact Pressure-Treated|Cedar|Douglas Fir ; #2 Prime|Above Ground|Ground Contact|Kiln-Dried ; deck|outdoor|fence|framing ; treated lumber|pt lumber|wood|4x4 post ; 4 ; ; B S M F N
lumber ; sheet goods ; Plywood ; sheet ; 1/2in*4ft*8ft|3/4in*4ft*8ft|23/32in*4ft*8ft|1/4in*4ft*8ft|15/32in*4ft*8ft ; ; Sanded Pine|BC Sanded|Birch|CDX|Pressure-Treated ; Sanded|Tongue and Groove|Underlayment Grade ; subfloor|roof|cabinets|shelving ; sheathing|plywood sheet ; 3 ; ; S M F N
lumber ; sheet goods ; OSB Board ; sheet ; 7/16in*4ft*8ft|23/32in*4ft*8ft ; ; Oriented Strand ; Tongue and Groove|Radiant Barrier ; roof|subfloor|walls ; osb|sheathing|chip board ; 2 ; ; S M F N
lumber ; drywall ; Drywall Panel ; drywall ; 1/2in*4ft*8ft|1/2in*4ft*12ft|5/8in*4ft*8ft|1/4in*4ft*8ft ; ; Gypsum ; Mold Tough>bathroom|Lightweight|Fire Resistant|Moisture Resistant>bathroom ; walls|ceiling|bathroom|basement ; sheetrock|gypsum board|wallboard|sheet rock ; 3 ; ; B L S F N
lumber ; decking ; Composite Deck Board ; deck ; 1in*6in*16ft|1in*6in*12ft|1in*6in*20ft ; deck ; Composite|Capped Polymer ; Grooved Edge|Square Edge|Scalloped ; deck|outdoor|patio ; decking|composite decking|trex boards|deck boards ; 3 ; ; B L S M F N c
lumber ; fencing ; Fence Picket ; lumber ; 5/8in*5-1/2in*6ft|3/4in*5-1/2in*6ft|1/2in*4in*4ft|5/8in*5-1/2in*8ft ; ; Cedar|Pressure-Treated Pine|Vinyl|Western Red Cedar ; Dog-Ear|Flat Top|Gothic ; fence|outdoor|yard ; fence boards|fencing|privacy fence ; 3 ; ; B S M F N
lumber ; concrete ; Concrete Mix ; concrete ; 80lb|60lb|50lb|40lb ; ; ; Fast-Setting|High Strength|Crack Resistant|5000 psi ; posts|patio|sidewalk|outdoor ; cement|quickcrete|redi mix|fence post concrete ; 4 ; ; B S F N
lumber ; insulation ; Insulation Roll ; insul ; 13r*15in*32ft|19r*15in*25ft|30r*24in*25ft|13r*23in*32ft ; ; Fiberglass|Mineral Wool ; Kraft Faced|Unfaced|Faced ; attic|walls|basement|crawl space ; insulation|fiber glass insulation|pink insulation ; 3 ; ; B L S M F N
lumber ; moulding ; Crown Moulding ; trim ; 9/16in*3-5/8in*8ft|11/16in*4-5/8in*8ft|1/2in*3-1/4in*8ft ; ; Primed MDF|Pine|PVC|Polystyrene ; Primed|Paint Grade ; ceiling|trim|living room ; crown molding|molding|trim ; 2 ; ; B S M F N
lumber ; moulding ; Baseboard Moulding ; trim ; 1/2in*3-1/4in*8ft|9/16in*5-1/4in*8ft|5/8in*4-1/4in*8ft ; ; Primed MDF|Pine|PVC|Oak ; Primed|Colonial|Craftsman ; floor|trim|wall ; baseboard|base board|molding|trim board ; 3 ; ; B S M F N
plumbing ; pipe ; Pipe ; pipe ; 1/2in*10ft|3/4in*10ft|1in*10ft|1-1/2in*10ft|2in*10ft|3in*10ft|4in*10ft ; ; PVC Schedule 40|Copper Type L|Copper Type M|Galvanized Steel|CPVC|Black Steel ; Plain End|Bell End|Threaded ; water line|drain|sewer|gas line ; pvc|tubing|pvc pipe|water pipe ; 4 ; ; B S M F N
plumbing ; pipe ; PEX Pipe ; pipe ; 1/2in*100ft|3/4in*100ft|1/2in*20ft|1in*100ft ; basic ; PEX-A|PEX-B ; Non-Barrier|Oxygen Barrier ; water line|radiant heat ; pex|pex tubing|pex line ; 3 ; ; B S F N c
plumbing ; fittings ; Elbow Fitting ; pipe ; 1/2in|3/4in|1in|1-1/2in|2in|4in ; ; PVC|Copper|Brass|CPVC|Galvanized ; 90-Degree|45-Degree|Push-to-Connect|Slip x Slip|FIP x FIP ; drain|water line ; elbow|90 elbow|fitting|pipe fitting|pvc elbow ; 3 ; ; B S M F N
plumbing ; fittings ; Coupling ; pipe ; 1/2in|3/4in|1in|1-1/2in|2in|3in ; ; PVC|Copper|Brass|CPVC ; Slip|Push-to-Connect|Compression|Repair ; drain|water line ; fitting|pipe connector|pvc coupling ; 3 ; ; B S M F N
plumbing ; valves ; Ball Valve ; valve ; 1/2in|3/4in|1in ; ; Brass|PVC|Stainless Steel ; Full Port|Push-to-Connect|Sweat|FIP ; water line|main line ; shut off valve|water shut off|water valve ; 3 ; ; B S M F N
plumbing ; valves ; Angle Stop Valve ; valve ; 1/2in*3/8in|5/8in*3/8in ; ; Brass|Chrome-Plated Brass ; Quarter-Turn|Compression|Push-to-Connect ; toilet|sink|under sink ; shut off valve|supply stop|water stop ; 2 ; ; B S M F N
plumbing ; kitchen faucets ; Kitchen Faucet ; faucet ; ; metal ; ; Single-Handle|Pull-Down Sprayer|Touchless|Two-Handle|with Side Sprayer|High-Arc|Pull-Out Sprayer ; kitchen|sink ; sink faucet|kitchen tap ; 5 ; ; B L F N c
plumbing ; bathroom faucets ; Bathroom Faucet ; faucet ; 4in|8in ; metal ; ; Single Hole|Centerset|Widespread|2-Handle|Single-Handle|Low-Arc|Waterfall ; bathroom|vanity|sink ; lavatory faucet|sink faucet|bathroom sink faucet ; 4 ; ; B L S F N c
plumbing ; shower faucets ; Tub and Shower Faucet ; shower ; ; metal ; ; Single-Handle|1-Handle|with Valve|Pressure Balance|3-Handle ; bathroom|shower|tub ; shower faucet|shower valve|bathtub faucet ; 3 ; ; B L F N c
plumbing ; shower faucets ; Shower Trim Kit ; shower ; ; metal ; ; Single-Handle|Valve Not Included|Pressure Balance|Tub and Shower ; bathroom|shower ; shower faucet|shower handle|shower valve trim ; 2 ; ; B L F N c
plumbing ; shower heads ; Shower Head ; shower ; 6in|8in|10in|12in ; metal ; ; Fixed|Rain|5-Spray|1.8 GPM|Wall Mount|Ceiling Mount|Dual ; bathroom|shower ; showerhead|rain shower|rainfall shower head ; 4 ; ; B L S F N c
plumbing ; shower heads ; Handheld Shower Head ; shower ; ; metal ; ; 6-Spray|Magnetic|with Hose|Slide Bar|Massage ; bathroom|shower ; hand shower|shower wand|handheld showerhead ; 3 ; ; B L F N c
plumbing ; toilets ; Toilet ; toilet ; 12in ; toilet ; ; Elongated|Round|Two-Piece|One-Piece|Comfort Height|1.28 GPF|Dual Flush|Seat Included ; bathroom ; commode|toilet bowl|water closet ; 5 ; ; B L F N c
plumbing ; toilet repair ; Toilet Seat ; toiletpart ; ; toilet ; Plastic|Enameled Wood|Wood ; Elongated|Round|Slow-Close|Quick-Release|Closed Front ; bathroom ; toilet lid|soft close toilet seat ; 3 ; Toilet ; B M F N c
plumbing ; toilet repair ; Toilet Flapper ; toiletpart ; 2in|3in ; ; Rubber|Silicone ; Universal|Adjustable|Long Life ; bathroom|toilet tank ; flapper|toilet repair|flush valve seal ; 2 ; Toilet ; B S F N
plumbing ; toilet repair ; Toilet Fill Valve ; toiletpart ; ; ; ; Universal|Anti-Siphon|Adjustable|Quiet ; bathroom|toilet tank ; fill valve|toilet valve|ballcock|toilet repair kit ; 2 ; Toilet ; B F N
plumbing ; water heaters ; Water Heater ; heater ; 40gal|50gal|30gal|75gal ; ; ; Gas|Electric|Tall|Short|6-Year|12-Year|Power Vent|Hybrid Heat Pump ; garage|basement|utility room ; hot water heater|hot water tank|water tank ; 3 ; ; B L S F N
plumbing ; water heaters ; Tankless Water Heater ; heater ; 9.5gpm*199000btu|5.5gpm*120000btu|18w*240v ; ; ; Gas|Electric|Indoor|Outdoor>outdoor|Condensing ; garage|basement|utility room ; tankless|on demand water heater|instant hot water ; 2 ; ; B L S F N
plumbing ; disposals ; Garbage Disposal ; disposal ; 1/2hp|3/4hp|1/3hp|1hp ; ; ; Continuous Feed|Batch Feed|with Power Cord|Quiet ; kitchen|sink ; disposal|garbage disposer|food waste disposer ; 3 ; ; B L S F N
plumbing ; sinks ; Kitchen Sink ; sink ; 33in*22in|30in*18in|25in*22in|36in*21in ; ; Stainless Steel|Fireclay|Granite Composite|Cast Iron ; Undermount|Drop-In|Farmhouse|Single Bowl|Double Bowl|18-Gauge ; kitchen ; sink|farmhouse sink|kitchen basin ; 3 ; ; B L S M F N
plumbing ; pumps ; Sump Pump ; pump ; 1/3hp|1/2hp|3/4hp ; ; Cast Iron|Thermoplastic ; Submersible|Pedestal|Vertical Switch|Tethered Switch ; basement|crawl space ; basement pump|water pump|drain pump ; 2 ; ; B S M F N
plumbing ; water filtration ; Refrigerator Water Filter ; filter ; ; ; ; Replacement|NSF Certified|6-Month ; kitchen|fridge ; fridge filter|water filter|ice maker filter ; 3 ; Refrigerator ; B F N
electrical ; wire ; NM-B Wire ; wire ; 250ft*12/2wire|250ft*14/2wire|100ft*10/2wire|50ft*12/3wire|25ft*6/3wire ; ; Solid Copper|Stranded Copper ; with Ground|Yellow|White ; house wiring|outlets|lighting ; romex|electrical wire|house wire|12 gauge wire ; 3 ; ; B L S M F N
electrical ; cords ; Extension Cord ; cord ; 25ft*16/3wire|50ft*14/3wire|100ft*12/3wire|15ft*16/3wire ; basic ; ; Indoor/Outdoor>outdoor|Lighted End|Heavy Duty|Multi-Outlet ; garage|outdoor|yard ; power cord|extension|drop cord ; 3 ; ; B S F N c
electrical ; outlets ; Duplex Outlet ; device ; 15amp|20amp ; device ; ; Tamper Resistant|Decora|Weather Resistant>outdoor|Commercial Grade|Self-Grounding ; wall|kitchen|bedroom ; receptacle|plug|electrical outlet|wall outlet ; 4 ; ; B L S F N c
electrical ; outlets ; GFCI Outlet ; device ; 15amp|20amp ; device ; ; Tamper Resistant|Weather Resistant>outdoor|Self-Test|Dual Function ; bathroom|kitchen|outdoor|garage ; gfi|gfci receptacle|gfi outlet|ground fault outlet ; 3 ; ; B L S F N c
electrical ; outlets ; USB Outlet ; device ; 15amp|20amp ; device ; ; Type A and C|Tamper Resistant|4.0 Amp|Decora ; bedroom|kitchen|office ; usb receptacle|usb plug|charging outlet ; 2 ; ; B L S F N c
electrical ; switches ; Light Switch ; device ; 15amp ; device ; ; Single-Pole|3-Way|Rocker|Toggle|Decora|Illuminated ; wall|bedroom ; switch|rocker switch|wall switch|toggle switch ; 4 ; ; B L S F N c
electrical ; switches ; Dimmer Switch ; dimmer ; 600w|150w ; device ; ; Single-Pole|3-Way|LED|Slide|Smart|Rotary ; bedroom|dining room|living room ; dimmer|light dimmer|dimmer control ; 3 ; ; B L S F N c
electrical ; wall plates ; Wall Plate ; device ; ; device ; Nylon|Metal|Plastic ; 1-Gang|2-Gang|Decorator|Toggle|Duplex|Blank ; wall ; outlet cover|switch plate|cover plate|switch cover ; 3 ; Light Switch ; B M F N c
electrical ; breakers ; Circuit Breaker ; breaker ; 15amp|20amp|30amp|50amp|40amp ; ; ; Single-Pole|Double-Pole|AFCI|GFCI|Tandem|Plug-On ; electrical panel|panel ; breaker|breakers|circuit breakers ; 3 ; ; B L S F N
electrical ; panels ; Load Center ; breaker ; 100amp|200amp|125amp ; ; ; Main Breaker|Main Lug|Indoor|Outdoor>outdoor|20-Space ; garage|basement ; breaker box|electrical panel|breaker panel|fuse box ; 2 ; ; B L S F N
electrical ; boxes ; Electrical Box ; box ; 1gang|2gang ; ; PVC|Steel|Fiberglass ; Old Work|New Work|Round|Weatherproof>outdoor|Ceiling Fan Rated ; wall|ceiling ; junction box|outlet box|switch box|j box ; 3 ; ; B S M F N
electrical ; safety ; Smoke Detector ; alarm ; ; ; ; Battery Operated|Hardwired|10-Year Battery|Smoke and Carbon Monoxide|Photoelectric|Wireless ; bedroom|hallway|kitchen ; smoke alarm|fire alarm|smoke and co detector ; 3 ; ; B L F N
lighting ; ceiling fans ; Ceiling Fan ; fan ; 42in|44in|52in|54in|60in|70in ; metal ; ; LED|Indoor/Outdoor>outdoor|with Remote|with Light Kit|Smart|Flush Mount|DC Motor ; bedroom|living room|patio|porch ; paddle fan|ceiling fans with lights|fan with light ; 5 ; ; B L S F N c
lighting ; ceiling fan parts ; Ceiling Fan Light Kit ; fan ; ; metal ; ; LED|3-Light|Universal|Frosted Glass ; bedroom|living room ; fan light|fan light kit|replacement fan light ; 2 ; Ceiling Fan ; B F N c
lighting ; ceiling fan parts ; Ceiling Fan Downrod ; fan ; 6in|12in|18in|24in|36in|48in ; metal ; ; Extension|Universal|Angled Ceiling ; living room|vaulted ceiling ; downrod|fan extension rod|fan rod ; 2 ; Ceiling Fan ; B S F N c
lighting ; light bulbs ; LED Light Bulb ; bulb ; 40w|60w|75w|100w ; ; ; A19|BR30|A21|Dimmable|Soft White|Daylight|Non-Dimmable|Smart|Equivalent|E26 ; lamp|ceiling|bedroom|living room ; light bulbs|bulbs|led bulbs|lightbulb ; 5 ; ; B L S F N
lighting ; ceiling lights ; Flush Mount Light ; light ; 11in|13in|15in|18in ; metal ; ; LED|2-Light|3-Light|Frosted Glass|Dimmable|Integrated LED ; hallway|bedroom|kitchen|closet ; ceiling light|light fixture|flush mount ceiling light|dome light ; 4 ; ; B S F N c
lighting ; ceiling lights ; Pendant Light ; light ; 1light|3light|5light ; metal ; ; Clear Glass|Seeded Glass|Mini|Drum|Adjustable|Farmhouse ; kitchen island|dining room|kitchen ; hanging light|light fixture|island light|pendant lamp ; 3 ; ; B S F N c
lighting ; chandeliers ; Chandelier ; light ; 3light|5light|6light|8light ; metal ; ; Candle|Crystal|Farmhouse|Wagon Wheel|Drum|Rustic ; dining room|foyer|living room ; dining room light|light fixture|hanging chandelier ; 3 ; ; B S F N c
lighting ; bath lighting ; Vanity Light ; light ; 1light|2light|3light|4light ; metal ; ; LED|Clear Glass|Frosted Glass|Dimmable|Bath Bar ; bathroom|vanity|mirror ; bathroom light|bath light|bathroom light fixture|light over mirror ; 4 ; ; B S F N c
lighting ; outdoor lighting ; Outdoor Wall Lantern ; outlight ; 1light|2light ; metal ; ; Dusk to Dawn|Motion Sensing|Clear Glass|Seeded Glass|LED ; porch|outdoor|garage|front door ; porch light|outdoor light|exterior light fixture|outside light ; 3 ; ; B S F N c
lighting ; recessed lighting ; Recessed Light ; light ; 4in|6in|5in ; ; ; Canless|Integrated LED|Wafer|Remodel|New Construction|Adjustable Color Temperature ; kitchen|living room|ceiling|basement ; can light|pot light|recessed lighting|canless lights ; 4 ; ; B S F N
lighting ; outdoor lighting ; Security Flood Light ; outlight ; 1500w|2000w|3000w ; basic ; ; Motion Sensing|Dusk to Dawn|Solar|Dual Head|Triple Head|Hardwired ; outdoor|garage|driveway|yard ; motion light|outdoor security light|floodlight|flood lamp ; 3 ; ; B S F N c
lighting ; outdoor lighting ; Path Light ; outlight ; 4piece|6piece|8piece ; basic ; ; Solar|Low Voltage|LED|Stainless Steel ; garden|walkway|yard|outdoor ; solar lights|walkway lights|landscape lights|pathway lights ; 3 ; ; B S F N c
tools ; drills ; Drill/Driver ; tool ; 20v*1/2in|18v*1/2in|12v*3/8in ; ; ; Cordless|Brushless|Compact|Tool Only|Kit|2-Speed ; woodworking|construction ; drill|power drill|cordless drill|drill driver ; 5 ; ; B L S F N
tools ; drills ; Impact Driver ; tool ; 20v*1/4in|18v*1/4in|12v*1/4in ; ; ; Cordless|Brushless|Tool Only|Kit|Hex|3-Speed ; construction|decking ; impact|impact drill|impact gun ; 4 ; ; B L S F N
tools ; drills ; Hammer Drill ; tool ; 20v*1/2in|18v*1/2in|8amp*1/2in ; ; ; Cordless|Corded|Brushless|Tool Only|Kit ; masonry|concrete ; hammerdrill|masonry drill|concrete drill ; 3 ; ; B L S F N
tools ; saws ; Circular Saw ; tool ; 7-1/4in|6-1/2in|5-1/2in ; ; ; Cordless|Corded|15 Amp|Worm Drive|Brushless|Tool Only ; framing|woodworking ; skil saw|skilsaw|circ saw|wood saw ; 4 ; ; B L S F N
tools ; saw blades ; Circular Saw Blade ; blade ; 7-1/4in*24tooth|7-1/4in*40tooth|10in*60tooth|6-1/2in*24tooth|12in*80tooth ; ; Carbide|Steel ; Framing|Finishing|Thin Kerf|Fine Finish ; framing|woodworking ; saw blade|skil saw blade|wood blade ; 3 ; Circular Saw ; B L S M F N
tools ; saws ; Miter Saw ; tool ; 10in|12in|7-1/4in ; ; ; Sliding|Compound|Dual Bevel|Corded|Cordless|15 Amp ; trim|framing|woodworking ; chop saw|compound saw|mitre saw ; 3 ; ; B L S F N
tools ; saws ; Reciprocating Saw ; tool ; 20v|18v|12amp ; ; ; Cordless|Corded|Brushless|Orbital|Tool Only|Compact ; demolition|pruning ; sawzall|recip saw|sawsall|demo saw ; 3 ; ; B L S F N
tools ; saw blades ; Reciprocating Saw Blade ; blade ; 6in|9in|12in ; ; Bi-Metal|Carbide ; Wood|Metal|Demolition|Pruning|5-Piece ; demolition|pruning ; sawzall blades|recip blades ; 2 ; Reciprocating Saw ; B L S M F N
tools ; saws ; Jig Saw ; tool ; 20v|18v|6amp ; ; ; Cordless|Corded|Orbital|Variable Speed|Tool Only ; woodworking|crafts ; jigsaw|scroll saw|curve saw ; 2 ; ; B L S F N
tools ; vacuums ; Wet/Dry Vacuum ; vac ; 5gal|9gal|12gal|16gal|14gal ; ; ; 5.0 Peak HP|6.0 Peak HP|Portable|Cordless|Detachable Blower ; garage|workshop|car ; shop vac|shopvac|wet dry vac|garage vacuum ; 4 ; ; B L S F N
tools ; tool storage ; Rolling Tool Chest ; storage ; 26in*5drawer|41in*9drawer|46in*10drawer|52in*15drawer ; basic ; Steel ; Ball-Bearing Slides|Mobile Workbench|Soft Close|Power Strip ; garage|workshop ; toolbox|tool box|tool cabinet|mechanic chest ; 3 ; ; B L S M F N c
tools ; tool storage ; Tool Box ; storage ; 16in|22in|26in ; basic ; Plastic|Steel|Resin ; Modular|Portable|Waterproof|Organizer Lid ; garage|truck|jobsite ; toolbox|tool bag|tool case ; 3 ; ; B L S M F N c
tools ; hand tools ; Socket Set ; hand ; 1/4in|3/8in|1/2in ; ; Chrome Vanadium|Steel ; SAE|Metric|SAE and Metric|120-Piece|Mechanics|Impact ; automotive|garage ; sockets|mechanics tool set|ratchet set|wrench set ; 3 ; ; B L S M F N
tools ; hand tools ; Claw Hammer ; hand ; 16oz|20oz|22oz|28oz ; ; Fiberglass|Steel|Hickory|Titanium ; Curved Claw|Rip Claw|Smooth Face|Milled Face|Framing ; framing|carpentry ; hammer|framing hammer|nail hammer ; 3 ; ; B L S M F N
tools ; hand tools ; Tape Measure ; hand ; 25ft|16ft|30ft|35ft ; ; ; Magnetic|Auto Lock|Compact|Heavy Duty ; construction|carpentry ; measuring tape|tape|tape measurer ; 3 ; ; B L S F N
tools ; hand tools ; Level ; hand ; 24in|48in|9in|72in ; ; Aluminum|Plastic ; Box Beam|Torpedo|Magnetic|I-Beam|Digital ; construction|carpentry|framing ; bubble level|torpedo level|spirit level ; 2 ; ; B L S M F N
tools ; air tools ; Air Compressor ; compressor ; 6gal|20gal|30gal|8gal|1gal ; ; ; Pancake|Portable|Oil-Free|Electric|Quiet|Vertical ; garage|workshop|tires ; compressor|air pump|pancake compressor ; 3 ; ; B L S F N
tools ; pressure washers ; Pressure Washer ; washer ; 3100psi|2000psi|3300psi|1800psi|4200psi ; ; ; Gas|Electric|Cold Water|2.3 GPM|Cordless|Surface Cleaner ; driveway|deck|house|outdoor ; power washer|powerwasher|pressure cleaner|jet washer ; 4 ; ; B L S F N
tools ; ladders ; Step Ladder ; ladder ; 4ft|6ft|8ft|10ft|12ft ; ; Aluminum|Fiberglass ; Type IA|Type II|300 lb. Load Capacity|225 lb. Load Capacity|Platform ; indoor|painting|garage ; ladder|step stool|stepladder ; 4 ; ; B L S M F N
tools ; ladders ; Extension Ladder ; ladder ; 16ft|20ft|24ft|28ft|32ft|40ft ; ; Aluminum|Fiberglass ; Type IA|Type II|300 lb. Load Capacity|D-Rung ; roof|gutters|outdoor ; ladder|extension ladder|roof ladder ; 3 ; ; B L S M F N
tools ; wrenches ; Pipe Wrench ; hand ; 10in|14in|18in|24in ; ; Aluminum|Cast Iron|Steel ; Straight|Heavy Duty|Offset ; plumbing ; wrench|plumbing wrench|monkey wrench ; 2 ; ; B L S M F N
paint ; interior paint ; Interior Paint and Primer ; paint ; 1gal|5gal|1qt|8oz ; paint ; ; Flat|Eggshell|Satin|Semi-Gloss|Matte|Low Odor|One-Coat ; walls|bedroom|living room|bathroom|ceiling ; wall paint|paint|house paint|latex paint ; 5 ; ; B L S c F N
paint ; exterior paint ; Exterior Paint and Primer ; paint ; 1gal|5gal ; paint ; ; Flat|Satin|Semi-Gloss|Low Lustre ; siding|outdoor|house|trim ; outdoor paint|house paint|siding paint ; 3 ; ; B L S c F N
paint ; spray paint ; Spray Paint ; spray ; 12oz|11oz|10oz ; basic ; ; Gloss|Flat|Satin|Metallic|Hammered|Primer ; furniture|metal|crafts|outdoor ; spray can|paint spray|rattle can ; 4 ; ; B L S F c N
paint ; paint tools ; Paint Roller Cover ; applicator ; 9in*3/8in|9in*1/2in|4in*3/8in|18in*1/2in ; ; Woven|Microfiber|Polyester ; 3-Pack|Lint Free|High Density ; walls|ceiling ; paint roller|roller|roller refill|roller sleeve ; 3 ; Interior Paint and Primer ; B S M F N
paint ; paint tools ; Paint Brush ; applicator ; 1-1/2in|2in|2-1/2in|3in|4in ; ; Nylon|Polyester|Natural Bristle ; Angled Sash|Flat|Short Handle|Trim ; trim|walls|cabinets ; brush|paintbrush|angle brush ; 3 ; Interior Paint and Primer ; B S F M N
paint ; stains ; Deck Stain ; stain ; 1gal|5gal ; deck ; ; Semi-Transparent|Solid Color|Waterproofing|Transparent ; deck|fence|outdoor ; deck paint|fence stain|wood sealer|deck sealer ; 3 ; ; B L S c F N
paint ; stains ; Wood Stain ; stain ; 1qt|8oz|1gal ; wood ; ; Oil-Based|Water-Based|Penetrating|Gel ; furniture|cabinets|floors|trim ; stain|furniture stain|minwax stain ; 3 ; ; B L S c F N
paint ; caulk ; Caulk ; caulk ; 10.1oz|5.5oz|2.8oz ; basic ; Acrylic Latex|Silicone|Polyurethane ; Kitchen and Bath>bathroom|Paintable|Waterproof|Mold Resistant|Window and Door ; bathroom|kitchen|windows|trim|tub ; silicone|sealant|caulking|bathtub sealant ; 4 ; ; B L S c M F N
paint ; paint tools ; Painter's Tape ; tape ; 1.41in*60yd|0.94in*60yd|1.88in*60yd ; ; ; Multi-Surface|Delicate Surface|Exterior|Clean Lines ; walls|trim|windows ; blue tape|masking tape|painters tape|painting tape ; 3 ; ; B S F N
flooring ; flooring ; Luxury Vinyl Plank Flooring ; floor ; 7.1in*48in|8.7in*59.4in|6in*36in ; floor ; ; Waterproof|Click Lock|Rigid Core|12 mil|20 mil|Glue Down ; kitchen|bathroom|basement|living room ; lvp|vinyl flooring|luxury vinyl|vinyl plank|waterproof flooring ; 5 ; ; B L S c F N
flooring ; flooring ; Laminate Flooring ; floor ; 12mm|10mm|8mm ; floor ; ; Water Resistant|Click Lock|Attached Pad|Hand Scraped ; living room|bedroom|kitchen ; laminate|laminate floor|wood look flooring ; 4 ; ; B L S c F N
flooring ; flooring ; Engineered Hardwood Flooring ; floor ; 3/8in*5in|1/2in*7-1/2in|3/4in*3-1/4in ; floor ; Oak|Hickory|Maple|Acacia ; Click Lock|Wire Brushed|Hand Scraped|Solid ; living room|bedroom|dining room ; hardwood|wood floor|hardwood floors|engineered wood ; 3 ; ; B L S c M F N
flooring ; tile ; Porcelain Floor and Wall Tile ; tile ; 12in*24in|12in*12in|24in*24in|6in*24in ; basic ; Porcelain|Ceramic ; Marble Look|Wood Look|Matte|Polished|Glazed ; bathroom|kitchen|shower|floor ; tile|floor tile|ceramic tile|bathroom tile ; 4 ; ; B L S M F N c
flooring ; tile ; Subway Tile ; tile ; 3in*6in|4in*12in|2in*8in ; basic ; Ceramic|Glass|Porcelain ; Glossy|Matte|Beveled|Handmade Look ; backsplash|kitchen|bathroom|shower ; backsplash tile|backsplash|wall tile|kitchen backsplash ; 3 ; ; B L S M F N c
flooring ; rugs ; Area Rug ; rug ; 5ft*7ft|8ft*10ft|2ft*3ft|9ft*12ft|2ft*8ft ; basic ; Polypropylene|Wool|Jute ; Indoor/Outdoor>outdoor|Washable|Shag|Medallion|Striped ; living room|bedroom|dining room ; rug|carpet|runner|rugs ; 3 ; ; B L S c F N
flooring ; tile tools ; Tile Grout ; grout ; 10lb|25lb|1gal ; basic ; Sanded|Unsanded|Urethane ; Premixed|Stain Resistant|Polymer-Modified ; bathroom|kitchen|shower|floor ; grout|tile grout|sanded grout ; 2 ; Porcelain Floor and Wall Tile ; B L S c M F N
flooring ; flooring ; Flooring Underlayment ; floor ; 100sqft|200sqft|630sqft ; ; Foam|Cork|Felt|Rubber ; Vapor Barrier|Sound Reduction|Attached Tape ; basement|living room|bedroom ; underlayment|floor padding|laminate pad ; 2 ; Laminate Flooring ; B S M F N
appliances ; refrigerators ; Refrigerator ; appliance ; 25cuft|28cuft|21cuft|18cuft|26cuft|36in ; appliance ; ; French Door|Side by Side|Top Freezer|Bottom Freezer|Counter Depth|with Ice Maker|Energy Star ; kitchen|garage ; fridge|refrigerator freezer|frig|ice box ; 5 ; ; B L S F N c
appliances ; laundry ; Washer ; appliance ; 4.5cuft|5.0cuft|4.8cuft|3.5cuft ; appliance ; ; High Efficiency|Top Load|Front Load|Smart|with Agitator|Steam ; laundry room|basement ; washing machine|clothes washer|washers ; 4 ; ; B L S F N c
appliances ; laundry ; Electric Dryer ; appliance ; 7.4cuft|7.3cuft|7.0cuft ; appliance ; ; Steam|Sensor Dry|Smart|Front Load|Vented ; laundry room|basement ; dryer|clothes dryer|electric clothes dryer ; 4 ; ; B L S F N c
appliances ; laundry ; Gas Dryer ; appliance ; 7.4cuft|7.3cuft ; appliance ; ; Steam|Sensor Dry|Smart|Vented ; laundry room|basement ; dryer|propane dryer|natural gas dryer ; 2 ; ; B L S F N c
appliances ; dishwashers ; Dishwasher ; appliance ; 24in|18in ; appliance ; ; Built-In|Top Control|Front Control|Stainless Steel Tub|Third Rack|Quiet ; kitchen ; dish washer|dishwashers|built in dishwasher ; 4 ; ; B L S F N c
appliances ; ranges ; Electric Range ; appliance ; 30in|5.3cuft|6.3cuft ; appliance ; ; Freestanding|Slide-In|Convection|Self-Cleaning|Smooth Top|Air Fry ; kitchen ; stove|oven|electric stove|cooktop stove ; 4 ; ; B L S F N c
appliances ; ranges ; Gas Range ; appliance ; 30in|5.0cuft|5.8cuft ; appliance ; ; Freestanding|Slide-In|Convection|Self-Cleaning|5-Burner|Air Fry ; kitchen ; stove|gas stove|oven|propane stove ; 3 ; ; B L S F N c
appliances ; microwaves ; Over-the-Range Microwave ; appliance ; 1.7cuft|1.9cuft|2.1cuft|30in ; appliance ; ; Sensor Cooking|Convection|Vented|1000-Watt ; kitchen|above stove ; otr microwave|microwave oven|above range microwave|microwave hood ; 3 ; ; B L S F N c
appliances ; microwaves ; Countertop Microwave ; appliance ; 1.1cuft|1.6cuft|2.2cuft|0.7cuft ; appliance ; ; Sensor Cooking|1100-Watt|Inverter|Air Fry ; kitchen|office|dorm ; microwave|microwave oven|small microwave ; 3 ; ; B L S F N c
appliances ; range hoods ; Range Hood ; appliance ; 30in|36in|24in ; appliance ; ; Under Cabinet|Wall Mount|Ducted|Ductless|Convertible|LED Lighting ; kitchen|above stove ; vent hood|exhaust hood|stove vent|kitchen hood|stove hood ; 3 ; ; B L S F N c
appliances ; freezers ; Chest Freezer ; appliance ; 7cuft|5cuft|10.2cuft|14.8cuft ; appliance ; ; Garage Ready|Manual Defrost|Energy Star|with Basket ; garage|basement ; deep freezer|freezer|freezer chest ; 3 ; ; B L S F N c
appliances ; freezers ; Upright Freezer ; appliance ; 13cuft|17cuft|20cuft ; appliance ; ; Garage Ready|Frost Free|Energy Star|Convertible ; garage|basement|kitchen ; freezer|stand up freezer|upright deep freezer ; 2 ; ; B L S F N c
appliances ; laundry parts ; Dryer Vent Hose ; weather ; 4in*8ft|4in*5ft|4in*25ft ; ; Aluminum Foil|Vinyl|Semi-Rigid Aluminum ; Flexible|Clamps Included|UL Listed ; laundry room ; dryer vent|dryer hose|dryer duct|vent hose ; 2 ; Electric Dryer ; B S M F N
garden ; hoses ; Garden Hose ; hose ; 50ft*5/8in|100ft*5/8in|25ft*1/2in|75ft*5/8in|50ft*3/4in ; basic ; Rubber|Vinyl|Hybrid Polymer ; Heavy Duty|Kink Free|Expandable|Lightweight|Drinking Water Safe ; garden|lawn|yard|outdoor ; water hose|hose|hose pipe|expandable hose ; 4 ; ; B L S M F N c
garden ; hose accessories ; Hose Nozzle ; hose ; ; basic ; Metal|Plastic|Zinc ; 8-Pattern|10-Pattern|Pistol Grip|Fireman|Adjustable ; garden|lawn|car wash ; spray nozzle|hose sprayer|water nozzle|hose attachment ; 3 ; Garden Hose ; B L M F N
garden ; watering ; Sprinkler ; hose ; 3600sqft|4500sqft|2800sqft ; ; Metal|Plastic ; Oscillating|Impact|Pulsating|Rotary|Stationary|Turbo ; lawn|yard|garden ; lawn sprinkler|water sprinkler|sprinkler head ; 3 ; ; B L S M F N
garden ; mowers ; Lawn Mower ; mower ; 21in|20in|22in|30in ; ; ; Gas|Cordless|Self-Propelled|Push|Walk-Behind|Mulching|Electric ; lawn|yard ; lawnmower|mower|push mower|grass cutter ; 5 ; ; B L S F N
garden ; trimmers ; String Trimmer ; mower ; 40v|56v|18v|25cc ; ; ; Gas|Cordless|Curved Shaft|Straight Shaft|Attachment Capable|Battery ; lawn|yard ; weed eater|weed wacker|weedeater|weed whacker|edger ; 4 ; ; B L S F N
garden ; trimmers ; Trimmer Line ; mower ; 0.080in*200ft|0.095in*500ft|0.065in*40ft ; ; Nylon|Co-Polymer ; Twisted|Round|Square|Pre-Cut ; lawn|yard ; weed eater string|trimmer string|weed wacker line ; 2 ; String Trimmer ; B S M F N
garden ; blowers ; Leaf Blower ; mower ; 40v|56v|25cc|12amp ; ; ; Gas|Cordless|Backpack|Handheld|Brushless|Variable Speed ; yard|lawn|driveway ; blower|leaf vacuum|backpack blower ; 4 ; ; B L S F N
garden ; mulch ; Mulch ; garden ; 2cuft|1.5cuft|3cuft ; basic ; Wood|Rubber|Cypress|Pine Bark ; Dyed|Natural|Color Enhanced ; garden|landscaping|flower bed ; bark|landscape mulch|mulch bags|wood chips ; 3 ; ; B L S c M F N
garden ; soil ; Potting Mix ; garden ; 1cuft|2cuft|8qt|16qt ; ; ; Organic|Moisture Control|Indoor|Outdoor|Cactus ; plants|containers|garden ; potting soil|dirt|soil|planting soil ; 3 ; ; B L S F N
garden ; planters ; Planter ; planter ; 12in|16in|24in|8in|20in ; basic ; Resin|Ceramic|Terracotta|Fiberglass|Plastic ; Self-Watering|Round|Square|Hanging|Drainage Hole ; patio|porch|indoor|garden ; flower pot|pot|plant pot|flower pots ; 3 ; ; B L S c M F N
garden ; yard tools ; Wheelbarrow ; yard ; 6cuft|4cuft|8cuft ; basic ; Steel|Poly ; Dual Wheel|Flat Free Tire|Pneumatic Tire ; garden|yard|construction ; wheel barrow|yard cart|garden cart ; 2 ; ; B L S M F N
garden ; yard tools ; Round Point Shovel ; yard ; 48in|41in ; ; Steel|Fiberglass|Wood ; Fiberglass Handle|D-Grip|Long Handle ; garden|yard|digging ; shovel|digging shovel|spade ; 3 ; ; B L S M F N
garden ; lawn care ; Grass Seed ; lawn ; 7lb|20lb|3lb|15lb ; ; ; Sun and Shade|Tall Fescue|Kentucky Bluegrass|Bermudagrass|Dense Shade ; lawn|yard ; lawn seed|grass|seed ; 4 ; ; B L S F N
garden ; lawn care ; Lawn Fertilizer ; lawn ; 5000sqft|15000sqft|12.5lb ; ; ; Weed and Feed|Triple Action|Winterguard|Crabgrass Preventer ; lawn|yard ; lawn food|fertilizer|weed killer ; 4 ; ; B L S F N
garden ; patio furniture ; Patio Dining Set ; patio ; 5piece|7piece|3piece|9piece ; basic ; Steel|Aluminum|Wicker|Teak ; Cushioned|Swivel|Wicker|Sling ; patio|deck|outdoor|backyard ; outdoor furniture|patio furniture|outdoor table and chairs ; 3 ; ; B L S M F N c
garden ; grills ; Gas Grill ; grill ; 3burner|4burner|2burner|5burner ; basic ; ; Propane|Natural Gas|Side Burner|Stainless Steel ; patio|backyard|deck|outdoor ; bbq grill|barbecue|grill|propane grill|bbq ; 4 ; ; B L S F N c
hardware ; screws ; Wood Screws ; fastener ; 8no*1-1/4in|8no*2in|10no*3in|9no*2-1/2in|8no*3in ; ; Zinc-Plated|Stainless Steel|Yellow Zinc ; Phillips|Star Drive|Flat Head|Coarse Thread|Interior ; woodworking|furniture|framing ; screws|wood screw|construction screws ; 4 ; ; B S M F N
hardware ; screws ; Deck Screws ; fastener ; 8no*2-1/2in|10no*3in|9no*2-1/2in|10no*3-1/2in ; ; Exterior Coated|Stainless Steel|Polymer Coated ; Star Drive|Composite|Wood|1 lb. Box|5 lb. Box ; deck|outdoor|fence ; decking screws|deck screw|exterior screws ; 3 ; ; B S M F N
hardware ; screws ; Drywall Screws ; fastener ; 6no*1-1/4in|6no*1-5/8in|8no*2in|6no*2in ; ; Phosphate|Zinc-Plated ; Bugle-Head|Coarse Thread|Fine Thread|Phillips ; walls|ceiling ; sheetrock screws|drywall screw|black screws ; 3 ; ; B S M F N
hardware ; bolts ; Hex Bolt ; fastener ; 3/8in*4in|1/2in*6in|1/4in*2in|5/16in*3in|1/2in*8in ; ; Galvanized|Zinc-Plated|Stainless Steel|Grade 8 ; Grade 5|Fully Threaded|Partially Threaded ; deck|framing|outdoor ; bolt|bolts|machine bolt|carriage bolt ; 3 ; ; B S M F N
hardware ; bolts ; Lag Screw ; fastener ; 5/16in*3in|3/8in*4in|1/4in*2-1/2in|1/2in*6in ; ; Galvanized|Zinc-Plated|Stainless Steel ; Hex Head|Structural ; deck|framing|ledger ; lag bolt|lag bolts|lags ; 2 ; ; B S M F N
hardware ; nails ; Framing Nails ; fastener ; 16penny|8penny|10penny|12penny ; ; Bright|Hot-Dipped Galvanized|Vinyl Coated ; Smooth Shank|Ring Shank|Common|Sinker|5 lb. Box ; framing|construction ; nails|nail|common nails|16d nails ; 3 ; ; B S M F N
hardware ; door hardware ; Entry Door Knob ; lock ; ; metal ; ; Keyed Entry|SmartKey|Privacy|Passage|Dummy ; front door|bedroom|bathroom ; doorknob|door handle|door knobs|front door knob ; 4 ; ; B L F N c
hardware ; door hardware ; Door Lever ; lock ; ; metal ; ; Keyed Entry|Privacy|Passage|Reversible|Square ; bedroom|bathroom|closet ; door handle|lever handle|door levers ; 3 ; ; B L F N c
hardware ; locks ; Deadbolt ; lock ; ; metal ; ; Single Cylinder|Double Cylinder|Keyed|SmartKey|Keypad ; front door|entry door ; lock|door lock|dead bolt|front door lock ; 3 ; ; B L F N c
hardware ; locks ; Smart Lock ; lock ; ; metal ; ; Keypad|Wi-Fi|Fingerprint|Touchscreen|Bluetooth|Z-Wave ; front door|entry door ; keyless entry|electronic door lock|keypad lock|wifi lock ; 3 ; ; B L F N c
hardware ; door hardware ; Door Hinge ; lock ; 3-1/2in|4in|3in ; metal ; Steel|Solid Brass ; Square Corner|5/8 in. Radius|Residential|2-Pack|3-Pack ; interior door|bedroom ; hinges|door hinges|butt hinge ; 3 ; ; B S M F N c
hardware ; cabinet hardware ; Cabinet Pull ; cabinethw ; 3in|3-3/4in|5-1/16in|6-5/16in|96mm|128mm ; metal ; ; Bar|Cup|Arch|10-Pack|Modern|Farmhouse ; kitchen|bathroom|dresser ; drawer pulls|cabinet handles|drawer handles|kitchen handles ; 4 ; ; B L S F N c
hardware ; cabinet hardware ; Cabinet Knob ; cabinethw ; 1-1/4in|1-3/8in|1-1/8in ; metal ; ; Round|Square|Mushroom|10-Pack|Glass ; kitchen|bathroom|dresser ; drawer knobs|cabinet knobs|knob ; 3 ; ; B L S F N c
hardware ; shelving hardware ; Shelf Bracket ; anchor ; 8in|10in|12in|6in ; basic ; Steel|Wood|Cast Iron ; Decorative|Heavy Duty|Floating|L-Shaped ; wall|garage|closet ; bracket|shelf brackets|l bracket|shelf support ; 3 ; ; B S M F N c
hardware ; anchors ; Drywall Anchor ; anchor ; 1/4in*1-1/4in|3/16in*3in|8no*1in ; ; Plastic|Zinc|Nylon ; Self-Drilling|Toggle|Hollow Wall|Ribbed|50-Pack ; walls|drywall ; wall anchors|anchors|toggle bolts|molly bolts ; 3 ; ; B S M F N
hardware ; locks ; Padlock ; lock ; 1-9/16in|2in|2-1/2in ; ; Laminated Steel|Brass|Stainless Steel ; Keyed|Combination|Weatherproof>outdoor|Shrouded ; gate|shed|locker ; lock|combination lock|pad lock ; 2 ; ; B S M F N
kitchen and bath ; vanities ; Bath Vanity ; vanity ; 24in|30in|36in|48in|60in|72in ; wood ; ; with Top|with Sink|Single Sink|Double Sink|Freestanding|Floating|Carrara Marble Top ; bathroom ; vanity|bathroom vanity|bathroom sink cabinet|sink vanity ; 5 ; ; B L S F N c
kitchen and bath ; vanities ; Vanity Top ; vanity ; 25in|31in|37in|49in|61in ; basic ; Cultured Marble|Quartz|Granite ; with Sink|Single Sink|Double Sink|Integrated Basin ; bathroom ; sink top|vanity countertop|bathroom countertop ; 3 ; Bath Vanity ; B L S M F N c
kitchen and bath ; tubs ; Alcove Bathtub ; bath ; 60in*30in|60in*32in|54in*30in|60in*36in ; basic ; Acrylic|Fiberglass|Enameled Steel|Cast Iron ; Left Drain|Right Drain|Soaking|Whirlpool ; bathroom ; tub|bath tub|bathtubs|soaking tub ; 3 ; ; B L S M F N c
kitchen and bath ; shower doors ; Shower Door ; bath ; 60in*72in|48in*72in|36in*72in|60in*58in ; metal ; ; Frameless|Sliding|Pivot|Semi-Frameless|Clear Glass ; bathroom|shower|tub ; glass shower door|tub door|sliding shower door ; 3 ; ; B L S F N c
kitchen and bath ; medicine cabinets ; Medicine Cabinet ; bathacc ; 15in*26in|20in*26in|24in*30in|30in*26in ; basic ; Aluminum|Wood ; Recessed|Surface-Mount|Mirrored|Framed|Frameless|LED ; bathroom ; bathroom mirror cabinet|mirror cabinet|bathroom cabinet ; 3 ; ; B L S M F N c
kitchen and bath ; bath fans ; Exhaust Fan ; bathfan ; 80cfm|110cfm|50cfm|150cfm ; ; ; with Light|Humidity Sensing|Ceiling Mount|Quiet|Bluetooth Speaker|Energy Star ; bathroom|laundry room ; bathroom fan|vent fan|bath fan|bathroom exhaust ; 3 ; ; B L S F N
kitchen and bath ; bath accessories ; Towel Bar ; bathacc ; 18in|24in|30in ; metal ; ; Wall Mount|Double|Adjustable ; bathroom ; towel rack|towel holder|towel rod ; 3 ; ; B L S F N c
kitchen and bath ; bath accessories ; Toilet Paper Holder ; bathacc ; ; metal ; ; Wall Mount|Freestanding|Pivoting|Double Post ; bathroom ; tp holder|toilet roll holder|paper holder ; 3 ; ; B L F N c
kitchen and bath ; kitchen cabinets ; Kitchen Cabinet ; cabinet ; 30in*34-1/2in*24in|36in*34-1/2in*24in|30in*30in*12in|18in*34-1/2in*24in|24in*34-1/2in*24in ; wood ; ; Base|Wall|Assembled|Shaker|Sink Base|Drawer Base ; kitchen ; cabinets|kitchen cabinets|base cabinet|upper cabinet ; 4 ; ; B L S F N c
storage ; shelving ; Shelving Unit ; storage ; 48in*24in*72in|36in*18in*72in|48in*18in*72in|77in*24in*78in ; basic ; Steel|Wire|Plastic|Resin ; 5-Tier|4-Tier|Heavy Duty|Boltless|Freestanding ; garage|basement|pantry ; storage shelves|metal shelving|shelves|garage shelves ; 4 ; ; B L S M F N c
storage ; storage bins ; Storage Tote ; storage ; 27gal|18gal|12gal|55qt|66qt ; basic ; Plastic ; with Lid|Latching|Clear|Stackable ; garage|closet|attic ; tote|plastic bins|storage containers|storage bins ; 3 ; ; B L S M F N c
storage ; closet ; Closet System ; closet ; 5ft*8ft|4ft*6ft|3ft*6ft ; wood ; Wire|Wood|Laminate ; Adjustable|Expandable|with Drawers|Wall Mount ; closet|bedroom ; closet organizer|closet shelving|closet kit ; 3 ; ; B L S M F N c
storage ; shelving ; Floating Shelf ; closet ; 24in|36in|48in|12in ; wood ; Wood|MDF|Pine ; Decorative|Hidden Bracket|Rustic ; wall|living room|kitchen ; wall shelf|wall shelves|floating shelves ; 3 ; ; B L S M F N c
storage ; workbenches ; Workbench ; storage ; 4ft|6ft|8ft|62in ; basic ; Steel|Wood|Solid Wood ; Adjustable Height|with Pegboard|with Drawers|Mobile ; garage|workshop ; work table|work bench|garage table ; 3 ; ; B L S M F N c
storage ; sheds ; Storage Shed ; shed ; 8ft*10ft|10ft*8ft|7ft*7ft|6ft*4ft ; basic ; Resin|Wood|Metal|Vinyl ; Floor Included|Windows|Lockable ; backyard|outdoor|yard ; shed|outdoor storage|backyard shed|garden shed ; 3 ; ; B L S M F N
storage ; garage storage ; Pegboard ; storage ; 2ft*4ft|4ft*8ft|16in*32in ; basic ; Hardboard|Metal|Plastic ; Tempered|Perforated|with Hooks ; garage|workshop ; peg board|tool wall|pegboard panel ; 2 ; ; B L S M F N c
heating and cooling ; air conditioners ; Window Air Conditioner ; hvac ; 5000btu|8000btu|10000btu|12000btu|6000btu|15000btu ; ; ; with Remote|Wi-Fi|Energy Star|Inverter|Quiet|Heat and Cool ; bedroom|living room|apartment ; ac unit|window ac|air conditioner|window unit|ac ; 4 ; ; B L S F N
heating and cooling ; air conditioners ; Portable Air Conditioner ; hvac ; 8000btu|10000btu|12000btu|14000btu ; ; ; with Remote|Dehumidifier|Heat|Wi-Fi|Dual Hose ; bedroom|office|apartment ; portable ac|air conditioner|portable cooler ; 3 ; ; B L S F N
heating and cooling ; air conditioners ; Mini-Split Air Conditioner with Heat Pump ; minisplit ; 12000btu|18000btu|24000btu|36000btu ; ; ; Ductless|115-Volt|230-Volt|Wi-Fi|SEER 22 ; bedroom|garage|room addition ; mini split|ductless ac|ductless mini split|heat pump ; 2 ; ; B L S F N
heating and cooling ; heaters ; Space Heater ; heaterp ; 1500w|750w ; basic ; ; Ceramic|Oil-Filled Radiant|Infrared|Tower|Electric|with Thermostat ; bedroom|office|garage ; electric heater|room heater|portable heater|heater ; 4 ; ; B L S F N c
heating and cooling ; dehumidifiers ; Dehumidifier ; hvac ; 35pint|50pint|22pint|70pint ; ; ; with Pump|Energy Star|Wi-Fi|Continuous Drain ; basement|crawl space|garage ; dehumidifer|moisture remover ; 3 ; ; B L S F N
heating and cooling ; air filters ; Air Filter ; airfilter ; 20in*25in*1in|16in*25in*1in|20in*20in*1in|16in*20in*1in|14in*20in*1in|20in*25in*4in ; ; ; MERV 8|MERV 11|MERV 13|Pleated|Allergen|2-Pack|4-Pack ; furnace|hvac|return vent ; furnace filter|ac filter|hvac filter|air filters ; 5 ; ; B L S F N
heating and cooling ; thermostats ; Thermostat ; thermostat ; ; device ; ; Programmable|Smart|Wi-Fi|Non-Programmable|7-Day|Touchscreen ; hallway|wall|hvac ; programmable thermostat|smart thermostat|t stat ; 3 ; ; B L F N c
heating and cooling ; portable fans ; Box Fan ; portfan ; 20in ; basic ; ; 3-Speed|Window|Quiet ; bedroom|window|garage ; fan|floor fan|window fan ; 3 ; ; B L S F N c
heating and cooling ; portable fans ; Pedestal Fan ; portfan ; 16in|18in ; basic ; ; Oscillating|Remote Control|Adjustable Height|3-Speed ; bedroom|living room|office ; fan|standing fan|stand fan|oscillating fan ; 3 ; ; B L S F N c
heating and cooling ; portable fans ; Tower Fan ; portfan ; 42in|36in|48in ; basic ; ; Oscillating|Remote Control|Bladeless|Quiet ; bedroom|living room|office ; fan|standing fan|tall fan ; 2 ; ; B L S F N c
doors and windows ; interior doors ; Prehung Interior Door ; door ; 30in*80in|32in*80in|36in*80in|24in*80in|28in*80in ; basic ; Hollow Core|Solid Core|MDF|Pine ; Left-Hand|Right-Hand|6-Panel|Shaker|Primed|Flush ; bedroom|closet|bathroom ; interior door|bedroom door|door|inside door ; 4 ; ; B L S M F N c
doors and windows ; exterior doors ; Prehung Front Door ; door ; 36in*80in|32in*80in|30in*80in ; basic ; Fiberglass|Steel|Wood ; Left-Hand|Right-Hand|6-Panel|Half Lite|Craftsman|Inswing ; front door|entry|porch ; front door|entry door|exterior door|outside door ; 3 ; ; B L S M F N c
doors and windows ; storm doors ; Storm Door ; storm ; 36in*80in|32in*80in|30in*81in ; basic ; Aluminum|Steel ; Full View|Retractable Screen|Self-Storing|Mid-View ; front door|porch ; screen door|storm doors|glass storm door ; 3 ; ; B L S M F N c
doors and windows ; windows ; Double Hung Window ; window ; 35.5in*35.5in|31.75in*53.25in|23.75in*35.25in|35.75in*59.25in ; basic ; Vinyl|Wood|Fiberglass ; Low-E|Argon|Tilt-In|Grids|Insulated Glass ; bedroom|living room|replacement ; window|replacement window|vinyl windows ; 3 ; ; B L S M F N c
doors and windows ; window treatments ; Faux Wood Blinds ; blind ; 23in*64in|35in*64in|47in*64in|27in*48in|31in*72in ; basic ; PVC|Composite ; Cordless|Light Filtering|Room Darkening|2 in. Slat ; bedroom|living room|window ; blinds|window blinds|window shades|mini blinds ; 4 ; ; B L S M F N c
doors and windows ; garage doors ; Garage Door Opener ; opener ; 1/2hp|3/4hp|1-1/4hp ; ; ; Chain Drive|Belt Drive|Smart|Wi-Fi|Battery Backup|Ultra-Quiet ; garage ; garage opener|garage door motor|garage remote opener ; 3 ; ; B L S F N
doors and windows ; weatherstripping ; Door Sweep ; weather ; 36in|32in|48in ; basic ; Aluminum|Vinyl|Rubber ; Under Door|Brush|Self-Adhesive|Heavy Duty ; front door|garage|entry ; door draft stopper|weather stripping|draft blocker|weatherstripping ; 2 ; ; B S M F N c
lumber ; lumber ; Cedar Board ; lumber ; 1in*4in*8ft|1in*6in*8ft|1in*8in*8ft|1in*6in*6ft ; ; Western Red Cedar|Aromatic Cedar ; Rough Sawn|S4S|Appearance Grade ; fence|outdoor|trim|closet ; cedar|cedar boards|cedar planks ; 2 ; ; B S M F N
lumber ; lumber ; Common Board ; lumber ; 1in*4in*8ft|1in*6in*8ft|1in*8in*6ft|1in*12in*8ft|1in*10in*8ft ; ; Pine|Poplar|Red Oak|Whitewood ; S4S|Select|Common ; shelving|trim|crafts ; pine board|1x6|1x4|poplar board ; 3 ; ; B S M F N
lumber ; lumber ; Dowel ; lumber ; 1/4in*36in|1/2in*36in|3/4in*48in|1in*48in ; ; Hardwood|Poplar|Oak|Birch ; Round|Fluted ; crafts|furniture ; wood dowel|dowel rod ; 1 ; ; B S M F N
lumber ; roofing ; Roof Shingle ; lumber ; 33.3sqft ; basic ; Fiberglass|Asphalt ; Architectural|3-Tab|Laminated|Algae Resistant ; roof ; shingles|roofing shingles|architectural shingles ; 3 ; ; B L c F N
lumber ; roofing ; Roll Roofing ; lumber ; 100sqft|200sqft ; basic ; Asphalt|Rubber ; Mineral Surface|Self-Adhering ; roof|shed ; roofing|roof roll|tar paper ; 1 ; ; B S M F N
lumber ; roofing ; Drip Edge ; lumber ; 10ft|8ft ; basic ; Aluminum|Galvanized Steel|Vinyl ; Type D|Type C|Gutter Apron ; roof ; drip edge flashing|roof edge ; 1 ; ; B S M F N c
lumber ; gutters ; Gutter ; weather ; 10ft|16ft ; basic ; Vinyl|Aluminum|Galvanized Steel ; K-Style|Half Round|Seamless Look ; roof|house|outdoor ; rain gutter|gutters|gutter pipe ; 2 ; ; B S M F N c
lumber ; gutters ; Downspout ; weather ; 10ft|2in*3in*10ft ; basic ; Vinyl|Aluminum ; Flexible|Extension|Corrugated ; roof|outdoor|drainage ; down spout|gutter downspout|rain spout ; 2 ; Gutter ; B S M F N c
lumber ; siding ; Vinyl Siding ; lumber ; 12ft|12.5ft ; basic ; Vinyl|Insulated Vinyl ; Dutch Lap|Clapboard|Board and Batten|Shake ; house|exterior|outdoor ; siding|house siding ; 2 ; ; B L S F N c
lumber ; concrete ; Mortar Mix ; concrete ; 80lb|60lb|50lb ; ; ; Type S|Type N|High Strength ; brick|block|patio ; mortar|masonry cement|brick mortar ; 2 ; ; B S F N
lumber ; concrete ; Concrete Block ; concrete ; 8in*8in*16in|4in*8in*16in|6in*8in*16in ; basic ; Concrete|Cinder ; Hollow|Solid|Cap ; wall|foundation|garden ; cinder block|cinder blocks|cmu|blocks ; 2 ; ; B S M F N
lumber ; concrete ; Paver ; concrete ; 12in*12in|16in*16in|6in*9in|4in*8in ; basic ; Concrete|Brick|Stone ; Square|Holland|Interlocking|Tumbled ; patio|walkway|garden|outdoor ; pavers|patio stones|stepping stone|brick pavers ; 3 ; ; B S c M F N
lumber ; concrete ; Retaining Wall Block ; concrete ; 12in*4in*7in|16in*6in*10in|11.5in*3in*7in ; basic ; Concrete|Natural Stone ; Tumbled|Straight|Curved ; garden|landscaping|yard ; landscape block|garden wall block|wall stone ; 2 ; ; B S c M F N
lumber ; insulation ; Foam Board Insulation ; insul ; 1in*4ft*8ft|2in*4ft*8ft|1/2in*4ft*8ft ; ; Polystyrene|Polyiso|XPS ; Foil Faced|Tongue and Groove|R-5 ; basement|walls|garage door ; foam board|rigid insulation|styrofoam board ; 2 ; ; B S M F N
lumber ; insulation ; Spray Foam Sealant ; insul ; 12oz|16oz|20oz ; ; Polyurethane ; Window and Door|Gaps and Cracks|Fireblock|Pestblock ; windows|doors|walls ; great stuff|spray foam|expanding foam|foam insulation ; 3 ; ; B L S F N
plumbing ; fittings ; Tee Fitting ; pipe ; 1/2in|3/4in|1in|2in|3in ; ; PVC|Copper|Brass|PEX ; Sanitary|Push-to-Connect|Reducing|Crimp ; drain|water line ; tee|pipe tee|t fitting ; 2 ; ; B S M F N
plumbing ; fittings ; Female Adapter ; pipe ; 1/2in|3/4in|1in ; ; PVC|Brass|Copper|PEX ; FIP x Sweat|Push-to-Connect|Slip x FIP ; water line ; adapter|pipe adapter|threaded adapter ; 2 ; ; B S M F N
plumbing ; fittings ; Cleanout Plug ; pipe ; 2in|3in|4in ; ; PVC|ABS|Brass ; Threaded|Test|Countersunk ; drain|sewer ; cleanout|clean out plug|drain plug ; 1 ; ; B S M F N
plumbing ; supply lines ; Faucet Supply Line ; valve ; 3/8in*20in|3/8in*16in|3/8in*12in|1/2in*20in ; ; Braided Stainless Steel|Braided Polymer|Vinyl ; Compression|FIP ; sink|faucet|under sink ; water line|supply hose|braided hose|faucet hose ; 2 ; Kitchen Faucet ; B S M F N
plumbing ; supply lines ; Toilet Supply Line ; valve ; 3/8in*12in|3/8in*20in|3/8in*9in ; ; Braided Stainless Steel|Braided Polymer ; Compression|Flexible ; toilet|bathroom ; toilet line|toilet water line|toilet hose ; 2 ; Toilet ; B S M F N
plumbing ; supply lines ; Washing Machine Hose ; valve ; 4ft|5ft|6ft ; ; Braided Stainless Steel|Rubber ; Burst Proof|90-Degree|2-Pack ; laundry room ; washer hose|washer hoses|washing machine hoses ; 2 ; Washer ; B S M F N
plumbing ; drains ; Tub Drain ; valve ; 1-1/2in ; metal ; ; Trip Lever|Toe Touch|Lift and Turn|Pop-Up ; bathtub|bathroom ; bathtub drain|tub stopper|drain stopper ; 2 ; ; B L S F N c
plumbing ; drains ; Pop-Up Drain ; valve ; 1-1/4in|1-1/2in ; metal ; ; with Overflow|without Overflow|Push and Seal ; bathroom|sink|vanity ; sink drain|bathroom sink drain|sink stopper ; 2 ; Bathroom Faucet ; B L S F N c
plumbing ; drains ; Floor Drain ; valve ; 2in|3in|4in ; metal ; PVC|Cast Iron|Stainless Steel ; Square|Round|Linear ; basement|shower|garage ; drain grate|shower drain|basement drain ; 1 ; ; B S M F N c
plumbing ; drains ; Drain Snake ; hand ; 25ft|15ft|50ft ; ; Steel|Plastic ; Drum|Handheld|Drill Powered|Flexible ; sink|toilet|tub|drain ; plumbing snake|drain auger|sewer snake|toilet auger ; 2 ; ; B L S M F N
plumbing ; drains ; Drain Cleaner ; caulk ; 32oz|80oz|1gal ; ; ; Gel|Liquid|Enzyme|Hair Clog ; sink|tub|shower|drain ; drano|clog remover|liquid plumber ; 2 ; ; B L S F N
plumbing ; water filtration ; Under Sink Water Filter ; filter ; 2stage|3stage ; ; ; Reverse Osmosis|Carbon Block|Quick Change ; kitchen|sink|under sink ; ro system|water purifier|reverse osmosis ; 2 ; ; B L S F N
plumbing ; water filtration ; Whole House Water Filter ; filter ; 10in|20in ; ; ; Sediment|Carbon|Heavy Duty|Big Blue ; basement|main line ; house water filter|well water filter ; 1 ; ; B L S F N
plumbing ; pumps ; Utility Pump ; pump ; 1/4hp|1/6hp|1/2hp ; ; Thermoplastic|Aluminum ; Portable|Submersible|Transfer ; basement|pool|yard ; transfer pump|water pump|pool pump ; 1 ; ; B S M F N
plumbing ; plumbing tools ; Pipe Cutter ; hand ; 1/8in*1-1/8in|1/4in*1-5/8in|1-5/8in ; ; Steel|Aluminum ; Tubing|PVC|PEX|Ratcheting|Mini ; plumbing ; tube cutter|pvc cutter|copper cutter ; 1 ; ; B L S F N
plumbing ; plumbing supplies ; Plumber's Tape ; tape ; 1/2in*260in|3/4in*260in|1/2in*520in ; ; PTFE ; Thread Seal|Gas Line|High Density ; plumbing|threads ; teflon tape|thread tape|pipe tape ; 1 ; ; B S M F N
electrical ; wire ; THHN Wire ; wire ; 500ft*12ga|500ft*14ga|500ft*10ga|50ft*12ga ; basic ; Solid Copper|Stranded Copper ; Building Wire|THWN|Single Conductor ; conduit|panel ; thhn|single wire|building wire ; 2 ; ; B S M F N c
electrical ; wire ; Low Voltage Wire ; wire ; 100ft*18ga|250ft*16ga|500ft*18ga ; ; Solid Copper|Stranded Copper ; Thermostat|Landscape|Speaker|Direct Burial ; thermostat|landscape|speaker ; thermostat wire|speaker wire|landscape wire|bell wire ; 1 ; ; B S M F N
electrical ; conduit ; Conduit ; wire ; 1/2in*10ft|3/4in*10ft|1in*10ft|2in*10ft ; ; PVC Schedule 40|EMT|Rigid|Flexible Metal ; Belled End|Non-Metallic|Gray ; outdoor|garage|basement ; emt|pvc conduit|electrical pipe|flex conduit ; 2 ; ; B S M F N
electrical ; wire connectors ; Wire Connector ; box ; 25pack|100pack|50pack ; basic ; ; Twist-On|Push-In|Lever|Wing ; wiring|outlets ; wire nuts|wire nut|wago|electrical connectors ; 2 ; ; B S F N c
electrical ; outlets ; Outdoor Outlet Cover ; box ; 1gang|2gang ; basic ; Plastic|Metal ; While-In-Use|Weatherproof|Bubble|Extra Duty ; outdoor|patio|deck ; weatherproof cover|outdoor box cover|bubble cover ; 2 ; Duplex Outlet ; B S M F N c
electrical ; power strips ; Surge Protector ; cord ; 6outlet|8outlet|12outlet ; basic ; ; with USB|Flat Plug|Wall Mount|Metal|2160 Joules ; office|tv|kitchen ; power strip|surge strip|outlet strip ; 3 ; ; B S F N c
electrical ; safety ; Carbon Monoxide Detector ; alarm ; ; ; ; Battery Operated|Plug-In|Digital Display|Hardwired ; bedroom|garage|hallway ; co detector|co alarm|carbon monoxide alarm ; 2 ; ; B L F N
electrical ; doorbells ; Video Doorbell ; alarm ; ; basic ; ; Wired|Battery|1080p|Wi-Fi|Night Vision ; front door|porch ; doorbell camera|ring doorbell|smart doorbell ; 3 ; ; B L F N c
electrical ; doorbells ; Wireless Doorbell ; alarm ; ; basic ; ; Plug-In|Battery Operated|Waterproof|2 Receivers ; front door|apartment ; door bell|doorbell kit|door chime ; 2 ; ; B L F N c
electrical ; security ; Security Camera ; alarm ; 1camera|2camera|4camera ; basic ; ; Wi-Fi|Wire-Free|Outdoor>outdoor|Indoor|Spotlight|2K ; outdoor|garage|home ; cameras|home security camera|outdoor camera|wifi camera ; 3 ; ; B L S F N c
electrical ; generators ; Portable Generator ; compressor ; 3600w|5000w|7500w|9500w|2200w ; ; ; Gas|Dual Fuel|Inverter|Electric Start|Recoil Start ; outdoor|camping|home backup ; generator|gas generator|inverter generator|backup generator ; 3 ; ; B L S F N
electrical ; flashlights ; Flashlight ; hand ; 1000lm|300lm|500lm ; basic ; Aluminum|Plastic ; LED|Rechargeable|Tactical|Waterproof ; emergency|camping|garage ; flash light|torch|led flashlight ; 2 ; ; B L S M F N c
electrical ; work lights ; Work Light ; outlight ; 2000lm|5000lm|10000lm ; basic ; ; LED|Cordless|Tripod|Magnetic|Clamp ; garage|jobsite|workshop ; shop light|work lamp|led work light ; 2 ; ; B L S F N c
lighting ; shop lights ; LED Shop Light ; light ; 4ft|8ft|2ft ; ; ; Linkable|Plug-In|Hardwired|Motion Sensing|Daylight ; garage|workshop|basement ; garage lights|shop lights|led strip light|hanging shop light ; 3 ; ; B S F N
lighting ; under cabinet ; Under Cabinet Light ; light ; 12in|18in|24in|9in ; basic ; ; LED|Plug-In|Battery|Motion Sensing|Linkable ; kitchen|closet|cabinets ; under counter lights|cabinet lights|puck lights ; 2 ; ; B S F N c
lighting ; lamps ; Table Lamp ; light ; 24in|28in|19in ; basic ; Ceramic|Metal|Glass|Wood ; with USB|Set of 2|Touch|Drum Shade ; bedroom|living room|nightstand ; lamp|bedside lamp|desk lamp ; 2 ; ; B L S M F N c
lighting ; lamps ; Floor Lamp ; light ; 60in|65in|72in ; metal ; ; Arc|Torchiere|Tripod|LED|Reading ; living room|bedroom|office ; standing lamp|tall lamp|lamp ; 2 ; ; B L S F N c
lighting ; string lights ; String Light ; outlight ; 24ft|48ft|96ft ; basic ; ; LED|Edison Bulb|Solar|Plug-In|Commercial Grade ; patio|backyard|deck|outdoor ; patio lights|bistro lights|outdoor string lights|cafe lights ; 3 ; ; B L S F N c
lighting ; light bulbs ; Fluorescent Tube ; bulb ; 4ft*32w|2ft*17w|4ft*40w ; ; ; T8|T12|Cool White|Daylight|Linear ; garage|office|kitchen ; fluorescent light bulbs|tube light|t8 bulbs ; 2 ; ; B L S F N
tools ; drills ; Drill Bit Set ; blade ; 21piece|29piece|100piece|14piece ; ; Cobalt|Titanium|Black Oxide|Carbide ; Twist|Masonry|Impact Ready|Step|Spade ; metal|wood|concrete ; drill bits|bits|drill bit|titanium drill bits ; 3 ; Drill/Driver ; B L S M F N
tools ; drills ; Screwdriver Bit Set ; blade ; 32piece|40piece|100piece ; ; Steel|Titanium ; Impact|Phillips|Torx|Magnetic ; construction|woodworking ; driver bits|impact bits|screw bits ; 2 ; Impact Driver ; B L S M F N
tools ; batteries ; Power Tool Battery ; tool ; 20v*5ah|18v*4ah|12v*2ah|40v*4ah ; ; ; Lithium-Ion|High Output|2-Pack|Starter Kit ; tools ; battery|tool battery|drill battery|batteries ; 4 ; Drill/Driver ; B L S F N
tools ; saws ; Table Saw ; tool ; 10in|8-1/4in ; ; ; Jobsite|Contractor|Cordless|with Stand|15 Amp ; woodworking|jobsite ; tablesaw|saw table ; 2 ; ; B L S F N
tools ; saws ; Oscillating Multi-Tool ; tool ; 20v|18v|3amp ; ; ; Cordless|Corded|Quick Change|Brushless|Tool Only ; remodeling|trim ; multi tool|multitool|oscillating tool ; 2 ; ; B L S F N
tools ; sanders ; Random Orbit Sander ; tool ; 5in|6in ; ; ; Cordless|Corded|Variable Speed|Dust Bag|Tool Only ; woodworking|furniture ; sander|orbital sander|palm sander ; 2 ; ; B L S F N
tools ; sandpaper ; Sandpaper ; blade ; 80grit|120grit|220grit|60grit ; ; Aluminum Oxide|Silicon Carbide ; Sheets|Discs|Hook and Loop|Assorted ; woodworking|drywall|paint ; sanding paper|sanding discs|sand paper|sanding sheets ; 2 ; Random Orbit Sander ; B S M F N
tools ; grinders ; Angle Grinder ; tool ; 4-1/2in|5in|7in ; ; ; Cordless|Corded|Paddle Switch|Slide Switch|Brushless ; metal|masonry ; grinder|cutoff tool|disc grinder ; 2 ; ; B L S F N
tools ; nailers ; Brad Nailer ; compressor ; 18ga|16ga|15ga ; ; ; Cordless|Pneumatic|Brushless|Tool Only ; trim|molding ; nail gun|brad gun|finish nailer ; 2 ; ; B L S F N
tools ; nailers ; Framing Nailer ; compressor ; 21degree|30degree ; ; ; Cordless|Pneumatic|Clipped Head|Round Head ; framing|construction ; nail gun|framing gun ; 2 ; ; B L S F N
tools ; hand tools ; Utility Knife ; hand ; ; ; Aluminum|Steel ; Folding|Retractable|Quick Change|with Blades ; construction|boxes ; box cutter|razor knife|knife ; 2 ; ; B L M F N
tools ; hand tools ; Screwdriver Set ; hand ; 6piece|10piece|20piece ; ; Chrome Vanadium|Steel ; Phillips|Slotted|Insulated|Magnetic Tip ; household|electrical ; screwdrivers|screw driver|screwdriver ; 2 ; ; B L S M F N
tools ; hand tools ; Pliers Set ; hand ; 3piece|5piece|8in ; ; Steel|Chrome Vanadium ; Slip Joint|Needle Nose|Locking|Linesman|Tongue and Groove ; electrical|plumbing|automotive ; pliers|channel locks|vise grips ; 2 ; ; B L S M F N
tools ; hand tools ; Stud Finder ; hand ; ; ; ; Electronic|Magnetic|AC Detection|Deep Scan ; walls ; stud sensor|wall scanner ; 1 ; ; B L F N
tools ; hand tools ; Caulk Gun ; hand ; 10oz|28oz ; ; Steel|Aluminum ; Dripless|Smooth Rod|Ratchet|Cordless ; bathroom|windows ; caulking gun|sealant gun ; 1 ; Caulk ; B L S M F N
tools ; tool storage ; Tool Bag ; storage ; 12in|16in|18in|20in ; basic ; Polyester|Canvas ; Wide Mouth|Tote|Backpack|Waterproof ; jobsite|truck ; tool tote|tool backpack|tool pouch ; 2 ; ; B L S M F N c
tools ; safety ; Safety Glasses ; hand ; ; basic ; ; Anti-Fog|Clear Lens|Tinted|Wraparound|3-Pack ; jobsite|shop ; safety goggles|eye protection|protective glasses ; 1 ; ; B L F N c
tools ; safety ; Work Gloves ; hand ; ; basic ; Leather|Nitrile|Cotton|Synthetic ; Cut Resistant|Insulated|Touchscreen|Large|Medium ; garden|jobsite ; gloves|leather gloves|mechanic gloves ; 2 ; ; B L M F N c
tools ; welding ; Welder ; compressor ; 120v|240v ; ; ; MIG|Flux Core|Stick|TIG|Multi-Process ; metal|garage|farm ; welding machine|mig welder|stick welder ; 1 ; ; B L S F N
paint ; paint tools ; Paint Sprayer ; applicator ; 0.5gal|1.5qt ; ; ; Airless|HVLP|Cordless|Handheld|Stand ; walls|fence|furniture ; sprayer|paint gun|airless sprayer ; 2 ; ; B L S F N
paint ; paint tools ; Paint Tray ; applicator ; 9in|14in ; basic ; Plastic|Metal ; Liner|Deep Well|Disposable|3-Pack ; walls ; roller tray|paint pan|tray liner ; 2 ; Paint Roller Cover ; B S M F N c
paint ; paint tools ; Drop Cloth ; applicator ; 9ft*12ft|4ft*15ft|6ft*9ft ; ; Canvas|Plastic|Paper ; Waterproof|Heavy Duty|Butyl Backed ; floor|furniture ; tarp|painting tarp|plastic sheeting ; 2 ; ; B S M F N
paint ; primers ; Primer ; paint ; 1gal|5gal|1qt ; ; ; Stain Blocking|Bonding|Multi-Surface|Odorless|Oil-Based ; walls|wood|drywall ; kilz|paint primer|primer sealer ; 3 ; ; B L S F N
paint ; specialty paint ; Floor Paint ; paint ; 1gal|5gal ; paint ; ; Satin|Semi-Gloss|Anti-Slip|Epoxy ; garage|porch|basement|patio ; garage floor paint|porch paint|epoxy floor|concrete paint ; 2 ; ; B L S c F N
paint ; specialty paint ; Chalk Paint ; paint ; 30oz|1qt|8oz ; paint ; ; Ultra Matte|Chalked|Furniture ; furniture|crafts|cabinets ; chalky paint|furniture paint ; 1 ; ; B L S c F N
paint ; wood finish ; Polyurethane ; stain ; 1qt|1gal|11.5oz ; ; ; Oil-Based|Water-Based|Satin|Semi-Gloss|Gloss|Spray ; floors|furniture|cabinets ; poly|wood finish|varathane|clear coat ; 2 ; ; B L S F N
paint ; patching ; Wood Filler ; caulk ; 16oz|3.5oz|1qt ; basic ; ; Stainable|Paintable|Interior|Exterior ; furniture|trim|floors ; wood putty|wood patch|filler ; 2 ; ; B L S c F N
paint ; patching ; Spackle ; caulk ; 8oz|32oz|1qt ; ; ; Lightweight|Fast Drying|Patch and Paint|Color Changing ; walls|drywall ; drywall patch|wall patch|joint compound|mud ; 2 ; ; B L S F N
paint ; patching ; Joint Compound ; caulk ; 4.5gal|3.5gal|1gal ; ; ; All Purpose|Lightweight|Pre-Mixed|Setting Type ; drywall|walls ; drywall mud|mud|sheetrock mud ; 2 ; Drywall Panel ; B L S F N
flooring ; carpet ; Carpet Tile ; rug ; 24in*24in|19.7in*19.7in|18in*18in ; basic ; Polyester|Nylon ; Peel and Stick|Commercial|Textured|Loop ; basement|office|playroom ; carpet squares|carpet tiles|floor tiles ; 2 ; ; B L S c M F N
flooring ; carpet ; Carpet ; rug ; 12ft ; basic ; Polyester|Nylon|Triexta ; Textured|Frieze|Plush|Pattern ; bedroom|living room ; wall to wall carpet|carpeting|bedroom carpet ; 3 ; ; B L S c M F N
flooring ; tile ; Mosaic Tile ; tile ; 12in*12in|11.75in*11.75in ; basic ; Glass|Marble|Porcelain|Stone ; Hexagon|Penny Round|Herringbone|Mesh-Mounted ; backsplash|shower|bathroom ; mosaic|backsplash mosaic|hex tile ; 2 ; ; B L S M F N c
flooring ; tile ; Peel and Stick Tile ; tile ; 12in*12in|10in*10in|12in*24in ; basic ; Vinyl|Gel|Stone Composite ; Self-Adhesive|Waterproof|Backsplash|Floor ; kitchen|backsplash|bathroom ; stick on tile|peel stick backsplash|vinyl tile ; 2 ; ; B L S M F N c
flooring ; flooring ; Stair Tread ; floor ; 36in|42in|48in ; wood ; Oak|Pine|Vinyl|Carpet ; Retrofit|Bullnose|Non-Slip ; stairs ; stair treads|steps|stair nosing ; 1 ; ; B L S M F N c
flooring ; flooring ; Floor Transition Strip ; floor ; 36in|72in|94in ; floor ; Vinyl|Aluminum|Wood ; T-Molding|Reducer|End Cap|Stair Nose|Threshold ; doorway|flooring ; transition|threshold|t molding|reducer strip ; 2 ; Laminate Flooring ; B L S M F N c
appliances ; small appliances ; Ice Maker ; appliance ; 26lb|33lb|80lb ; appliance ; ; Countertop|Undercounter|Nugget|Self-Cleaning ; kitchen|bar|outdoor ; ice machine|portable ice maker ; 2 ; ; B L S F N c
appliances ; beverage ; Beverage Cooler ; appliance ; 100can|120can|24in ; appliance ; ; Freestanding|Built-In|Glass Door|Dual Zone ; kitchen|bar|garage ; wine fridge|drink fridge|mini fridge ; 2 ; ; B L S F N c
appliances ; refrigerators ; Mini Fridge ; appliance ; 3.1cuft|4.4cuft|1.7cuft ; appliance ; ; with Freezer|Compact|Energy Star|Reversible Door ; dorm|office|garage|bedroom ; compact refrigerator|small fridge|dorm fridge ; 3 ; ; B L S F N c
appliances ; cooktops ; Electric Cooktop ; appliance ; 30in|36in ; appliance ; ; Induction|Radiant|Smooth Top|4-Element|5-Element ; kitchen ; stove top|cooktop|induction cooktop ; 2 ; ; B L S F N c
appliances ; wall ovens ; Wall Oven ; appliance ; 30in|27in|24in ; appliance ; ; Single|Double|Convection|Self-Cleaning|Smart ; kitchen ; built in oven|double oven|oven ; 2 ; ; B L S F N c
appliances ; laundry parts ; Dryer Cord ; cord ; 4ft|6ft|5ft ; ; ; 30 Amp|50 Amp|3-Prong|4-Prong ; laundry room ; dryer power cord|dryer plug|range cord ; 1 ; Electric Dryer ; B S F N
appliances ; vacuums ; Upright Vacuum ; appliance ; ; basic ; ; Bagless|Pet|Cordless|HEPA|Lift-Away ; carpet|home|stairs ; vacuum cleaner|vacuum|hoover ; 3 ; ; B L F N c
appliances ; vacuums ; Stick Vacuum ; appliance ; ; basic ; ; Cordless|Pet|Lightweight|2-in-1 ; hardwood|home|car ; cordless vacuum|stick vac|vacuum ; 2 ; ; B L F N c
garden ; hoses ; Soaker Hose ; hose ; 25ft|50ft|75ft|100ft ; ; Rubber|Recycled Rubber|Vinyl ; Flat|Round|Drip|Leader ; garden|flower bed ; drip hose|garden soaker|weeping hose ; 2 ; ; B L S M F N
garden ; hoses ; Hose Reel ; hose ; 150ft|200ft|100ft ; basic ; Steel|Resin|Aluminum ; Wall Mount|Cart|Auto Rewind|Hideaway ; garden|yard|outdoor ; hose holder|hose cart|hose hanger ; 2 ; Garden Hose ; B L S M F N c
garden ; watering ; Hose Timer ; hose ; 1zone|2zone|4zone ; ; ; Digital|Mechanical|Bluetooth|Wi-Fi ; garden|lawn ; water timer|sprinkler timer|irrigation timer ; 2 ; Sprinkler ; B L S F N
garden ; watering ; Drip Irrigation Kit ; hose ; 50ft|100ft ; ; ; Micro|Raised Bed|Container|Complete ; garden|containers|flower bed ; drip system|drip line|irrigation kit ; 2 ; ; B L S F N
garden ; pest control ; Weed Killer ; lawn ; 1gal|1.33gal|32oz ; ; ; Concentrate|Ready-to-Use|Extended Control|Glyphosate-Free ; lawn|driveway|garden ; roundup|weed spray|vegetation killer ; 3 ; ; B L S F N
garden ; pest control ; Insect Killer ; lawn ; 1gal|32oz|10lb ; ; ; Granules|Concentrate|Ready-to-Spray|Indoor and Outdoor ; lawn|home|garden ; bug spray|bug killer|ant killer|pest control ; 3 ; ; B L S F N
garden ; garden decor ; Raised Garden Bed ; planter ; 4ft*4ft|4ft*8ft|2ft*8ft ; basic ; Cedar|Galvanized Steel|Composite|Resin ; Elevated|Square|Rectangle|Tiered ; garden|patio|backyard ; garden bed|planter box|raised bed ; 2 ; ; B L S M F N c
garden ; garden decor ; Bird Feeder ; planter ; ; basic ; Metal|Wood|Plastic ; Hanging|Tube|Squirrel Proof|Window ; backyard|garden ; birdfeeder|bird house|feeder ; 1 ; ; B L M F N c
garden ; fencing ; Garden Fence ; lumber ; 4ft*50ft|3ft*25ft|2ft*25ft ; basic ; Galvanized Steel|Vinyl|Wood ; Welded Wire|Border|Picket|Rolled ; garden|yard|dog ; chicken wire|wire fence|garden fencing|dog fence ; 2 ; ; B S M F N c
garden ; fencing ; Fence Post ; lumber ; 4in*4in*8ft|6ft|8ft ; basic ; Steel|Pressure-Treated Pine|Vinyl ; T-Post|U-Post|Line Post ; fence|garden|yard ; t post|metal post|fence posts ; 2 ; ; B S M F N c
garden ; outdoor heat ; Fire Pit ; grill ; 30in|36in|24in ; basic ; Steel|Cast Iron|Concrete ; Wood Burning|Propane|Smokeless|Round|Square ; patio|backyard ; firepit|fire bowl|fire table ; 3 ; ; B L S M F N c
garden ; outdoor heat ; Patio Heater ; grill ; 48000btu|46000btu ; basic ; Steel|Stainless Steel ; Propane|Electric|Tabletop|Pyramid ; patio|restaurant|deck ; outdoor heater|propane heater|heat lamp ; 2 ; ; B L S M F N c
garden ; grills ; Charcoal Grill ; grill ; 22in|18in ; basic ; ; Kettle|Barrel|Portable|with Cart ; patio|backyard|camping ; bbq|charcoal bbq|kettle grill|weber kettle ; 2 ; ; B L S F N c
garden ; grills ; Grill Cover ; grill ; 58in|64in|72in ; basic ; Polyester|Vinyl ; Heavy Duty|Waterproof|UV Resistant ; patio|deck ; bbq cover|grill covers ; 2 ; Gas Grill ; B L S M F N c
garden ; patio furniture ; Adirondack Chair ; patio ; ; basic ; Plastic|Wood|Poly|Resin ; Folding|Stackable|All-Weather ; patio|deck|backyard|fire pit ; patio chair|lawn chair|outdoor chair ; 3 ; ; B L M F N c
garden ; patio furniture ; Patio Umbrella ; patio ; 9ft|11ft|10ft|7.5ft ; basic ; Aluminum|Steel ; Tilt|Cantilever|Offset|Solar LED|Market ; patio|pool|deck ; outdoor umbrella|market umbrella|umbrella ; 3 ; ; B L S M F N c
garden ; snow ; Snow Blower ; mower ; 24in|21in|26in ; ; ; Gas|Cordless|Two-Stage|Single-Stage|Electric Start ; driveway|sidewalk ; snowblower|snow thrower ; 2 ; ; B L S F N
garden ; snow ; Snow Shovel ; yard ; 18in|24in|21in ; basic ; Poly|Aluminum|Steel ; Ergonomic|Pusher|Combo ; driveway|sidewalk ; snow pusher|shovel ; 2 ; ; B L S M F N c
hardware ; hooks ; Utility Hook ; anchor ; 2pack|4pack|10pack ; basic ; Steel|Vinyl-Coated ; Bike|Ladder|Heavy Duty|Double ; garage|shed ; garage hooks|bike hook|storage hooks|hanger ; 3 ; ; B L S M F N c
hardware ; hooks ; Adhesive Hook ; anchor ; 2pack|6pack|14pack ; basic ; Plastic|Metal ; Damage Free|Wall|Clear ; bathroom|kitchen|walls ; command hooks|sticky hooks|wall hooks ; 2 ; ; B L S M F N c
hardware ; chain ; Chain ; fastener ; 1/4in*20ft|3/16in*10ft|5/16in*20ft ; ; Zinc-Plated|Galvanized|Stainless Steel ; Proof Coil|Grade 30|Grade 70|Decorative ; towing|swing|fence ; steel chain|chain link|swing chain ; 1 ; ; B S M F N
hardware ; rope ; Rope ; fastener ; 3/8in*50ft|1/2in*100ft|1/4in*50ft ; basic ; Nylon|Polypropylene|Manila|Paracord ; Twisted|Braided|Diamond Braid ; outdoor|boat|camping ; cord|utility rope|nylon rope ; 2 ; ; B S M F N c
hardware ; tie downs ; Ratchet Tie-Down Strap ; fastener ; 1in*15ft|2in*27ft|1-1/4in*16ft ; basic ; Polyester ; 4-Pack|2-Pack|S-Hook|Heavy Duty ; truck|trailer ; ratchet straps|tie downs|cargo straps ; 2 ; ; B S M F N c
hardware ; gate hardware ; Gate Latch ; lock ; ; metal ; Steel|Zinc ; Self-Closing|Lockable|Gravity|Thumb ; fence|gate|yard ; gate lock|fence latch|gate hardware ; 1 ; ; B L M F N c
hardware ; mailboxes ; Mailbox ; lock ; ; basic ; Steel|Plastic|Aluminum ; Post Mount|Wall Mount|Locking|Large ; curb|front door|porch ; mail box|post box|letterbox ; 2 ; ; B L M F N c
hardware ; house numbers ; House Number ; lock ; 4in|5in|6in ; metal ; Stainless Steel|Aluminum|Brass ; Floating|Modern|Reflective ; front door|mailbox|house ; address numbers|house numbers|address plaque ; 1 ; ; B L S M F N c
hardware ; safes ; Safe ; lock ; 1.2cuft|0.5cuft|2.0cuft ; basic ; Steel ; Fireproof|Waterproof|Digital Lock|Biometric ; home|closet|office ; fireproof safe|gun safe|lock box ; 2 ; ; B L S M F N c
kitchen and bath ; bath accessories ; Shower Curtain Rod ; bathacc ; 72in|60in ; metal ; Aluminum|Stainless Steel ; Curved|Tension|Straight|Adjustable ; bathroom|shower|tub ; shower rod|curtain rod|curved shower rod ; 2 ; ; B L S M F N c
kitchen and bath ; bath accessories ; Grab Bar ; bathacc ; 12in|18in|24in|36in ; metal ; Stainless Steel ; Wall Mount|Textured|Suction|ADA ; bathroom|shower|tub ; safety bar|shower handle|grab rail ; 2 ; ; B L S M F N c
kitchen and bath ; bath accessories ; Bathroom Mirror ; bathacc ; 24in*36in|30in*40in|36in*24in ; metal ; ; Framed|Frameless|LED Lighted|Oval|Rectangle ; bathroom|vanity ; vanity mirror|mirror|wall mirror ; 3 ; ; B L S F N c
kitchen and bath ; kitchen ; Kitchen Backsplash Panel ; tile ; 24in*48in|12in*24in ; basic ; Stainless Steel|PVC|Aluminum ; Peel and Stick|Metal|Waterproof ; kitchen|behind stove ; backsplash panels|wall panel ; 1 ; ; B L S M F N c
kitchen and bath ; countertops ; Countertop ; cabinet ; 8ft|6ft|4ft|12ft ; basic ; Laminate|Butcher Block|Quartz|Solid Surface ; Square Edge|Bullnose|Unfinished|Oiled ; kitchen|island ; butcher block|kitchen counter|counter top ; 2 ; ; B L S M F N c
kitchen and bath ; kitchen ; Pantry Cabinet ; cabinet ; 84in|72in|90in ; wood ; ; Freestanding|Assembled|Shaker|Adjustable Shelves ; kitchen|laundry room ; pantry|tall cabinet|storage cabinet|food pantry ; 2 ; ; B L S F N c
kitchen and bath ; kitchen ; Soap Dispenser ; bathacc ; 13oz|10oz ; metal ; ; Deck Mount|Touchless|Refillable ; kitchen|sink ; soap pump|lotion dispenser|sink soap dispenser ; 1 ; Kitchen Faucet ; B L S F N c
kitchen and bath ; tubs ; Shower Base ; bath ; 60in*32in|48in*36in|36in*36in ; basic ; Acrylic|Fiberglass|Composite ; Center Drain|Left Drain|Right Drain|Low Threshold ; bathroom|shower ; shower pan|shower floor|shower tray ; 2 ; ; B L S M F N c
kitchen and bath ; tubs ; Shower Wall Surround ; bath ; 60in*30in*72in|48in*36in*72in ; basic ; Acrylic|Fiberglass ; 3-Piece|5-Piece|Glue Up|Subway Tile ; bathroom|tub|shower ; shower walls|tub surround|shower panels ; 2 ; ; B L S M F N c
storage ; storage bins ; Storage Cabinet ; storage ; 72in*36in*18in|36in*30in*15in ; basic ; Steel|Resin|Wood ; Lockable|Adjustable Shelves|2-Door|Wall Mount ; garage|laundry room|basement ; metal cabinet|garage cabinet|cupboard ; 3 ; ; B L S M F N c
storage ; closet ; Closet Rod ; closet ; 48in*72in|30in*48in|72in*144in ; metal ; Steel|Wood|Aluminum ; Adjustable|Heavy Duty|Tension ; closet|bedroom ; clothes rod|hanging rod|closet pole ; 2 ; Closet System ; B L S M F N c
storage ; closet ; Shoe Rack ; closet ; 3tier|4tier|10tier ; basic ; Metal|Wood|Plastic ; Stackable|Over the Door|Expandable ; closet|entryway|bedroom ; shoe organizer|shoe shelf|shoe storage ; 2 ; ; B L S M F N c
storage ; garage storage ; Overhead Storage Rack ; storage ; 4ft*8ft|3ft*6ft|4ft*4ft ; basic ; Steel ; Ceiling Mount|Adjustable Height|Heavy Duty ; garage ; ceiling storage|garage ceiling rack|overhead rack ; 2 ; ; B L S M F N c
storage ; garage storage ; Cabinet Organizer ; closet ; 2tier|3tier ; basic ; Steel|Wire|Bamboo ; Pull Out|Sliding|Under Sink|Lazy Susan ; kitchen|bathroom|under sink ; pull out shelf|under sink organizer|lazy susan ; 2 ; ; B L S M F N c
storage ; moving ; Moving Box ; storage ; 18in*18in*16in|16in*12in*12in|24in*18in*18in ; ; Cardboard|Corrugated ; Small|Medium|Large|Wardrobe|10-Pack ; moving|storage ; boxes|cardboard boxes|packing boxes ; 3 ; ; B S M F N
storage ; trash ; Trash Can ; storage ; 13gal|32gal|45gal|96gal ; basic ; Plastic|Stainless Steel ; Step|Touchless|Wheeled|with Lid|Outdoor>outdoor ; kitchen|garage|outdoor ; garbage can|trash bin|waste basket|rubbish bin ; 3 ; ; B L S M F N c
storage ; trash ; Trash Bags ; storage ; 13gal|30gal|42gal|39gal ; basic ; ; Drawstring|Contractor|Heavy Duty|Scented|Flex ; kitchen|garage|yard ; garbage bags|contractor bags|lawn bags ; 3 ; Trash Can ; B L S F N c
heating and cooling ; heaters ; Electric Fireplace ; heaterp ; 50in|60in|36in|26in ; basic ; ; Wall Mount|Recessed|Media Console|Insert|with Remote ; living room|bedroom ; fireplace|electric fireplace insert|fireplace tv stand ; 2 ; ; B L S F N c
heating and cooling ; heaters ; Garage Heater ; heaterp ; 5000w|10000w|30000btu ; basic ; ; Electric|Propane|Hardwired|Infrared ; garage|workshop ; shop heater|propane heater|torpedo heater ; 2 ; ; B L S F N c
heating and cooling ; vents ; Register Vent ; airfilter ; 4in*10in|4in*12in|6in*10in|2-1/4in*12in ; metal ; Steel|Wood|Plastic ; Floor|Wall|Ceiling|Adjustable Damper ; floor|ceiling|walls ; air vent|floor register|vent cover|floor vent ; 3 ; ; B L S M F N c
heating and cooling ; vents ; Flexible Duct ; airfilter ; 4in*25ft|6in*25ft|8in*25ft ; ; Aluminum|Insulated ; R6|R8|Uninsulated ; attic|hvac|dryer ; flex duct|ductwork|air duct ; 1 ; ; B S M F N
heating and cooling ; humidifiers ; Humidifier ; hvac ; 1gal|2gal|4gal ; basic ; ; Cool Mist|Warm Mist|Ultrasonic|Evaporative ; bedroom|nursery|office ; cool mist humidifier|room humidifier ; 2 ; ; B L S F N c
heating and cooling ; air purifiers ; Air Purifier ; hvac ; 200sqft|500sqft|1000sqft ; basic ; ; HEPA|Smart|Quiet|Allergen|Pet ; bedroom|living room|office ; air cleaner|hepa filter|purifier ; 2 ; ; B L S F N c
heating and cooling ; evaporative coolers ; Evaporative Cooler ; hvac ; 1300cfm|2100cfm|3100cfm ; basic ; ; Portable|Window|Remote Control ; garage|patio|workshop ; swamp cooler|air cooler|evap cooler ; 1 ; ; B L S F N c
doors and windows ; interior doors ; Barn Door ; door ; 36in*84in|42in*84in|30in*84in ; wood ; Pine|MDF|Knotty Alder ; with Hardware|Sliding|Z-Brace|Plank ; bedroom|closet|pantry ; sliding barn door|barn door kit|sliding door ; 3 ; ; B L S M F N c
doors and windows ; interior doors ; Bifold Door ; door ; 30in*80in|36in*80in|24in*80in ; basic ; Hollow Core|Solid Core|Pine ; Louvered|Mirrored|Flush|Panel ; closet|laundry room ; closet door|folding door|bi fold door ; 2 ; ; B L S M F N c
doors and windows ; patio doors ; Sliding Patio Door ; window ; 72in*80in|60in*80in|96in*80in ; basic ; Vinyl|Fiberglass|Aluminum ; Left-Hand|Right-Hand|Low-E|Blinds Between Glass ; patio|deck|backyard ; sliding glass door|patio door|slider door ; 2 ; ; B L S M F N c
doors and windows ; window treatments ; Curtain Rod ; blind ; 28in*48in|48in*84in|66in*120in ; metal ; Steel|Iron|Aluminum ; Double|Adjustable|Tension|Blackout ; living room|bedroom|window ; drapery rod|curtain rods|drapery hardware ; 2 ; ; B L S M F N c
doors and windows ; window treatments ; Cellular Shade ; blind ; 23in*64in|35in*64in|47in*72in ; basic ; ; Cordless|Light Filtering|Blackout|Top Down Bottom Up ; bedroom|living room|window ; honeycomb shades|window shades|blinds ; 2 ; ; B L S F N c
doors and windows ; window treatments ; Roller Shade ; blind ; 23in*72in|35in*72in|47in*72in ; basic ; Vinyl|Fabric ; Cordless|Blackout|Light Filtering|Motorized ; bedroom|office|window ; pull down shades|window shade|blackout shades ; 2 ; ; B L S M F N c
doors and windows ; screens ; Window Screen ; window ; 36in*24in|30in*48in|24in*36in ; basic ; Aluminum|Fiberglass ; Adjustable|Replacement|Pet Resistant ; window|bedroom ; screen|window screens|screen replacement ; 2 ; ; B L S M F N c
doors and windows ; screens ; Screen Door ; storm ; 36in*80in|32in*80in ; basic ; Aluminum|Vinyl|Wood ; Retractable|Sliding|Magnetic|Hinged ; patio|front door|back door ; screen doors|sliding screen door|mesh door ; 2 ; ; B L S M F N c
doors and windows ; garage doors ; Garage Door ; door ; 9ft*7ft|16ft*7ft|8ft*7ft ; basic ; Steel|Insulated Steel|Wood Composite ; Raised Panel|Carriage House|with Windows|Insulated ; garage ; garage doors|overhead door|roll up door ; 2 ; ; B L S M F N c
doors and windows ; weatherstripping ; Window Insulation Kit ; weather ; 62in*84in|42in*62in ; ; Plastic Film|Shrink Film ; Indoor|Outdoor|Patio Door ; window|winter ; window plastic|shrink wrap windows|window film ; 1 ; ; B S M F N
"""

CATEGORY_NAMES: dict[str, tuple[str, ...]] = {
    "lumber": ("lumber", "wood boards", "boards"),
    "studs": ("studs", "wall studs"),
    "sheet goods": ("plywood", "wood sheets", "sheathing"),
    "drywall": ("drywall",),
    "decking": ("decking", "deck boards"),
    "fencing": ("fence", "fencing"),
    "concrete": ("concrete", "cement"),
    "insulation": ("insulation",),
    "moulding": ("molding", "moulding", "trim"),
    "pipe": ("pipe", "pipes", "plumbing pipe"),
    "fittings": ("fittings", "pipe fittings", "plumbing fittings"),
    "valves": ("valve", "shut off valve"),
    "kitchen faucets": ("kitchen faucet", "kitchen faucets"),
    "bathroom faucets": ("bathroom faucet", "bathroom faucets"),
    "shower faucets": ("shower faucet", "shower faucets", "shower valve"),
    "shower heads": ("shower head", "shower heads"),
    "toilets": ("toilet", "toilets"),
    "toilet repair": ("toilet parts", "toilet repair"),
    "water heaters": ("water heater", "water heaters"),
    "disposals": ("garbage disposal",),
    "sinks": ("kitchen sink", "sinks"),
    "pumps": ("sump pump", "pump"),
    "water filtration": ("water filter", "water filters"),
    "wire": ("wire", "electrical wire"),
    "cords": ("extension cord", "extension cords"),
    "outlets": ("outlet", "outlets", "receptacle"),
    "switches": ("switch", "switches", "light switch"),
    "wall plates": ("wall plate", "wall plates"),
    "breakers": ("breaker", "circuit breaker"),
    "panels": ("panel", "electrical panel"),
    "boxes": ("electrical box", "box"),
    "roofing": ("roofing", "roof"),
    "gutters": ("gutters", "gutter"),
    "siding": ("siding",),
    "supply lines": ("supply line", "water supply line"),
    "drains": ("drain", "drains"),
    "plumbing tools": ("plumbing tools",),
    "plumbing supplies": ("plumbing supplies",),
    "conduit": ("conduit",),
    "wire connectors": ("wire connectors",),
    "power strips": ("power strip",),
    "doorbells": ("doorbell", "doorbells"),
    "security": ("security camera", "security"),
    "generators": ("generator", "generators"),
    "flashlights": ("flashlight",),
    "work lights": ("work light",),
    "shop lights": ("shop light", "shop lights"),
    "under cabinet": ("under cabinet lighting",),
    "lamps": ("lamp", "lamps"),
    "string lights": ("string lights",),
    "batteries": ("battery", "batteries"),
    "sanders": ("sander",),
    "sandpaper": ("sandpaper",),
    "grinders": ("grinder",),
    "nailers": ("nailer", "nail gun"),
    "welding": ("welder",),
    "primers": ("primer",),
    "specialty paint": ("specialty paint",),
    "wood finish": ("wood finish",),
    "patching": ("patch", "filler"),
    "carpet": ("carpet",),
    "small appliances": ("small appliances",),
    "beverage": ("beverage cooler", "wine cooler"),
    "cooktops": ("cooktop",),
    "wall ovens": ("wall oven",),
    "pest control": ("pest control", "killer"),
    "garden decor": ("garden decor",),
    "outdoor heat": ("outdoor heater", "fire pit"),
    "snow": ("snow",),
    "hooks": ("hooks", "hook"),
    "chain": ("chain",),
    "rope": ("rope",),
    "tie downs": ("tie downs",),
    "gate hardware": ("gate hardware",),
    "mailboxes": ("mailbox",),
    "house numbers": ("house numbers",),
    "safes": ("safe",),
    "kitchen": ("kitchen accessories",),
    "countertops": ("countertop", "countertops"),
    "moving": ("moving supplies",),
    "trash": ("trash", "garbage"),
    "vents": ("vent", "vents"),
    "humidifiers": ("humidifier",),
    "air purifiers": ("air purifier",),
    "evaporative coolers": ("evaporative cooler",),
    "patio doors": ("patio door",),
    "screens": ("screen", "screens"),
    "safety": ("smoke detector", "detector"),
    "ceiling fans": ("ceiling fan", "ceiling fans"),
    "ceiling fan parts": ("ceiling fan parts", "fan parts"),
    "light bulbs": ("light bulb", "light bulbs", "bulb"),
    "ceiling lights": ("ceiling light", "ceiling lights", "light fixture"),
    "chandeliers": ("chandelier", "chandeliers"),
    "bath lighting": ("bathroom lighting", "vanity light", "vanity lights"),
    "outdoor lighting": ("outdoor lighting", "outdoor lights", "outdoor light"),
    "recessed lighting": ("recessed lighting", "recessed lights"),
    "drills": ("drill", "drills"),
    "saws": ("saw", "saws", "power saw"),
    "saw blades": ("saw blade", "saw blades", "blade"),
    "vacuums": ("vacuum", "shop vacuum"),
    "tool storage": ("tool storage", "tool chest", "toolbox"),
    "hand tools": ("hand tools", "tools"),
    "air tools": ("air compressor",),
    "pressure washers": ("pressure washer",),
    "ladders": ("ladder", "ladders"),
    "wrenches": ("wrench", "wrenches"),
    "interior paint": ("interior paint", "paint"),
    "exterior paint": ("exterior paint", "paint"),
    "spray paint": ("spray paint",),
    "paint tools": ("painting supplies", "paint supplies"),
    "stains": ("stain", "wood stain"),
    "caulk": ("caulk",),
    "flooring": ("flooring", "floor", "floors"),
    "tile": ("tile", "tiles"),
    "rugs": ("rug", "rugs"),
    "tile tools": ("grout",),
    "refrigerators": ("refrigerator", "refrigerators"),
    "laundry": ("washer and dryer", "laundry"),
    "dishwashers": ("dishwasher",),
    "ranges": ("range", "ranges", "stove"),
    "microwaves": ("microwave", "microwaves"),
    "range hoods": ("range hood",),
    "freezers": ("freezer", "freezers"),
    "laundry parts": ("dryer parts", "dryer vent"),
    "hoses": ("garden hose", "hose"),
    "hose accessories": ("hose nozzle", "hose accessories"),
    "watering": ("sprinkler", "sprinklers"),
    "mowers": ("lawn mower", "mower"),
    "trimmers": ("trimmer", "string trimmer"),
    "blowers": ("leaf blower", "blower"),
    "mulch": ("mulch",),
    "soil": ("soil", "potting soil"),
    "planters": ("planter", "planters", "pots"),
    "yard tools": ("yard tools", "garden tools"),
    "lawn care": ("lawn care", "lawn"),
    "patio furniture": ("patio furniture", "patio set"),
    "grills": ("grill", "grills"),
    "screws": ("screws", "screw"),
    "bolts": ("bolts", "bolt"),
    "nails": ("nails",),
    "door hardware": ("door hardware", "door handle"),
    "locks": ("lock", "locks"),
    "cabinet hardware": ("cabinet hardware", "cabinet pulls"),
    "shelving hardware": ("shelf bracket",),
    "anchors": ("anchors", "wall anchor"),
    "vanities": ("vanity", "vanities", "bathroom vanity"),
    "tubs": ("bathtub", "tub"),
    "shower doors": ("shower door", "shower doors"),
    "medicine cabinets": ("medicine cabinet",),
    "bath fans": ("bathroom fan", "exhaust fan"),
    "bath accessories": ("bathroom accessories", "bath accessories"),
    "kitchen cabinets": ("kitchen cabinets", "cabinets"),
    "shelving": ("shelving", "shelves"),
    "storage bins": ("storage bins", "storage"),
    "closet": ("closet organizer", "closet"),
    "workbenches": ("workbench",),
    "sheds": ("shed", "sheds"),
    "garage storage": ("garage storage",),
    "air conditioners": ("air conditioner", "ac"),
    "heaters": ("heater", "space heater"),
    "dehumidifiers": ("dehumidifier",),
    "air filters": ("air filter", "furnace filter"),
    "thermostats": ("thermostat",),
    "portable fans": ("fan", "fans"),
    "interior doors": ("interior door", "doors"),
    "exterior doors": ("exterior door", "front door"),
    "storm doors": ("storm door",),
    "windows": ("window", "windows"),
    "window treatments": ("blinds", "window blinds"),
    "garage doors": ("garage door opener",),
    "weatherstripping": ("weatherstripping", "weather stripping"),
}

USE_WORDS: dict[str, tuple[str, ...]] = {
    "bathroom": ("bathroom", "for bathroom", "bath"),
    "kitchen": ("kitchen", "for kitchen"),
    "outdoor": ("outdoor", "outside", "exterior"),
    "patio": ("patio", "porch", "for patio"),
    "porch": ("porch", "for porch"),
    "deck": ("deck", "for deck"),
    "garage": ("garage", "for garage"),
    "bedroom": ("bedroom", "for bedroom"),
    "living room": ("living room",),
    "basement": ("basement", "for basement"),
    "garden": ("garden", "for garden"),
    "lawn": ("lawn", "yard"),
    "yard": ("yard", "backyard"),
    "fence": ("fence", "for fence"),
    "shower": ("shower", "for shower"),
}
"""How shoppers say the uses a product's hidden description names; a use not here is typed as it is written."""

SLIPS: dict[str, tuple[str, ...]] = {
    "toilet": ("toliet", "toilett", "tiolet"),
    "faucet": ("facet", "faucett", "fuacet", "faucent"),
    "sprinkler": ("sprinker", "sprikler", "sprinkeler"),
    "ceiling": ("cieling", "celing", "ceilling"),
    "receptacle": ("receptical", "receptacal"),
    "vanity": ("vanaty", "vanitiy"),
    "stainless": ("stainles", "stainlees"),
    "gallon": ("galon", "gallan"),
    "dehumidifier": ("dehumidifer", "dehumidfier"),
    "refrigerator": ("refrigirator", "refridgerator", "refrigerater"),
    "dishwasher": ("dishwaher", "diswasher"),
    "microwave": ("microwae", "micowave"),
    "thermostat": ("thermastat", "thermostate"),
    "chandelier": ("chandaleir", "chandelear"),
    "aluminum": ("aluminium", "alluminum"),
    "galvanized": ("galvinized", "galvanised"),
    "insulation": ("insolation", "insullation"),
    "plywood": ("plywoood", "ply wood"),
    "screws": ("srews", "scews"),
    "light": ("lite", "ligth"),
    "lights": ("lites", "ligths"),
    "hose": ("hoes",),
    "grout": ("grount",),
    "mower": ("mowers", "moewr"),
    "wheelbarrow": ("wheelbarrel", "wheel barrel"),
    "disposal": ("disposel", "dispoal"),
    "pressure": ("presure", "pressue"),
    "vacuum": ("vaccum", "vacum"),
    "cabinet": ("cabnet", "cabinate"),
    "shower": ("showe", "shwer"),
    "washer": ("washr", "wsher"),
    "moulding": ("moldding", "mouldin"),
    "molding": ("moldng", "mollding"),
}
"""Slips shoppers make in these words (from how such words are misspelled), besides the keyboard ones any word gets."""


EXCLUSIVE: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split("|"))
    for group in (
        "Left-Hand|Right-Hand",
        "Single Sink|Double Sink",
        "Gas|Electric|Cordless|Corded|Propane|Natural Gas|Battery",
        "Round|Elongated|Square",
        "One-Piece|Two-Piece",
        "Flat|Eggshell|Satin|Semi-Gloss|Matte|Gloss|Low Lustre|Metallic|Hammered|Glossy",
        "Top Load|Front Load",
        "Top Control|Front Control",
        "Hollow Core|Solid Core",
        "Single-Handle|Two-Handle|2-Handle|1-Handle|3-Handle",
        "Single Hole|Centerset|Widespread",
        "Curved Shaft|Straight Shaft",
        "Oil-Based|Water-Based|Gel",
        "Semi-Transparent|Solid Color|Transparent",
        "French Door|Side by Side|Top Freezer|Bottom Freezer",
        "Freestanding|Slide-In",
        "Under Cabinet|Wall Mount",
        "Ducted|Ductless|Convertible",
        "Programmable|Non-Programmable",
        "Single-Pole|Double-Pole|Tandem|3-Way",
        "Single Cylinder|Double Cylinder",
        "Keyed Entry|Privacy|Passage|Dummy",
        "Keyed|Combination",
        "Old Work|New Work",
        "Indoor|Outdoor|Indoor/Outdoor",
        "Smooth Shank|Ring Shank",
        "Coarse Thread|Fine Thread",
        "Main Breaker|Main Lug",
        "Kraft Faced|Unfaced|Faced",
        "Continuous Feed|Batch Feed",
        "Submersible|Pedestal",
        "Undermount|Drop-In|Farmhouse",
        "Single Bowl|Double Bowl",
        "Chain Drive|Belt Drive",
        "Recessed|Surface-Mount",
        "Framed|Frameless|Semi-Frameless",
        "Fixed|Handheld",
        "Pancake|Vertical",
        "Dog-Ear|Flat Top|Gothic",
        "Above Ground|Ground Contact",
        "Tool Only|Kit",
        "Non-Dimmable|Dimmable",
        "Soft White|Daylight",
        "A19|BR30|A21",
        "Grooved Edge|Square Edge|Scalloped",
        "Fully Threaded|Partially Threaded",
        "Sun and Shade|Dense Shade",
        "Tall Fescue|Kentucky Bluegrass|Bermudagrass",
        "SAE|Metric|SAE and Metric",
        "Box Beam|Torpedo|I-Beam",
        "Plain End|Bell End|Threaded",
        "90-Degree|45-Degree",
        "Slip|Compression|Push-to-Connect|Repair",
        "Slip x Slip|FIP x FIP|Push-to-Connect",
        "Sweat|FIP|Push-to-Connect",
        "Base|Wall|Sink Base|Drawer Base",
        "Left Drain|Right Drain",
        "Sliding|Pivot",
        "Gas|Electric|Tankless|Hybrid Heat Pump",
        "Tall|Short",
        "6-Year|12-Year",
        "Oscillating|Impact|Pulsating|Rotary|Stationary",
        "Backpack|Handheld",
        "Push|Self-Propelled",
        "1 lb. Box|5 lb. Box",
        "2-Pack|3-Pack|4-Pack",
        "5-Tier|4-Tier",
        "Battery Operated|Hardwired",
        "Clear Glass|Seeded Glass|Frosted Glass",
        "Candle|Crystal|Drum|Wagon Wheel",
        "Mini|Drum",
        "Bar|Cup|Arch",
        "Round|Square|Mushroom",
        "Straight|Offset",
        "Curved Claw|Rip Claw",
        "Smooth Face|Milled Face",
        "Canless|Remodel|New Construction",
        "Bugle-Head|Flat Head|Hex Head",
        "Phillips|Star Drive",
        "Wood|Metal|Demolition|Pruning",
        "Framing|Finishing|Fine Finish",
        "Solar|Low Voltage|Hardwired",
        "Single Triple|Dual Head|Triple Head",
        "Dyed|Natural",
        "Wicker|Sling",
        "Weed and Feed|Crabgrass Preventer|Winterguard",
        "Light Filtering|Room Darkening",
        "Full View|Mid-View",
        "Half Lite|6-Panel|Craftsman|Shaker|Flush",
        "Premixed|Sanded|Unsanded",
    )
)
"""Features no one product has two of (a faucet has one handle count, a door one hand)."""


def _sizes(text: str) -> tuple[tuple[tuple[str, str], ...], ...]:
    choices: list[tuple[tuple[str, str], ...]] = []
    for choice in filter(None, text.split("|")):
        measures: list[tuple[str, str]] = []
        for part in choice.split("*"):
            unit = next(u for u in sorted(UNITS, key=len, reverse=True) if part.endswith(u))
            measures.append((part[: -len(unit)], unit))
        choices.append(tuple(measures))
    return tuple(choices)


def _brands(group: str) -> tuple[tuple[str, str], ...]:
    return tuple((b, line) for b, line in (entry.split(":") for entry in filter(None, BRANDS[group].split("|"))))


def _features(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((f.partition(">")[0], f.partition(">")[2]) for f in filter(None, text.split("|")))


def _kinds() -> tuple[Kind, ...]:
    kinds: list[Kind] = []
    for line in filter(None, (raw.strip() for raw in _KINDS.splitlines())):
        parts = [p.strip() for p in line.split(";")]
        parts += [""] * (13 - len(parts))
        dept, category, name, brands, sizes, palette, materials, features, uses, names, weight, of, template = parts
        kinds.append(
            Kind(
                department=dept,
                category=category,
                name=name,
                brands=_brands(brands),
                sizes=_sizes(sizes),
                palette=PALETTES[palette] if palette else (),
                materials=tuple(filter(None, materials.split("|"))),
                features=_features(features),
                uses=tuple(filter(None, uses.split("|"))),
                other_names=tuple(filter(None, names.split("|"))),
                weight=int(weight),
                accessory_of=of,
                template=template or "B L S M F N c",
            )
        )
    return tuple(kinds)


KINDS: tuple[Kind, ...] = _kinds()
