"""Other names shoppers give a kind of product: "fridge" for refrigerator, "weed eater" for string trimmer, "couch"
for sofa, and the British names of American ones ("hob", "jumper", "kitchen roll").

A shop titles its products one way; shoppers type whatever they call the thing. The search (``Catalog._aliased``)
reads a name of this list that few or no products use, and searches the other names products do use beside it.

The list is general shopping vocabulary across departments (home improvement, appliances, furniture, clothing,
electronics, garden, kitchen, toys, beauty, and a few more), written from US and UK retail usage, not from any
catalog or query set. Each line is one kind: names separated by `` = `` are the same thing either way; names left of
`` -> `` are searched as the names on its right, not the other way round (a brand used as the name of its kind,
"sawzall"; a word with another common sense, "torch", "jumper"); a line ending in ``=`` goes on. A name is searched
as its words: "wet/dry vac" is "wet dry vac". Only true other names of a kind belong here, never a broader or
narrower kind ("boots" is no other name of shoes).
"""

from __future__ import annotations

import functools

from aisle_mcp.providers.local.intent import searched
from aisle_mcp.providers.local.stems import stems
from aisle_mcp.providers.local.tokens import words

_KINDS = """
# appliances
refrigerator = fridge
mini fridge = compact refrigerator = mini refrigerator = bar fridge
wine fridge = wine cooler = wine refrigerator
chest freezer = deep freezer = deep freeze
stove = range
cooker -> stove = range
cooktop = hob = stovetop
range hood = vent hood = stove hood = cooker hood = extractor hood = exhaust hood
microwave = microwave oven
wall oven = built in oven
dishwasher = dish washer
washing machine = clothes washer = washer machine
washing machine -> washer
dryer = clothes dryer = tumble dryer = tumble drier = drier
washer dryer = washer dryer combo = washer drier
garbage disposal = garbage disposer = waste disposer = food waste disposer = disposal unit
insinkerator -> garbage disposal
water heater = hot water heater = geyser
tankless water heater = on demand water heater = instant water heater
air conditioner = ac unit = aircon = air con = air conditioning unit
window air conditioner = window ac = window unit
space heater = portable heater = room heater
ice maker = icemaker = ice machine
water dispenser = water cooler
vacuum = vacuum cleaner = vac
hoover -> vacuum cleaner
robot vacuum = robotic vacuum = robovac = robot vac
roomba -> robot vacuum
wet dry vac = shop vac = wet dry vacuum = shop vacuum = shopvac
steam mop = steam cleaner
carpet cleaner = carpet shampooer = rug shampooer = carpet washer
vacuum sealer = food sealer = vacuum packer
# kitchen
frying pan = skillet = fry pan = frypan
saucepan = sauce pan
stockpot = stock pot = soup pot
dutch oven = french oven = cocotte
baking sheet = cookie sheet = baking tray = sheet pan
cutting board = chopping board
oven mitt = oven glove
tea towel = dish towel = kitchen towel
kettle = electric kettle = tea kettle
blender = liquidiser = liquidizer
coffee maker = coffee machine = coffeemaker = coffee brewer
slow cooker = crock pot = crockpot
instant pot -> pressure cooker
can opener = tin opener
plastic wrap = cling film = cling wrap = saran wrap = food wrap
aluminum foil = tin foil = aluminium foil = kitchen foil
paper towels = kitchen roll = paper towel roll
zip bags = ziploc bags = ziplock bags = zipper bags = resealable bags = zip lock bags
food storage container = food container
tupperware -> food storage container
vacuum flask = thermos = insulated flask
dish rack = dish drainer = dish drying rack = plate rack
dish soap = washing up liquid = dishwashing liquid = dish detergent = dish liquid
dishwasher detergent = dishwasher tablets = dishwasher pods = dishwasher tabs
trash can = garbage can = waste bin = rubbish bin = trash bin = garbage bin = wastebasket = waste basket = dustbin
trash bags = garbage bags = bin bags = bin liners = trash liners = rubbish bags = garbage sacks
spatula = fish slice
# furniture
sofa = couch = settee = chesterfield
sectional = sectional sofa = corner sofa = sectional couch = l shaped sofa
sofa bed = sleeper sofa = pull out couch = sofa sleeper = sleeper couch
loveseat = love seat = two seater sofa = 2 seater sofa
armchair = arm chair = easy chair
recliner = reclining chair = recliner chair
ottoman = footstool = foot stool = pouf = pouffe = foot rest
dresser = chest of drawers = tallboy
nightstand = night stand = bedside table = night table = bedside cabinet = bedside
wardrobe = armoire = clothes closet
coffee table = cocktail table
console table = sofa table = hall table = entryway table
tv stand = tv console = media console = entertainment center = tv unit = media stand = tv cabinet = tv table
bookcase = bookshelf = book shelf = bookshelves
shelving = shelf = shelves
shelving unit = shelf unit = storage rack = shelving rack
desk chair = office chair = computer chair = task chair
vanity table = dressing table = makeup table = makeup vanity
bar stool = barstool = counter stool
rocking chair = rocker
chaise lounge = chaise longue = chaise
bean bag = beanbag = bean bag chair
bunk bed = bunkbed
bed frame = bedframe = bed base
filing cabinet = file cabinet
workbench = work bench = work table
# lighting
light bulb = lightbulb = bulb
floor lamp = standard lamp = torchiere
pendant light = pendant lamp = hanging light = hanging lamp
wall sconce = sconce = wall light = wall lamp
recessed light = pot light = can light = downlight = recessed lighting = down light = potlight
string lights = fairy lights = twinkle lights = christmas lights
night light = nightlight
flashlight = flash light = torch light
torch -> flashlight
work light = shop light = worklight
# home textiles
duvet = comforter = doona
throw pillow = scatter cushion = accent pillow = decorative pillow = throw cushion = sofa cushion
curtains = drapes = draperies = curtain panels
roller shade = roller blind
bedspread = coverlet
bath towel = bath sheet
rug = area rug
# bath
toilet = commode = water closet = wc = loo
bathtub = bath tub
shower head = showerhead = shower rose
medicine cabinet = bathroom cabinet = mirror cabinet
toilet paper = toilet tissue = loo roll = bathroom tissue = toilet roll
tap = mixer tap -> faucet
kitchen faucet = kitchen tap = kitchen mixer
bathroom faucet = bathroom tap = basin tap = lavatory faucet = sink faucet = basin mixer
# plumbing
shut off valve = shutoff valve = stop valve = stopcock = stop cock
plumbers tape = ptfe tape = teflon tape = thread seal tape
drain snake = drain auger = plumbing snake = plumbers snake = toilet auger
hose bib = hose bibb = spigot = sillcock = outdoor faucet = outside tap = outdoor tap = garden tap
# electrical
outlet = receptacle = power outlet = power point = wall socket = electrical outlet = socket outlet
extension cord = extension lead = extension cable = power extension
power strip = power bar = plug strip = multi plug = power board
surge protector = surge suppressor
wire nut = wire connector = twist on connector = wirenut
electrical wire = electric cable = electrical cable
romex -> electrical wire
light switch = wall switch
dimmer = dimmer switch
circuit breaker = breaker = mcb
junction box = electrical box
smoke detector = smoke alarm
carbon monoxide detector = co detector = co alarm = carbon monoxide alarm
video doorbell = doorbell camera = smart doorbell
security camera = cctv camera = surveillance camera = cctv = security cam
# tools
string trimmer = weed eater = weed wacker = weed whacker = weedeater = weedwacker = weed trimmer =
    line trimmer = strimmer = weed whip = whipper snipper
pressure washer = power washer = jet washer = pressure cleaner
lawn mower = lawnmower = grass cutter
snow blower = snow thrower = snowblower
leaf blower = blower vac = leafblower
hedge trimmer = hedge cutter = hedge clippers = hedgetrimmer
chainsaw = chain saw
circular saw = skil saw = skilsaw = skillsaw = buzz saw
jigsaw = jig saw = saber saw = sabre saw
reciprocating saw = recip saw = sawzall
sawzall -> reciprocating saw
miter saw = mitre saw = chop saw = drop saw
table saw = bench saw = saw bench
angle grinder = side grinder = disc grinder
heat gun = hot air gun
glue gun = hot glue gun
nail gun = nailer
staple gun = tacker = stapler gun
tape measure = measuring tape = tape rule
allen key = hex key = allen wrench = hex wrench
adjustable wrench = crescent wrench = adjustable spanner = shifting spanner
spanner -> wrench
locking pliers = vise grips = vice grips = mole grips = vise grip
bench vise = bench vice = vise = vice
sledgehammer = sledge hammer = sledge
crowbar = pry bar = wrecking bar = prybar
stud finder = stud sensor = stud detector
chalk line = chalk reel
utility knife = box cutter = stanley knife = boxcutter = razor knife
sandpaper = sand paper = abrasive paper
sawhorse = saw horse = trestle
hand truck = sack truck = sack barrow = dolly = hand trolley
post hole digger = posthole digger = post hole auger
pickaxe = pick axe = pick mattock
wheelbarrow = wheel barrow = barrow
secateurs = pruning shears = pruners = hand pruners = hand shears
safety glasses = safety goggles = safety specs = protective eyewear
ear muffs = earmuffs = hearing protection = ear defenders
tool box = toolbox
# building materials
drywall = gypsum board = wallboard = plasterboard = gyprock = gypsum panel
sheetrock -> drywall
osb = oriented strand board = sterling board
mdf = medium density fiberboard = medium density fibreboard
rebar = reinforcing bar = reinforcement bar = reinforcing steel
weatherstripping = weather stripping = weather strip = draft excluder = draught excluder = draft stopper
zip ties = cable ties = tie wraps = zip tie = cable tie
duct tape = duck tape
caulk gun = caulking gun = caulk applicator
drop cloth = dust sheet = drop sheet
spray paint = aerosol paint = rattle can
wood filler = wood putty = wood dough
primer = undercoat
deadbolt = dead bolt = deadlock
door stop = doorstop = door stopper
bungee cord = bungee = elastic cord = shock cord = bungee strap
tarp = tarpaulin
pegboard = peg board
# garden and outdoor
garden hose = hosepipe = hose pipe = water hose
sprinkler = lawn sprinkler = water sprinkler
potting soil = potting mix = potting compost
fertilizer = fertiliser = plant food
weed killer = herbicide = weedkiller
bug spray = insect repellent = mosquito repellent
patio furniture = garden furniture = outdoor furniture = lawn furniture
patio umbrella = parasol = market umbrella = garden umbrella
grill = barbecue = bbq = barbeque
fire pit = firepit = fire bowl
planter = plant pot = flower pot = flowerpot = plant container
shed = garden shed = storage shed = outdoor shed
# cleaning and laundry
dustpan = dust pan
all purpose cleaner = multi surface cleaner = multipurpose cleaner = all purpose spray
laundry basket = laundry hamper = clothes hamper = washing basket
clothes airer = clothes drying rack = clothes horse = laundry rack = drying rack
clothes pegs = clothespins = clothes pins
# storage
storage bin = storage box = storage tote = storage container
# electronics
tv = television = telly = flat screen tv
tv mount = tv bracket = tv wall mount = tv wall bracket
laptop = notebook computer = laptop computer
cell phone = mobile phone = smartphone = cellphone
phone case = phone cover = cell phone case = mobile case
screen protector = screen guard = screen shield
earbuds = earphones = ear buds = in ear headphones = earpods
airpods -> earbuds
headphones = over ear headphones
power bank = portable charger = powerbank = battery bank
flash drive = usb stick = thumb drive = usb drive = memory stick = pen drive = usb flash drive = jump drive
hard drive = hard disk = hdd = hard disk drive
ssd = solid state drive
memory card = sd card = micro sd card = microsd
remote control = remote = tv remote = clicker
wifi router = wireless router = wi fi router = internet router
webcam = web camera = web cam
dashcam = dash cam = dashboard camera = car camera
game console = video game console = games console = gaming console
soundbar = sound bar
home theater system = home cinema system = home theatre system = surround sound system
record player = turntable = phonograph = gramophone
walkie talkie = two way radio = walkie talkies = handheld radio
gps = sat nav = satnav = gps navigator = navigation system
e reader = ereader = ebook reader = kindle
kindle -> e reader
fitness tracker = activity tracker = fitness band = fitbit
fitbit -> fitness tracker
tablet = tablet computer
smartwatch = smart watch
printer ink = ink cartridge = printer cartridge = ink cartridges
hdmi cable = hdmi cord = hdmi lead
# clothing and shoes
sweater = pullover
jumper -> sweater
hoodie = hooded sweatshirt = hoody = hooded top = hooded sweater = hooded jacket
t shirt = tee shirt = tshirt
sneakers = trainers = tennis shoes = athletic shoes
trousers = slacks = pants
underwear = undies = underpants
panties = knickers
waistcoat -> vest
braces -> suspenders
swimsuit = bathing suit = swimming costume = swimwear = cossie = swimming suit
swim trunks = board shorts = swim shorts = boardshorts
flip flops = flipflops = jandals
thongs -> flip flops
puffer jacket = down jacket = puffy jacket = puffer coat
raincoat = rain jacket = mackintosh = waterproof jacket
pajamas = pyjamas = pjs = jammies = sleepwear = nightwear
bathrobe = robe = dressing gown = bath robe
purse = handbag
wallet = billfold
backpack = rucksack = knapsack = bookbag = back pack
suitcase = luggage bag = trolley case = rolling luggage = roller bag
sunglasses = sun glasses = sunnies
eyeglasses = spectacles
beanie = woolly hat = knit hat = toque = stocking cap
diaper bag = nappy bag = changing bag
# baby and toys
stroller = pushchair = pram = buggy = baby carriage
crib = baby cot
cot -> crib
diapers = nappies = diaper = nappy
pacifier = soother = binky
dummy -> pacifier
high chair = highchair = feeding chair
onesie = babygrow = baby grow = sleepsuit
baby bottle = feeding bottle
stuffed animal = plush toy = soft toy = plushie = stuffed toy = cuddly toy = plush
dollhouse = doll house = dolls house
building blocks = building bricks = construction toy = building set
play dough = playdough = modeling clay = modelling clay = plasticine
# beauty and personal care
nail polish = nail varnish = nail lacquer = nail enamel
moisturizer = moisturiser = face cream = moisturizing cream = moisturising cream
sunscreen = sunblock = sun cream = suncream = sun lotion = sun screen = spf lotion
hair dryer = hairdryer = blow dryer = blowdryer = hair drier = blow drier
flat iron = hair straightener = straighteners = straightening iron = straightener
curling iron = curling wand = curling tongs
electric shaver = electric razor = shaver
cotton swabs = cotton buds = q tips = qtips = cotton tips
facial tissue = tissues = kleenex = face tissue
kleenex -> facial tissue
sanitary pads = sanitary towels = menstrual pads = maxi pads
adhesive bandages = sticking plasters = band aids = bandaids = sticking plasters
band aids -> adhesive bandages
perfume = eau de parfum
aftershave = after shave
eyeliner = eye liner
lip balm = chapstick = lip salve
chapstick -> lip balm
body wash = shower gel = shower cream
hair tie = hair elastic = scrunchie = hair bobble = ponytail holder
# pets
cat litter = kitty litter
litter box = litter tray = cat litter box = litter pan
dog crate = dog cage = pet crate
aquarium = fish tank
leash = dog lead = dog leash
# office and school
sticky notes = post its = post it notes = postits = sticky pads
whiteboard = dry erase board = white board = marker board
printer paper = copy paper = copier paper = a4 paper
scotch tape = sellotape = clear tape = sticky tape = adhesive tape
correction fluid = white out = tipp ex = tippex = correction tape
ring binder = binder = lever arch file
# automotive
jumper cables = jump leads = booster cables = jump cables = jump start cables
tire = tyre = tires = tyres
windshield wiper = windscreen wiper = wiper blade = wiper blades
antifreeze = coolant = engine coolant
motor oil = engine oil
gas can = petrol can = fuel can = jerry can = gas container = fuel container
trunk organizer = boot organiser = trunk organiser = boot organizer
license plate frame = number plate surround
# spellings of one word on either side of the Atlantic
aluminum = aluminium
gray = grey
color = colour
jewelry = jewellery
mold = mould
organizer = organiser
theater = theatre
center = centre
fiber = fibre
plow = plough
donut = doughnut
cozy = cosy
catalog = catalogue
"""
"""The list itself: one kind a line (see the module's docstring), ``#`` lines are headings."""


Name = tuple[str, ...]
"""A name as the search reads it: its searched words, stemmed ("wet dry vac" → ("wet", "dri", "vac"))."""


def _name(text: str) -> tuple[Name, tuple[str, ...]]:
    """A name's stemmed words (for matching a query) and its searched words (for searching the index)."""
    said = tuple(searched(words(text)))
    return tuple(stems(said)), said


@functools.cache
def _table() -> dict[Name, list[tuple[str, ...]]]:
    """Each name (stemmed) and the other names it is searched as, in the list's order (words as searched). The
    same words written together or apart ("lawnmower", "lawn mower") are left to the search's reading of compounds,
    which asks the catalog which way its products write them."""
    found: dict[Name, list[tuple[str, ...]]] = {}

    def add(name: tuple[Name, tuple[str, ...]], other: tuple[str, ...]) -> None:
        key, said = name
        others = found.setdefault(key, [])
        if other not in others and "".join(other) != "".join(said):
            others.append(other)

    for line in _KINDS.replace(" =\n", " = ").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        typed, arrow, meant = line.partition(" -> ")
        if arrow:
            targets = [_name(n)[1] for n in meant.split(" = ")]
            for name in typed.split(" = "):
                for said in targets:
                    add(_name(name), said)
            continue
        names = [_name(n) for n in line.split(" = ")]
        for name in names:
            for _, said in names:
                add(name, said)
    return {name: others for name, others in found.items() if name and others}


LONGEST = 4
"""No name of the list has more searched words than this."""


def names_in(plain: list[str]) -> list[tuple[int, int, list[str]]]:
    """The names of the list among a query's searched words: (start, end, other names as searched text), every
    one at each place (the longest first), in the query's order."""
    table = _table()
    stemmed = stems(plain)
    found: list[tuple[int, int, list[str]]] = []
    for at in range(len(plain)):
        for size in range(min(LONGEST, len(plain) - at), 0, -1):
            others = table.get(tuple(stemmed[at : at + size]))
            if others:
                found.append((at, at + size, [" ".join(o) for o in others]))
    return found


def pairs() -> int:
    """How many (name, other name) pairs the list gives."""
    return sum(len(others) for others in _table().values())
