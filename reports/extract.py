"""Articles -> reports: one report per claim (event type, place, date), by general rules.

Sentence by sentence: drop background, forecasts and diplomacy; find the event type and
weapon from trigger words; take the most specific places the sentence names (through the
gazetteer's spotter, so region-level claims stay region-level); read figures with their
qualifiers; find who the sentence attributes the claim to; resolve the date against the
publication date. Pure functions over an ``Article`` and a ``Gazetteer``: no I/O.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from gazetteer import Candidate, Gazetteer, Mention, Place, Resolution
from gazetteer.normalize import fold
from gazetteer.rank import haversine_km
from gazetteer.records import SETTLEMENT_KINDS
from gazetteer.spotter import unknown_settlement_spans

from .dates import (
    DATELINE_DAY,
    MONTH_NAMES,
    MONTH_WORDS,
    WEEKDAYS,
    DateRef,
    clock_date,
    date_until,
    day_of,
    dispatch_date,
    find_date,
)
from .model import AT_SEA_NOTE, NEAR_NOTE, Article, Report
from .patterns import Gated, any_in, gated, lower, needles
from .sentences import sentences

# -- vocabularies ------------------------------------------------------------------------

_NUMBER_WORDS = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a dozen": 12, "a hundred": 100, "both": 2, "half a dozen": 6, "two dozen": 24,
    "three dozen": 36, "four dozen": 48,
}
_VAGUE = ("dozens", "scores", "hundreds", "several", "many", "a number of", "a few")
# (a number whole, never a clock time's part: "By 18:00 two people were killed", "At 09:40
# a drone struck"; the first digit is matched before what precedes it is looked at, so a
# position with no digit fails at once: this runs at every position of most patterns)
_EXACT = (r"(?:\d(?<!\d\d)(?<!\d[:.]\d)(?:\d{0,2}(?:,\d{3})+|\d*)(?!\d|[:.]\d)|a dozen|"
          r"a hundred|" +
          "|".join(sorted((w for w in _NUMBER_WORDS if len(w) > 2 and w != "both"),
                          key=len, reverse=True)) +
    # "destroyed 29 drones and both missiles" (not "with both drones and missiles")
    r"|both(?!(?:\s+[\w-]+){1,3}\s+and\b))")
# A number, a range of two ("two to three", "20-25", "between 10 and 15": the figure is the
# low end and the qualifier the range) or a vague word.
NUM = (rf"(?:between\s+{_EXACT}\s+and\s+{_EXACT}|{_EXACT}(?:\s?[-–]\s?{_EXACT}(?![\w-])|"
       rf"\s+(?:to|or)\s+{_EXACT}\b)?|dozens|scores|hundreds|several|many|a few|a number of)")
_RANGE_RE = re.compile(r"(?:between\s+)?(.+?)(?:\s?[-–]\s?|\s+(?:to|or|and)\s+)(.+)")
QUAL = (r"(?:at least|more than|over|some|about|around|nearly|almost|up to|roughly|"
        r"approximately|as many as|fewer than|less than|another|a further|an estimated)")
_PEOPLE = (r"(?:people|persons|civilians|residents|adults|children|kids|soldiers|"
           r"servicemen|others|men|women|workers|firefighters|rescuers|locals|"
           r"passengers|villagers|ukrainians|russians|israelis|palestinians|lebanese|"
           r"militants|fighters|operatives|paramedics|medics|journalists)")
_ONE_PERSON = (r"(?:man|woman|child|person|civilian|resident|boy|girl|teenager|pensioner|"
               r"soldier|driver|[\w]+-year-old)")
# "a nine-year-old", "a 12-year-old girl", "a boy": one child, said by age or word
_ONE_CHILD = (r"\b(?:a|an|one|the)\s+(?:[\w-]+\s+){0,2}?(?:boy|girl|child|baby|toddler|"
              r"infant|(?P<age>\w+)-year-old)(?:\s+(?:boy|girl|child|son|daughter))?\b"
              r"(?!['’])")


def _one_child_res(outcome: str, verb: str) -> tuple[re.Pattern[str], ...]:
    """ "a nine-year-old was killed", "killing a 15-year-old boy", "a girl was among the
    dead" (the child is the victim, not someone else in the sentence)."""
    return (re.compile(rf"{_ONE_CHILD}\s+(?:(?:was|has been|had been)\s+(?:[a-z]+ly\s+)?"
                       # ("was among the dead", "was among three people killed")
                       rf"(?:{outcome})|was among (?:the\s+|those\s+)?(?:[\w-]+\s+){{0,3}}?"
                       rf"(?:{outcome})|died)\b"),
            re.compile(rf"\bamong the (?:{outcome}) was\s+{_ONE_CHILD}"),
            re.compile(rf"\b(?:{verb})\s+{_ONE_CHILD}"))


_CHILD_KILLED_RES = _one_child_res("killed|dead", "kill(?:ing|ed|s)")
_CHILD_INJURED_RES = _one_child_res("injured|wounded|hurt", "injur(?:ing|ed|es)|wound(?:ing|ed|s)")
# "her husband was injured", "his son died": one person, named by kinship
_KIN = (r"(?:husband|wife|son|daughter|mother|father|brother|sister|grandmother|"
        r"grandfather|grandson|granddaughter|neighbou?r|colleague)")
_KIN_RE = re.compile(_KIN)
# gates for the one-person and kin shapes, from their own word lists: one of these
# substrings is in every match ("-year-old" of "[\w]+-year-old", "neighbo" of "neighbou?r")
_ONE_PERSON_WORDS = " ".join(w.replace(r"[\w]+", "") for w in _ONE_PERSON[3:-1].split("|"))
# "killing a Hezbollah commander", "a paramedic was wounded": one person named by what
# they do (only right beside the toll: "a doctor said two were killed" is a speaker)
_ONE_ROLE = (r"(?:commander|fighter|militant|member|journalist|paramedic|medic|policeman|"
             r"farmer|worker|rescuer|firefighter|volunteer|serviceman|photographer|nurse|"
             r"doctor|officer|employee|official|rider|motorcyclist|pedestrian|shepherd|"
             r"owner|homeowner|tenant|shopkeeper|vendor|watchman|caretaker|"
             r"fisherman|occupant|settler|passenger|student|teacher|guard|operative)")
_ONE_ROLE_WORDS = _ONE_ROLE[3:-1].replace("|", " ")
_KIN_WORDS = " ".join(w.replace("u?r", "") for w in _KIN[3:-1].split("|"))

# "killing a man and a woman", "the driver, a passenger and a child were injured": a toll
# told as single people listed one by one, each one counted
_PERSON_ITEM = (rf"(?:a|an|one|the|his|her|their)\s+(?:(?!and\b)[\w-]+\s+){{0,2}}?"
                rf"(?:{_ONE_PERSON}|{_ONE_ROLE}|{_KIN}|baby|infant|toddler)\b(?!['’])")
_PERSONS_LIST = rf"{_PERSON_ITEM}(?:\s*,\s*{_PERSON_ITEM})*,?\s+and\s+{_PERSON_ITEM}"

# "a woman born in 1964 was wounded", "in 2022 ... were killed": a year, never a toll
_NOT_A_YEAR = (
    r"(?!(?<=in )(?:19|20)\d\d\b)(?!(?<=since )(?:19|20)\d\d\b)"
    # "overnight on March 2 killed 12", "on 5 June killed three": a day of a month, never
    # a toll (tested only before a digit)
    rf"(?:(?!\d)|(?!\d\d? (?:{'|'.join(MONTH_WORDS)})\b)"
    + "".join(rf"(?<!\b{month} )" for month in MONTH_WORDS) + ")")


_KILLERS = (r"(?:bombs?|missiles?|rockets?|drones?|shells?|(?:air)?strikes?|attacks?|"
            r"explosions?|blasts?|projectiles?|uavs?|shaheds?|grenades?|mines?)")


# "Five people, among them two children, were killed", "Seven people - three of them
# children - were injured", "Four civilians, all of them women, were killed": a word
# between the toll and its outcome about who they were
_ASIDE_WORD = (r"(?:including|among them|among whom|(?:[\w-]+\s+)?of (?:them|whom)|both|all|"
               r"mostly|mainly|many|most|chiefly)")
# ("Two people, a woman and a teenage boy, were injured": who they were, one by one)
_TOLL_ASIDE = (rf"(?:\([^)]*\)\s*|,\s*{_ASIDE_WORD}\b[^,;.()]{{0,40}},\s*|"
               rf"\s*[-\u2013\u2014]+\s*{_ASIDE_WORD}\b[^-\u2013\u2014,;.()]{{0,40}}?\s*"
               rf"[-\u2013\u2014]+\s*|(?:,|\s*[-\u2013\u2014]+)\s*{_PERSONS_LIST}"
               r"(?:,|\s*[-\u2013\u2014]+)\s*|"
               # ("Nine people including a child were injured": no commas round it)
               r"(?:including|among them)\s+[^,;.()]{0,40}?\s+(?=(?:were|have been|had been)\s))")


# "Three members of a family", "five members of the same family": people, counted
_FAMILY_MEMBERS = (r"members\s+of\s+(?:an?|one|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
                   r"family")


def _toll_patterns(outcome: str, verb: str, single: str, among: str
                   ) -> tuple[re.Pattern[str] | Gated, ...]:
    """The shapes a toll takes in news, most specific first: "12 people were killed",
    "killing 12", "a man was killed" / "a man died" / "a girl was among the dead" (at
    least one), "killing a man"."""
    return (
        # (not "two bombs killed six": what did the killing)
        re.compile(rf"\b(?P<q>{QUAL}\s+)?{_NOT_A_YEAR}(?P<n>{NUM})\s+"
                   rf"(?:(?!and\b|or\b|{_KILLERS}\b)[\w-]+\s+){{0,3}}?"
                   rf"(?:{_PEOPLE}|{_FAMILY_MEMBERS})?\s*{_TOLL_ASIDE}?"
                   rf"(?:were|have been|had been|was|are|got)?\s*(?:{outcome})\b"),
        # ("killed the three paramedics", "killing all 12 crew members")
        re.compile(rf"\b(?:{verb})\s+(?:the\s+|all\s+)?(?P<q>{QUAL}\s+)?(?P<n>{NUM})\b"),
        gated(_ONE_PERSON_WORDS,
              rf"\b(?P<n>a|one|an|the)\s+(?:[\w-]+\s+){{0,2}}?{_ONE_PERSON}\b[^.;]{{0,80}}?"
              rf"\b(?:(?:was|had been|has been|were)\s+(?:[a-z]+ly\s+)?(?:{outcome})|"
              rf"{single})\b"),
        gated(_ONE_PERSON_WORDS, rf"\b(?:{verb})\s+(?P<n>a|one|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
              rf"{_ONE_PERSON}\b"),
        # "came under fire again, with a 72-year-old woman wounded"
        gated(_ONE_PERSON_WORDS, rf"\bwith\s+(?P<n>a|one|an)\s+(?:[\w-]+\s+){{0,2}}?"
              rf"{_ONE_PERSON}\s+(?:{outcome})\b"),
        # "dropped a grenade on a civilian, injuring him" (not "injuring her husband")
        gated("him her", rf"\b(?:{verb})\s+(?P<n>him|her)(?=\s*[,.;:)]|\s*$|\s+(?:and|in|on|at|"
              r"as|when|while|after|before|with|near|outside|inside)\b)"),
        # ("killing a senior Revolutionary Guards commander")
        # ("killing the shopkeeper", "The owner was wounded")
        gated(_ONE_ROLE_WORDS, rf"\b(?:{verb})\s+(?P<n>a|an|one|its|the)\s+"
              rf"(?:[\w-]+\s+){{0,3}}?{_ONE_ROLE}\b"),
        gated(_ONE_ROLE_WORDS, rf"\b(?P<n>a|an|one|the)\s+(?:[\w-]+\s+){{0,2}}?{_ONE_ROLE}"
              rf"\s+(?:was|has been|had been)\s+(?:[a-z]+ly\s+)?(?:{outcome})\b"),
        gated(_KIN_WORDS,
              rf"\b(?:her|his|their)\s+(?:[\w-]+\s+)?(?P<n>{_KIN})\s+(?:was\s+|"
              rf"had been\s+|has been\s+)?(?:seriously\s+|fatally\s+)?(?:{outcome}|"
              rf"{single})\b"),
        # "killing a woman and injuring her husband"
        gated(_KIN_WORDS, rf"\b(?:{verb})\s+(?:her|his|their)\s+(?:[\w-]+\s+)?"
                          rf"(?P<n>{_KIN})\b"),
        # "two children were among the dead", "an aid worker was among those killed"
        # (also "..., with a woman among the wounded")
        gated("among_th", rf"\b(?P<n>{NUM}|an?)\s+(?:[\w-]+\s+){{0,3}}?(?:(?:was|were)\s+)?"
                          rf"(?P<among>among) (?:the|those) (?:{among})\b"),
        gated("among_th", rf"\b(?P<among>among) (?:the|those) (?:{among})\s+(?:was|were)\s+"
                          rf"(?P<n>{NUM}|an?)\b"),
    )


def _none_patterns(outcome: str, nouns: str) -> tuple[Gated, ...]:
    """ "No one was hurt", "nobody was killed", "no casualties": a stated zero."""
    return (
        gated("no_one no-one nobody",
              rf"\b(?P<n>no one|no-one|nobody)\s+(?:was\s+|were\s+|has been\s+|"
              rf"had been\s+)?(?:seriously\s+)?(?:{outcome})\b"),
        # "no casualties were reported", but not "no immediate reports of casualties":
        # that says nothing is known yet.
        gated(" ".join(f"no_{n[:5]}" for n in nouns.split("|")),
              rf"\b(?P<n>no)\s+(?:{nouns})\b(?!\s+(?:figures|toll))"),
    )


# How a toll grows: "has risen to 12", "climbed to 20"
# ("Death toll from strike on Dnipro rises to 7": a headline's present)
_ROSE = "risen|rose|rises|climbed|climbs|jumped|jumps|increased|increases|grown|grew|grows"
_KILLED_RES = (
    *_none_patterns("killed|died|dead", "deaths|fatalities|casualties|dead"),
    *_toll_patterns("killed|dead|died|deaths|fatalit(?:y|ies)|lost their lives|perished|"
                    "shot dead",
                    "kill(?:ing|ed|s)|claim(?:ing|ed) the lives of|shot dead|shooting dead|"
                    "shot and killed", "died",
                    "dead|killed|victims|fatalities|who died"),
    re.compile(rf"\bdeath toll\b[^.;]{{0,30}}?\b(?:to|at|of|reached|is|stands at|rose to)"
               rf"\s+(?P<q>{QUAL}\s+)?(?P<n>{NUM})\b"),
    # "Rescuers pulled two bodies from the rubble", "the bodies of three people were found"
    gated("bodies", rf"\b(?:pulled|recovered|retrieved|found|removed)\s+(?:the\s+)?"
                    rf"(?P<q>{QUAL}\s+)?(?P<n>{NUM})\s+(?:more\s+)?bodies\b"),
    gated("bodies", rf"\b(?P<q>{QUAL}\s+)?(?P<n>{NUM})\s+(?:more\s+)?bodies\s+(?:were|have "
                    r"been|had been)\s+(?:pulled|recovered|retrieved|found|removed)\b"),
    gated("bodies_of", rf"\bthe bodies of\s+(?P<q>{QUAL}\s+)?(?P<n>{NUM})\b"),
    # a field of a terse note: "Fatalities: 5", "Killed: 2" (ACLED, live feeds)
    gated("fatalities: fatality: deaths: killed: dead:",
          rf"\b(?:fatalit(?:y|ies)|deaths|killed|dead)\s*:\s*(?P<q>{QUAL}\s+)?(?P<n>{NUM})\b"),
    # "The death toll from a Russian drone strike on a building in Odesa has risen to 12"
    re.compile(rf"\b(?:death toll|number of (?:dead|deaths|fatalities|victims|(?:those|people|"
               rf"civilians) (?:killed|who died)))\b[^.;]{{0,120}}?"
               rf"\b(?:{_ROSE})\s+to\s+(?P<q>{QUAL}\s+)?(?P<n>{NUM})\b"),
    # "A Russian missile killed a family of four" ("a family of five was killed": above)
    gated("family_of", rf"\b(?:kill(?:ing|ed|s)|wip(?:ing|ed) out)\s+(?:an?|the|one|entire|"
                       rf"whole|\s)+family\s+of\s+(?P<n>{NUM})\b"),
)
_INJURED_RES = (
    *_none_patterns("injured|wounded|hurt", "injuries|casualties|injured|wounded"),
    *_toll_patterns("injured|wounded|hurt|hospitali[sz]ed",
                    # ("a 60-year-old man sustained injuries", "the driver suffered wounds")
                    "injur(?:ing|ed|es)|wound(?:ing|ed|s)", "was hurt|(?:sustained|suffered|"
                    r"received)\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds)",
                    "injured|wounded|hurt|hospitali[sz]ed"),
    re.compile(rf"\bnumber of (?:injured|wounded|injuries|(?:those|people|civilians) (?:injured|"
               rf"wounded))\b[^.;]{{0,120}}?\b(?:{_ROSE})"
               rf"\s+to\s+(?P<q>{QUAL}\s+)?(?P<n>{NUM})\b"),
    re.compile(rf"\b(?P<q>{QUAL}\s+)?{_NOT_A_YEAR}(?P<n>{NUM})\s+(?:[\w-]+\s+){{0,2}}?"
               rf"(?:injuries|"
               rf"injured|wounded)\b"),
    # "Two women suffered shrapnel wounds"
    re.compile(rf"\b(?P<q>{QUAL}\s+)?{_NOT_A_YEAR}(?P<n>{NUM})\s+(?:[\w-]+\s+){{0,2}}?"
               r"(?:sustained|suffered|received)\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds)\b"),
    gated("injured: wounded: injuries:",  # ("Injured: 4": a terse note's field)
          rf"\b(?:injured|wounded|injuries)\s*:\s*(?P<q>{QUAL}\s+)?(?P<n>{NUM})\b"),
)
_CHILDREN_RE = gated("child minor kids boy girl bab toddler infant teen",
                     # ("including two children", "three of them children")
                     rf"\b(?:(?:including|among them|of them)\s+(?P<n>{NUM}|an?)|"
                     rf"(?P<n2>{NUM})\s+of them(?:\s+were|\s+are)?)\s+"
                     r"(?:[\w-]+\s+)?(?:children|minors?|kids|child|boys?|girls?|bab(?:y|ies)|"
                     r"toddlers?|infants?|teenagers?)\b")
_CHILD_WORDS = r"(?:children|minors|kids|boys|girls|babies|toddlers|infants|teenagers)\b"
# "two children were among the dead": the children among a toll told elsewhere
# (also "Two children were among five people killed", "among the 16 dead")
_CHILDREN_AMONG_RE = gated(
    "among",
    rf"\b(?P<n>{NUM})\s+(?:[\w-]+\s+)?{_CHILD_WORDS}\s+(?:were|are)\s+among\s+"
    rf"(?:(?:the|those)\s+)?(?:(?:{NUM})\s+(?:[\w-]+\s+)?)?"
    r"(?P<what>dead|killed|victims|injured|wounded|hurt)\b|"
    r"\bamong (?:the|those) (?P<what2>dead|killed|victims|injured|wounded|hurt)\s+"
    rf"(?:were|are)\s+(?P<n2>{NUM})\s+(?:[\w-]+\s+)?{_CHILD_WORDS}")
# A figure and the words before what it counts
# (not the number of a model: "two Kh-101 missiles", "an S-300 missile")
# (nor a calibre: "six 155 mm shells" counts six)
_COUNTED = (rf"(?<![-/])\b(?P<q>{QUAL}\s+)?(?P<n>{NUM})(?!\s?-?mm\b)"
            rf"(?:\s+of\s+(?:the\s+)?(?P<total>{NUM}))?"
            r"(?:\s+of\s+(?:the|these|those|them))?"
            r"(?:(?<=dozens|scores)\s+of|(?<=hundreds)\s+of)?\s+"  # ("dozens of rockets")
            r"(?:(?!(?:killed|injured|wounded|dead|died|people|civilians|in|at|on|by|and|or|"
            r"of|from|after|during|with|"
            # ("sirens blared for more than two hours as missiles targeted the capital": a
            # time, not how many)
            r"seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|times)\b|"
            r"\d(?!\d*\s?-?mm\b))[\w-]+\s+){0,3}?")
_COUNT_RE = gated(
    "drone uav unmanned uncrewed usv missile rocket shell projectile bomb shahed geran kab fab",
    _COUNTED + r"(?P<noun>drones?|uavs?|unmanned aerial vehicles|missiles?|"
    r"rockets?|shells?|projectiles|bombs|shaheds?|geran|attack drones|"
    r"kamikaze drones|guided bombs|glide bombs|kabs?|fabs?|"
    r"(?:unmanned|uncrewed) (?:surface )?(?:vessels?|boats?)|usvs?)\b")

# A vessel as the object of "destroyed" or "sank": ships are struck, not intercepted.
# (An unmanned or drone boat is a weapon: destroying one is an interception.)
_USV = r"(?:unmanned|uncrewed|robotic|drone) (?:surface )?(?:vessel|boat)s?|usvs?"
_UAV = r"(?:unmanned|uncrewed) aerial vehicles?|unmanned aircraft"  # CENTCOM's words
# (no "vessel" or "boat" here: an unmanned surface vessel or drone boat is a weapon)
_WARSHIPS = r"ships?|frigates?|corvettes?|submarines?|tankers?|cruisers?|(?:missile )?carriers?"
_VESSEL_OBJECT = (r"(?=(?:\s+(?:the|a|an|two|three|one|another|its|their|of))?(?:\s+[\w-]+){0,4}?"
                  r"(?<!unmanned)(?<!uncrewed)(?<!robotic)(?<!drone)(?<!surface)"
                  rf"\s+(?:{_WARSHIPS}|vessels?|boats?|"
                  r"tugs?|barges?|ferr(?:y|ies)|landing craft|minesweepers?)\b)")
# Each pattern with the substrings one of which any match contains (see patterns.py).
# "a rocket launcher was destroyed", "destroyed a drone depot": what a strike destroyed,
# not a weapon shot down
# where weapons are kept, made or fired from (a weapon's word before one is no weapon)
_WEAPON_SITES = (r"launchers?|systems?|depots?|sites?|warehouses?|factor(?:y|ies)|plants?|"
                 r"workshops?")
_ARMS_SITES = rf"{_WEAPON_SITES}|storage|production|positions?"
_NOT_A_SITE = rf"(?![\s-]+(?:{_ARMS_SITES}|crews?|operators?|units?|carriers?|boats?|ships?))"
# "122mm rockets", "220-mm rockets": a calibre marks a rocket artillery's round, not a missile
_CALIBRE_ROCKETS = r"\b\d{2,3}\s?-?mm rockets?\b"
# "the remains of a military object", "wreckage of an unidentified flying object": what
# Poland's army calls what it has not yet identified
_OBJECT = (r"(?:(?:[\w-]+ )?(?:military|flying|unidentified|aerial) objects?|"
           # ("the remains of an object, possibly a drone": Poland's army's wording)
           r"objects?,? (?:possibly|probably|likely|presumably|most likely|believed to be) "
           r"(?:an? |the )?(?:[\w-]+ )?(?:drone|missile|rocket|uav)s?)")
# "Moldovan border police found fragments of a drone", "Lithuanian border guards spotted a
# drone": the finder, the subject, is the source
_FINDER_RE = re.compile(
    r"\s*(?P<who>(?:the\s+)?(?:[A-Z][\w-]+\s+){0,3}(?:border\s+)?(?:police|guards?|soldiers|"
    r"troops|authorities|army|military|forces|servicemen|officials|rescuers|emergency services|"
    r"sappers|deminers|radars?))\s+(?:have\s+|had\s+)?(?:found|discovered|spotted|detected|"
    r"located|recovered|tracked)\b")
_NEIGHBOURS = r"(?:belarus|ukraine|russia|moldova|lebanon|syria|yemen|iran|iraq|gaza)"
# Lands beside the wars, whose skies the wars' weapons stray into
_NEIGHBOUR_LANDS = (r"(?:poland|romania|moldova|latvia|lithuania|estonia|finland|norway|sweden|"
                    r"denmark|germany|belarus|hungary|slovakia|bulgaria|turkey|georgia|"
                    r"azerbaijan|armenia|kazakhstan|jordan|egypt|saudi arabia|cyprus|iraq|"
                    r"iran|syria|lebanon|israel|ukraine|russia|pakistan|india|afghanistan|"
                    r"chad|south sudan|ethiopia|eritrea|thailand|cambodia)")
# Troops' places that troops fire on
_POSTS = r"(?:(?:its|our|their|the|[\w-]+)\s+)?(?:positions|posts|outposts|trenches)\b"
_FLEW_IN_FROM = (
    # (drones and objects that wander; "35 rockets crossed from Lebanon" is an attack)
    r"\b(?:drones?|uavs?|objects?|balloons?)\b[^.;]{0,40}?\b(?:flew|"
    r"entered|crossed|strayed)\b(?:[^.;]{0,40}?\bfrom (?:neighbou?ring )?" + _NEIGHBOURS +
    r"|\s+from (?:neighbou?ring )?" + _NEIGHBOURS + r"\s+into)\b")
_FLEW_IN_FROM_RE = re.compile(_FLEW_IN_FROM)
# "a house was damaged by falling debris": what debris hit (a violation abroad, an
# attack's harm where the war is fought)
_HIT_BY_DEBRIS = r"\b(?:hit|struck|damaged) by (?:falling )?(?:debris|fragments|wreckage|parts)"
_HARMED_WORD = r"\b(?:killed|injured|wounded|died|hurt)\b"
_HARMING = r"\b(?:killed|injured|wounded|died|hurt|killing|injuring|wounding)\b"
_LANDED_ON = r"\b(?:fell|landed|crashed) (?:on|onto|into)\b"  # (debris that hit something)
_OF_AGGRESSION = (r"\b(?:as a (?:result|consequence)|because) of (?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
                  r"aggression\b")
_EVENT_RES: tuple[tuple[str, Gated], ...] = (
    ("airspace_violation", gated(
        "space debris fragment wreckage remains parts crashed fell landed came_down spotted found "
        "sighted sighting observed discovered detected tracked from territory entered flew_into "
        "crossed_into strayed_into",
        r"\b(?:enter(?:ed|ing|s)?|violat(?:ed|ing|ion of|es)|cross(?:ed|ing)? into|"
        r"breach(?:ed|ing)?|intru(?:ded|sion) (?:into|of)|incursion (?:into|of)|flew into|"
        # ("a possible unauthorised entry into national airspace")
        r"entry (?:into|of)|"
        r"strayed into|(?:flew|passed) (?:through|across|over)|crossed)\b[^.;]{0,60}?"
        r"\bair\s?space\b|\bair\s?space (?:violation|breach|incursion)|"
        # "a Russian cruise missile flew over Moldova's territory": its airspace
        r"\b(?:missiles?|drones?|uavs?|rockets?|objects?|aircraft|warplanes?|jets?|"
        r"helicopters?)\b[^.;]{0,40}?\b(?:flew|passed|crossed|entered|violated)\s+"
        # ("flew about 10 km into Latvian territory")
        r"(?:(?:about |some |nearly |around )?\d+\s?(?:km|kilomet(?:re|er)s|miles)\s+)?"
        r"(?:over\s+|through\s+|into\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}?territory\b|"
        # "At least 19 drones entered Poland": a neighbour named as the land they flew into
        # (where the war is fought, no violation: below)
        r"\b(?:missiles?|drones?|uavs?|rockets?|objects?|aircraft|warplanes?|jets?|"
        r"helicopters?|balloons?)\b[^.;]{0,40}?\b(?:entered|flew into|crossed into|strayed into)"
        r"\s+" + _NEIGHBOUR_LANDS + r"\b|"
        r"\b(?:debris|fragments?|wreckage|remains|parts) (?:of|from) (?:an? |the )?"
        # ("debris from a Russian drone hit a house in Plauru": where the war is fought,
        # the attack's; below)
        r"(?:(?:[\w-]+ ){0,2}(?:drone|missile|rocket|uav)s?|" + _OBJECT + r")\b[^.;]{0,80}?"
        r"\b(?:found|discovered|fell|fallen|crashed|landed|hit|struck|damaged)\b|"
        r"\b(?:drone|missile|rocket|uav)s? (?:debris|fragments?|wreckage|parts|remains)\b"
        r"[^.;]{0,80}?\b(?:found|discovered|fell|fallen|crashed|landed|hit|struck|damaged)\b|"
        # ("a Romanian village was hit by debris from a Russian drone")
        + _HIT_BY_DEBRIS + r" (?:of|from) (?:an? |the )?(?:(?:[\w-]+ ){0,2}"
        r"(?:drone|missile|rocket|uav)s?|" + _OBJECT + r")\b|"
        r"\b(?:drone|missile|rocket|uav|projectile)s?\b[^.;]{0,40}?\b(?:crashed|fell|fallen|landed|"
        r"came down)"
        r"\b|"
        # "One drone was found in a field near Ceadir-Lunga"
        r"\b(?:drone|missile|rocket|uav)s? (?:was|were|had been|has been|have been) "
        r"(?:found|discovered)\b|"
        # "two to three large drones were spotted near the airfield" (Denmark, 2025)
        r"\b(?:drones?|uavs?)\b[^.;]{0,30}?\b(?:was|were|had been|have been) (?:spotted|"
        r"sighted|observed)\b|\bdrone sightings?\b|"
        # "radar detected a drone over Tulcea county", "a drone was detected in Romanian
        # airspace": what a neighbour's radar saw over its soil (not where the war is: below)
        r"\b(?:detected|tracked)\s+(?:an? |the |one |two |three |\d+ )?(?:[\w-]+ ){0,2}?"
        r"(?:drones?|uavs?|missiles?|rockets?|" + _OBJECT + r")\b|"
        r"\b(?:drones?|uavs?|missiles?|rockets?|objects?)\b[^.;]{0,30}?\b(?:was|were|had been|"
        r"have been|has been) (?:detected|tracked)\b|"
        # "Moldovan border police found fragments of a drone near Etulia" ("... drone
        # debris near Plauru")
        r"\b(?:found|discovered|recovered)\s+(?:the\s+)?(?:(?:debris|fragments?|wreckage|"
        r"remains|parts) of (?:an? |the )?(?:(?:[\w-]+ ){0,2}(?:drone|missile|rocket|uav)s?|" +
        _OBJECT + r")|(?:drone|missile|rocket|uav) (?:debris|fragments?|wreckage|parts|remains))"
        r"\b|"
        # "a drone flew into Lithuania from Belarus", "flew in from Belarus near Vilnius"
        # (where the war is fought, no violation: below)
        + _FLEW_IN_FROM)),
    ("interception", gated(
        "shot shoot down intercept repel repuls neutrali thwart defen destroy eliminat "
        "suppressed_by jammed_by",
        r"\b(?:shot down|shooting down|shoot down|downed|intercept(?:ed|ing|s|ion)?|"
        # ("a fixed-wing drone ... was suppressed by electronic warfare": the Russian
        # defence ministry's word for a drone brought down by jamming)
        r"(?:suppressed|jammed) by (?:[\w-]+\s+){0,2}?(?:electronic warfare|ew|jamming)|"
        r"repelled|repulsed|neutrali[sz]ed|thwarted|air defen[cs]es? (?:\w+ ){0,3}?"
        # ("air defences confronted hostile targets": Syrian state media's wording)
        # ("Air defence systems in Isfahan were activated": Iranian state media's)
        # ("Air defence is repelling a drone attack on Kyiv": the city's administration's)
        r"(?:destroyed|worked|were active|engaged|repel(?:led|ling)?|confronted|"
        r"(?:were |was |had been |"
        r"have been )?activated))\b|"
        # "crashed after being hit by Ukrainian air defences"
        r"\b(?:hit|struck|downed) by (?:[\w-]+\s+){0,2}?air[- ]defen[cs]es?\b|"
        # "destroyed a Russian Su-24 bomber over the Black Sea": an aircraft downed in
        # flight (not "destroyed a Su-34 at the Morozovsk airfield")
        r"\b(?:destroyed|downed)\s+(?:an?\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:aircraft|bombers?|jets?|fighters?|helicopters?|planes?|(?:su|mig|tu|ka|mi|il)-\d+\w*)"
        r"\s+(?:over|above)\b|"
        # (not "houses were destroyed by Russian drones", "... in a drone attack")
        r"\b(?:destroy(?:ed|ing)|downed|eliminated)\b(?!" + _VESSEL_OBJECT + r")"
        r"(?!\s+(?:by|in|during|after|when|as)\b)"
        r"[^.;]{0,50}?\b(?:drones?|uavs?|missiles?|rockets?|shaheds?|projectiles|"
        # ("destroyed ten aerial targets"; not the strike's "destroying 22 targets")
        r"(?:aerial|air|airborne|flying|hostile air|enemy air)\s+targets|"
        r"targets(?=\s+(?:over|above)\b)|"
        + _UAV + "|" + _USV + r")\b" + _NOT_A_SITE + "|"
        r"\b(?:drones?|uavs?|missiles?|rockets?|shaheds?|" + _UAV + "|" + _USV + r")\b" +
        _NOT_A_SITE +
        r"[^.;]{0,40}?\b"
        r"(?:was|were|has been|have been|had been) (?:destroyed|downed|intercepted|"
        r"eliminated)\b|"
        r"\b(?:of (?:them|which|these|those),?\s+(?:[\w,]+\s+)?|\d+\s+|all\s+)(?:were|have been|"
        r"had been) (?:destroyed|downed|intercepted|neutrali[sz]ed|eliminated)\b|"
        # a feed's "31 of 42 Shahed drones destroyed overnight over ..." (no verb before:
        # not "six drones destroyed a warehouse")
        r"\b\d+\s+(?:of\s+\d+\s+)?(?:[\w-]+\s+){0,2}?(?:drones?|uavs?|missiles?|rockets?|"
        r"shaheds?)\s+(?:destroyed|downed|intercepted|shot down|neutrali[sz]ed)"
        r"(?=\s+(?:overnight|over|above|by|in|on|near|during|and)\b|\s*[,.;]|\s*$)")),
    ("shelling", gated(
        "shell artiller mortar mlrs multiple grad uragan smerch bm- tos- vampire howitzer fire "
        "mm_rocket katyusha",
        r"\b(?:shell(?:ed|ing|s)|artillery|mortars?|mlrs|multiple(?:-| )launch rocket|"
        r"multiple rocket|grad|uragan|smerch|bm-\d\d|tos-1a?|vampire|katyushas?|howitzers?|"
        r"cross-border fire|"
        r"came under (?:heavy )?fire|tank fire)\b|" + _CALIBRE_ROCKETS + "|"
        # "a shell struck a crowded market" (the noun alone: "Shell" is also a company)
        r"\bshells?\s+(?:struck|hit|hits|landed|fell|exploded|slammed)\b|"
        # "the Russian army fired 47 times on border communities" (Ukrainian summaries)
        r"\bfired\b[^.;]{0,40}?\b\d+ times\b")),
    ("strike", gated(
        "launch fir struck strik hit bomb attack target pounded slammed barrage dropp damag "
        "destroy sank sunk sinking disabled by_ killed injured wounded exploded detonated blew_up "
        "reached got_through broke_through impact the_water the_sea straf",
        # ("fired 412 projectiles at the region": a Ukrainian daily tally's unnamed arms)
        r"\b(?:launch(?:ed|es|ing)?|fir(?:ed|es|ing))\b[^.;]{0,50}?\b(?:missiles?|drones?|"
        r"rockets?|uavs?|shaheds?|projectiles)\b|"
        # ("Israeli forces airstruck a house": conflict databases' verb)
        r"\b(?:struck|air-?struck|strikes?|striking|hit|hits|hitting|bomb(?:ed|ing|s)?|"
        # (the noun only with its harm: not "Russia's role in the bombardment of Aleppo")
        r"bombard(?:ed|ing)|bombardments?(?=[^.;]{0,80}?\b(?:killed|killing|wounded|"
        r"wounding|injured|injuring|damaged|damaging|destroyed)\b)|"
        r"air\s?strikes?|attack(?:ed|s|ing)?|targeted|pounded|slammed|barrage|"
        r"straf(?:ed|ing)|"  # ("a gunship strafed the village": gunfire from the air)
        # (not "fired on its positions": a fight on the ground, below)
        r"fired (?:on|upon|at)(?!\s+" + _POSTS + r")|"
        r"(?:drone|missile|rocket) fire)\b|"
        r"\bdropp(?:ed|ing) (?:[\w-]+ ){0,2}(?:explosives?|bombs?|grenades?|munitions?|"
        r"explosive devices?|kabs?|fabs?)\b|"
        r"\b(?:missiles?|rockets?|drones?|uavs?|projectiles)\s+(?:was\s+|were\s+)?"
        r"(?:fired|launched)\s+(?:from|at|on|towards?|into)\b|"
        r"\b(?:drones?|uavs?|missiles?|rockets?)\s+(?:attack\s+|strike\s+)?(?:set fire to|"
        r"(?:sparked|caused|started) (?:a )?(?:large )?fires?|damaged|destroyed (?!over\b))\b|"
        # "two missiles reached their targets", "three drones got through" (what air defences
        # did not stop)
        r"\b(?:missiles?|rockets?|drones?|uavs?|shaheds?)\s+(?:[\w-]+\s+){0,2}?(?:reached\s+"
        r"(?:their|its)\s+targets?|(?:got|broke)\s+through)\b|"
        r"\bimpacts?\s+(?:were|was|have been|has been)\s+(?:recorded|registered|reported)\b|"
        # "a suicide drone exploded near an oil field": the weapon went off where it struck
        r"\b(?:drones?|uavs?|missiles?|rockets?|shaheds?|projectiles?)\s+(?:[\w-]+\s+)?"
        r"(?:exploded|detonated|blew up)\b(?!\s+(?:in (?:the )?(?:mid-?)?air|mid-?air))|"
        # "the master reported a projectile landing in the water near the ship": a miss
        r"\b(?:missiles?|rockets?|projectiles?|drones?|uavs?)\b[^.;]{0,30}?\b(?:land(?:ed|ing)|"
        r"splash(?:ed|ing)(?: down)?|f(?:e|a)ll(?:ing)?|impact(?:ed|ing))\s+(?:in|into)\s+the\s+"
        r"(?:water|sea)\b|"
        # "Missiles killed three people", "a drone injured two": the weapon as the killer
        r"\b(?:missiles?|rockets?|drones?|uavs?|shaheds?|glide bombs?|bombs?|kabs?)\s+"
        r"(?:have\s+|has\s+|had\s+)?(?:killed|injured|wounded)\b|"
        # "a man was killed by a Russian drone": the weapon named as the killer ("a house
        # was damaged by a missile": as what did the damage; "the blast at the depot was
        # caused by a drone": a blast whose cause is told)
        r"\b(?:killed|injured|wounded|hurt|damaged|destroyed|caused|triggered)\b[^.;]{0,30}?\bby "
        r"(?:an? |the |two |three |several )?"
        r"(?:[\w-]+ ){0,3}?(?:drones?|missiles?|rockets?|bombs?|uavs?|shaheds?|munitions?|"
        r"airstrikes?|air strikes?)\b|"
        # "destroyed a Russian landing ship", "sank the patrol boat": a strike at sea
        r"\b(?:destroy(?:ed|ing)|sank|sunk|sinking|damag(?:ed|ing)|disabled)\b"
        + _VESSEL_OBJECT + "|"
        # "a Russian landing ship, the Novocherkassk, was destroyed"
        rf"\b(?:{_WARSHIPS})\b[^.;]{{0,40}}?\b(?:was|were|has been|have been|"
        r"had been) (?:destroyed|sunk|damaged|disabled)\b|"
        # "destroyed a drone depot", "destroyed two rocket launchers": weapons on the ground
        r"\bdestroy(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:drones?|uavs?|missiles?|rockets?|"
        r"weapons?|ammunition|arms)[\s-]+(?:" + _ARMS_SITES + r")\b|"
        # "destroyed a Russian S-400 air defence system in Crimea", "hit a Buk launcher": a
        # deep strike on the defences themselves (not "air defences destroyed 20 drones")
        r"\bdestroy(?:ed|ing)\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:(?:air[- ]defen[cs]e|anti-aircraft|missile|radar|s-[345]00|pantsir|buk|tor|"
        r"patriot)[\w-]*\s+(?:[\w-]+\s+)?(?:systems?|launchers?|complex(?:es)?|"
        r"batter(?:y|ies)|radars?|stations?)|(?:s-[345]00|pantsir|buk|patriot)s?(?:-\w+)?)\b|"
        # "destroyed a Ukrainian Su-27 at the Myrhorod airfield": on the ground, not downed
        r"\bdestroy(?:ed|ing)\s+(?:[\w-]+\s+){0,5}?(?:at|on)\s+(?:the\s+|an?\s+)?"
        r"(?:[\w'’-]+\s+){0,2}?(?:airfields?|air ?bases?|airports?|aerodromes?|airstrips?)\b")),
    ("explosion", gated(
        "explo blast bang detonat blew",
        r"\b(?:explosions?|blasts?|exploded|loud bangs?|detonat(?:ed|ion|ions)|blew up)\b")),
    ("other_attack", gated(
        "assault raid sabotage suicide fire shot fight clash battle small combat storm overr "
        "killed firing aggression",
        r"\b(?:assault(?:s|ed)?|(?<!air )raid(?:s|ed)?|storm(?:ed|ing)|overr(?:an|un)|"
        r"sabotage|suicide (?:bomb(?:er|ers|ing|ings)?|attacks?)|small[- ]arms)\b|"
        # "fighting between the army and the RSF in Omdurman killed 12": a deadly battle
        r"\b(?:fighting|clashe[sd]|gun ?battles?|firefights?|gunfights?)\b(?=[^.;]{0,80}?\b(?:"
        r"killed|killing|dead|wounded|wounding|injured|injuring)\b)|"
        # "RSF and SAF clashed in El Obeid" (ACLED; the toll in a note after it), not
        # protesters or fans clashing with police
        r"\b(?:forces|troops|fighters|army|militants|militias?|rebels|soldiers|rsf|saf|"
        r"hezbollah|hamas|houthis|jihadists|insurgents)\b(?![^.;]{0,80}?\b(?:protesters|"
        r"demonstrators|police|supporters|fans|students|rioters)\b)[^.;]{0,40}?\bclashed\b|"
        # "two soldiers were killed in combat in the southern Gaza Strip"
        r"\b(?:killed|wounded|injured)\s+(?:in|during)\s+(?:combat|battle|clashes|fighting|"
        r"(?:a\s+)?(?:firefight|gunfight|gun battle|shootout))\b|"
        # "killed by Israeli fire near an aid distribution site", "troops opened fire on"
        r"\b(?:by|blaming|blamed on) (?:israeli|russian|ukrainian|army|military|troops'?|"
        r"soldiers'?|rsf|saf|enemy|"
        r"sniper|machine-gun|gun)(?: (?:army|military|forces'?|troops'?|soldiers'?|tank|"
        r"naval|sniper|gun|machine-gun|drone))? fire\b|\bopened fire (?:on|at)\b|\bsniper fire\b|"
        r"\bshot dead by\b|"
        # "Armenian forces fired on its positions": troops at troops, no weapon named
        r"\b(?:fired|firing) (?:on|upon|at)\s+" + _POSTS + r"|"
        # "Indian and Pakistani troops exchanged fire along the Line of Control": a clash
        r"\b(?:exchang(?:ed|ing)|trad(?:ed|ing)) (?:heavy |intense |small[- ]arms |gun ?|"
        r"machine[- ]gun |sniper |cross-border )?fire\b|\bexchanges? of (?:heavy )?fire\b|"
        # "Israeli forces shot dead three Palestinians in Jenin" (not police and a suspect)
        r"\b(?:forces|troops|soldiers|gunmen|settlers|snipers?|militants)\s+(?:[\w-]+\s+)?"
        r"shot (?:dead|and killed)\b|"
        # "Israeli forces killed at least 27 Palestinians across the Gaza Strip": armed men
        # who killed, by means the sentence does not name
        r"\b(?:forces|troops|soldiers|militants|fighters|rebels|paramilitaries|"
        r"militiamen|jihadists|insurgents)\s+(?:have\s+|had\s+)?killed\b|"
        # a regional daily tally: "4 people were killed and 19 injured as a result of Russian
        # aggression" (the aggression a toll is the result of, not the war at large)
        rf"{_HARMED_WORD}[^.;]{{0,80}}?{_OF_AGGRESSION}|{_OF_AGGRESSION}[^.;]{{0,80}}?"
        rf"{_HARMED_WORD}")),
)
_WEAPON_RES: tuple[tuple[str, Gated], ...] = (
    ("naval_drone", gated(
        "drone unmanned uncrewed robotic usv",
        r"\b(?:naval|sea|maritime|marine|surface) drones?\b|"
        r"\b(?:" + _USV + r")\b")),
    ("drone", gated(
        "drone uav unmanned shahed geran lancet kamikaze loitering mq- reaper bayraktar tb2 orlan "
        "mohajer harop copter",
        r"\b(?:drones?|uavs?|unmanned aerial|unmanned aircraft|shaheds?|geran|lancet|kamikaze|"
        # ("an Israeli quadcopter", "a hexacopter dropped an explosive")
        r"(?:quad|hexa|octo|multi)copters?|"
        # (by model: "a US MQ-9 Reaper", "a Bayraktar TB2", "an Orlan-10")
        r"loitering munitions?|mq-\d+\w*|reapers?|bayraktars?|tb2s?|orlan(?:-\d+)?|"
        r"mohajer(?:-\d+)?|harops?)\b")),
    ("missile", gated(
        "missile iskander kalibr kinzhal kh- s-300 s-400 ballistic cruise atacms storm_shadow "
        "himars rocket zircon oniks tochka",
        # (not "a missile carrier", "a missile boat": a ship, whatever hit it)
        # ("a Kalibr missile carrier", "Kalibr carriers": the ship that bears them)
        r"\b(?:missiles?(?! (?:carriers?|boats?|ships?|cruisers?)\b)|iskanders?|"
        r"kalibr(?![\s-]+(?:missile\s+)?carriers?\b|-carrying\b)|kinzhal|"
        r"kh-\d+|s-300|s-400|ballistic|cruise(?! ships?\b)|atacms|storm shadow|himars|rockets?|"
        r"zircon|oniks|tochka)\b")),
    ("artillery", gated(
        "artiller shell mortar howitzer mlrs grad uragan smerch bm- tos- vampire tank_fire cannon "
        "mm_rocket katyusha",
        # ("a Shell petrol station was hit by a drone": the company)
        r"\b(?:artillery|shell(?:ed|ing|s|(?!\s+(?:petrol|gas|filling|service|fuel|oil|"
        r"station|refinery|plc|company)\b))|mortars?|howitzers?|mlrs|grad|uragan|smerch|"
        # (multiple rocket launchers by name: "BM-21 rockets", "Vampire rockets", Hezbollah's
        # "Katyusha rockets")
        r"bm-\d\d|tos-1a?|vampire|katyushas?|tank fire|cannon)\b|" + _CALIBRE_ROCKETS)),
    ("aircraft", gated(
        "aircraft warplane jet helicopter strike airstruck air-struck bomb kab fab- su- plane "
        "a-50 tu- mig- il- air_force bombed",
        r"\b(?:(?<!unmanned )aircraft(?! carriers?|[- ]type)|warplanes?|(?:fighter )?jets?|"
        r"helicopters?|air\s?strikes?|air-?struck|guided (?:aerial )?bombs?|glide bombs?|"
        r"(?:aerial|air-dropped|air) bombs?|kabs?|fab-\d+|su-\d+|(?<!suicide )bombers?|"
        # ("an A-50 surveillance plane", "a Tu-22M3", "a MiG-31")
        r"(?:air)?planes?|a-50u?|tu-\d+\w*|mig-\d+\w*|il-\d+\w*|"
        # "its air force struck RSF gatherings" (not "the air force said"; its drones are
        # named as drones)
        r"air force (?:struck|bombed|pounded|targeted|hit|raided)|"
        # ("a Nigerian Air Force strike killed ...", "an air force raid")
        r"air force (?:air\s?)?(?:strikes?|raids?|bombing|bombardment)|"
        # ("Myanmar's junta bombed a monastery": bombs from the air; but not "an aerial
        # bombardment", which missiles and drones are too)
        r"(?:junta|military|army|regime)\s+(?:has\s+|had\s+)?bombed|"
        # ("the junta dropped bombs on a school": from its aircraft; drones that drop them
        # are named, and win as the more specific weapon)
        r"(?:junta|military|army|regime|forces|troops)\s+(?:has\s+|had\s+)?dropped\s+"
        r"(?:[\w-]+\s+){0,2}?bombs\b(?!\s+from\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
        r"(?:drones?|uavs?|(?:quad|multi)?copters?))|"
        # ("Russian bombs fell on Kostiantynivka", "bombs rained down on Gaza": from the air)
        r"(?<!car )(?<!roadside )bombs\s+(?:fell|rained)\b)\b")),
)
# Sentences about the past, the future, or diplomacy: not reports of an event.
_BACKGROUND_RE = gated(
    "since throughout been previously become daily regularly every recent past years_of total "
    "drill exercise war_games simulat test-fire test_fire test-launch test_launch missile_test "
    "ago anniversary sentenc jailed convicted guilty charged_with indicted trial",
    r"\b(?:since (?:the (?:start|beginning|outbreak) of )?(?:the )?(?:full-scale )?"
    r"(?:war|invasion|conflict)|since (?:19|20)\d\d|since (?:february|march) 2022|"
    r"throughout the (?:war|conflict)|has been (?:repeatedly|regularly|frequently|"
    r"constantly)|have been (?:repeatedly|regularly|frequently)|have previously|"
    r"has previously|have become|has become|(?:occur|happen)s? (?:daily|regularly)|"
    r"every (?:day|night)|on a daily basis|in recent (?:weeks|months|years)|"
    r"over the past (?:year|two years|months)|two years of|in total since|"
    r"since [^.;]{0,120}\b(?:19|20)\d\d|"
    # drills, exercises and weapons tests; anniversaries and events "a year ago"
    r"drills?|(?:military|naval|joint) exercises?|war games|simulat(?:ed|ing|ion)|"
    r"test[- ](?:fir(?:ed|es|ing)|launch(?:ed|es|ing)?)|missile tests?|"
    r"(?:a|one|two|three|four|five|\d+) (?:years?|months?) ago|anniversary|"
    # courts: "sentenced a man to 12 years for attacking an enlistment office"
    r"(?:was |were )?(?:sentenced|jailed|convicted|found guilty|pleaded guilty|charged with|"
    r"indicted|(?:went|stood|go|goes) on trial))\b")
# A leading clause that sets the scene ("After the massive airstrike by Russia, ...",
# "Before the attack on Belgorod, ...") names other events than the sentence's claim.
_LEADING_CLAUSE_RE = re.compile(
    r"^(?:after|before|following|since|despite|amid|in response to|in retaliation for|"
    r"unlike)\b[^,]{3,120},\s*")
_DATELINE_HEAD_RE = re.compile(  # "KYIV, Ukraine (AP) —", "JERUSALEM (Reuters) -", "(AFP) -"
    r"^(?:[A-Z][\w .'’-]{1,40}(?:,[^.(\n]{0,40})?\s*)?\([\w/ .-]{1,25}\)\s*[-—–]\s*")


# "MIEH MIEH/BEIRUT: ...", "KYIV — ...": a dateline in capitals, with no agency; it opens
# the dispatch (later in a text, "KHERSON: Two people were injured" is a region's label)
# ("ODESA, Ukraine — ...": with the country in plain case)
_CAPS_DATELINE_RE = re.compile(r"[A-Z]{2}[A-Z .'’/-]{0,40}(?:,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?"
                               r"(?::|\s[—–])\s+")


# "Warsaw, March 15 - ...", "Kyiv, 15 March 2024 – ...": a place and a day, with no agency
_MONTH_STARTS = frozenset(word[:3] for word in MONTH_WORDS)
_DAY_DATELINE_RE = re.compile(rf"{DATELINE_DAY}\s*[-—–]\s+")


def _opens_dispatch(text: str, start: int) -> bool:
    """Whether ``start`` opens the text, or the body after its title: on a line of its
    own (a title has no full stop), or run on after it as some corpora store them."""
    before = text[:start].rstrip(" \t")
    title = before.strip()
    if not title or "\n" in title:
        return not title
    return not before.endswith("\n") or title[-1] not in ".!?\"'”"


def _dateline_head(text: str, start: int, end: int) -> int:
    """How long the dateline that opens ``text[start:end]`` is (0 when there is none)."""
    if "(" in text[start:start + 160]:
        head = _DATELINE_HEAD_RE.match(text[start:end])  # (its "^" needs the slice)
        if head:
            return head.end()
    if text[start + 1: start + 2].isupper() and _opens_dispatch(text, start):
        caps = _CAPS_DATELINE_RE.match(text, start, end)
        if caps:
            return caps.end() - start
    comma = text.find(",", start, start + 42) if text[start: start + 1].isupper() else -1
    if comma != -1 and (text[comma + 2: comma + 3].isdigit() or lower(
            text[comma + 2: comma + 5]) in _MONTH_STARTS):
        dated = _DAY_DATELINE_RE.match(text, start, end)
        if dated and _opens_dispatch(text, start):
            return dated.end() - start
    return 0
# Captions and descriptions of pictures repeat a claim without making one.
_CAPTION_RE = gated(
    "photo picture image credit video footage",
    r"^(?:in this (?:photo|picture|image)|picture:|photo:|image:)|\b(?:picture|photo|"
    r"image|credit): [a-z]\w+\s*$|\b(?:photos?|pictures?|"
    r"images?|videos?|footage)\b[^.]{0,80}\b(?:shows?|showing|appears)\b|"
    # (but "videos posted on social media showed a fire at the refinery", "geolocated
    # footage showed a missile hitting ...": what the footage told, a report)
    r"\b(?:photos?|pictures?|images?)\b[^.]{0,80}\b(?:showed|appeared)\b")
# "an object that may have been a drone crashed": a doubt about what it was, not about
# whether it happened
_WHAT_IT_WAS = r"(?!\s+(?:also\s+)?have\s+been\s+(?:an?|parts?\s+of|debris|fragments)\s)"
_MODAL_RE = gated(
    "will would could might may plan threaten vow warn expected preparing intend promised "
    "pledged if",
    rf"\b(?:will|would|could(?! not\b){_WHAT_IT_WAS}|might{_WHAT_IT_WAS}|"
    # (not the month: "on May 31", "31 May", "in May", "since May")
    r"(?<!\bon )(?<!\bin )(?<!\bof )(?<!since )(?<!\d )(?<!early )(?<!\blate )(?<!\bmid-)"
    rf"may(?!\s+\d){_WHAT_IT_WAS}|plans? to|planning to|threaten(?:s|ed|ing)? to|"
    r"vow(?:s|ed)? to|warn(?:s|ed)? (?:of|that)|is expected to|are expected to|"
    r"preparing (?:to|another)|intend(?:s|ed)? to|promised to|pledged to|if)\b")
_DIPLOMACY_RE = gated(
    "condemn call urg sanction summit talks security requested negotiations ceasefire "
    "aid_package sent need exchanged each_other traded",
    r"\b(?:condemn(?:s|ed)?|call(?:s|ed) on|urg(?:es|ed)|sanctions?|summit|talks|"
    r"security council|requested a meeting|"
    r"negotiations|ceasefire proposal|aid package|sent (?:air defen[cs]e|weapons)|"
    # "Ukraine needs more Patriot systems to protect cities such as Kharkiv"
    r"needs? (?:more |additional |further )?(?:[\w-]+ ){0,2}?(?:air defen[cs]es?|patriots?|"
    r"systems|weapons|interceptors|missiles)|"
    # "Russia and Ukraine exchanged accusations over the shelling of the plant"
    r"(?:exchanged|traded) (?:accusations|blame)|(?:accused|blamed) each other)\b")
_ATTRIBUTION_VERBS = (r"said|says|say|reported|reports|claimed|wrote|announced|stated|"
                      r"told|added|confirmed|posted|noted|indicated|cited|accused|accuses|"
                      # ("Houthis claim attack on Eilat"; not "Russia's claims of 40 drones")
                      r"blamed|blames|claims?(?!\s+(?:of|was|were|is|are|has|have|had|by)\b)")
_AGENT_WORDS = re.compile(
    r"\b(?:ministry|ministries|governor|officials?|forces?|military|army|navy|police|media|"
    r"staff|administration|mayor|president|spokes(?:man|woman|person)|agency|service|"
    r"command|authorities|sources?|head|chief|council|government|commander|leaders?|"
    r"department|emergencies|channels?|operators?|(?:eye)?witness(?:es)?|residents?|"
    # those who tell a wire what they saw ("a villager told AFP", "a nurse said")
    r"villagers?|locals|survivors?|nurses?|surgeons?|physicians?|"
    r"correspondents?|journalists|bloggers|outlets|volunteers|governors|mayors|"
    r"officer|minister|kremlin|pentagon|idf|hezbollah|houthis|hamas|rsf|saf|un|"
    r"ukmto|tass|reuters|ria|interfax|ukrinform|observers?|monitors?|office|prosecutors?|"
    r"rescuers?|workers?|paramedics?|responders|activists?|medics?|doctors?|hospital|"
    r"spokesperson|committees?|group|services|reports|"
    r"fleet|flotilla|brigades?|battalions?|regiments?|corps|headquarters|"
    # AP's "regional Gov. Oleh Syniehubov", "Lt. Gen. ..."; "Belarusian border guards"
    r"gov|gen|guards?|border service|"
    # Ukrainian regional and city military administrations: "(Kherson OMA)", "Kyiv MVA"
    r"oma|ova|mva|rma|oda|militias?|rebels|insurgents|master|captain|crew|"
    # intelligence and security services; the ceasefire mission of Donbas's occupiers
    r"gur|hur|sbu|fsb|mission|jccc|representation|company|utility|management|"
    r"iaea|watchdog|civil defen[cs]e|white helmets|red crescent|red cross|observatory|"
    # "the World Health Organization said", "UNICEF said"
    r"organi[sz]ations?|unicef|unrwa|ocha|unhcr|msf|"
    # "the charity said", "the port authority", "the vessel's owner", "the family said"
    r"charit(?:y|ies)|ngos?|authority|owners?|firm|railways?|family|relatives|mod|"
    # armed groups that speak for themselves ("the Taliban said", "al-Shabaab claimed")
    r"taliban|shabaab|m23|isis|isil|islamic state|pkk|sdf|ypg|hts|jnim|wagner|"
    # "the Islamic Resistance in Iraq claimed", "Kataib Hezbollah", "the Arakan Army"
    r"resistance|movement|front|kataib|ansar allah|factions?|militants|fighters|"
    # "the Saudi-led coalition said", "the alliance said"
    r"coalition|alliance|nato|"
    # Sudan's volunteer "emergency response rooms" ("the camp's emergency room said")
    r"(?:emergency|response) rooms?|"
    # broadcasters and papers ("the Houthi-run Al Masirah TV", "Russian state television"),
    # and those who watch the sky ("German air traffic control")
    r"tv|television|broadcasters?|radio|newspapers?|news|networks?|air traffic control|"
    # wire services and papers by name ("the Associated Press reported, citing ...")
    r"press|ap|afp|dpa|efe|bbc|cnn|xinhua|anadolu|wafa|sana|irna|al jazeera|pravda|"
    # ("the General Coordination for Displaced Persons and Refugees said": Darfur's camps)
    r"coordination|coordinators?|"
    r"air navigation services?)\b")
_PRONOUN_RE = re.compile(r"^(?:he|she|they|it|the (?:ministry|governor|official|army|"
                         r"military|agency|mayor|air force|navy|police|general staff|"
                         r"defen[cs]e ministry|group|network|monitor|observatory|movement|"
                         r"militia|"
                         r"organi[sz]ation))$", re.I)
# the words by which "the army" or "the ministry" names a speaker again
_GROUPS = ("group", "network", "observatory", "monitor", "committee", "union", "association",
           "syndicate", "coalition", "organi", "council", "cross", "crescent", "doctors",
           "medics", "msf", "sans fronti",
           # armed groups: "Hezbollah said ... The group said"
           "hezbollah", "hamas", "houthi", "jihad", "sdf", "rsf", "m23", "taliban", "shabaab",
           "islamic state", "isis", "wagner", "militia", "brigades", "movement", "front")
_SAME_SPEAKER = {"army": ("army", "military", "forces", "idf"),
                 "military": ("army", "military", "forces", "idf", "defen"),
                 "official": ("official",), "ministry": ("ministry", "mod"),
                 "governor": ("governor", "gov."), "agency": ("agency",), "mayor": ("mayor",),
                 "air force": ("air force",), "navy": ("navy", "naval"), "police": ("police",),
                 "general staff": ("general staff",), "defence ministry": ("ministry", "mod"),
                 "defense ministry": ("ministry", "mod"),
                 # "according to the Sudan Doctors Network. The group said ..."
                 "group": _GROUPS, "network": ("network",), "organisation": _GROUPS,
                 "organization": _GROUPS, "movement": _GROUPS, "militia": _GROUPS,
                 "monitor": ("observatory", "monitor"),
                 "observatory": ("observatory",)}


# "killing three members of the Kurdish-led SDF, the group said": the group the sentence
# names ("two Hezbollah fighters", "a commander of Islamic Jihad")
_GROUP_NAMED_RE = re.compile(
    r"\b(?:members?|fighters?|commanders?|militants?|leaders?|operatives?|officials?|"
    r"positions?|bases?|headquarters) of (?P<org>(?:the )?(?:[\w-]+-(?:led|backed) )?"
    r"(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)|"
    r"\b(?P<org2>(?:[A-Z][\w'’-]*\s+){0,2}?[A-Z][\w'’-]*)\s+(?:fighters|members|commanders?|"
    r"militants|operatives)\b|"
    # "Hezbollah fired rockets at Israeli positions, the group said"
    r"\b(?P<org3>Hezbollah|Hamas|(?:the )?Houthis|Islamic Jihad|(?:the )?(?:SDF|RSF|PKK)|M23|"
    r"(?:the )?Taliban|al-Shabaab|Islamic State)\b")
_GROUP_WORDS = frozenset({"the group", "the militia", "the movement", "the organisation",
                          "the organization"})


def _group_named(who: str, sentence: str, gz: Gazetteer) -> str:
    """ "the group" that the sentence itself names, when no speaker before tells which (a
    people's adjective alone, "two Israeli ... fighters", names no group)."""
    if who.lower() not in _GROUP_WORDS:
        return who
    m = _GROUP_NAMED_RE.search(sentence)
    org = (m["org"] or m["org2"] or m["org3"]) if m else None
    first, _, rest = (org or "").partition(" ")
    if first.lower() in _NUMBER_WORDS or first in {"The", "Several", "Dozens", "Many"}:
        org = rest  # ("Two Hezbollah fighters were killed ...": Hezbollah)
    return org if org and (org[0].isupper() or org.startswith("the ")) and (
        gz.demonym_country(fold(org)) is None) else who


def _named_again(who: str, last_who: str | None) -> str:
    """The speaker a pronoun or "the army" stands for: the one named before, when it can
    be ("it said" after the ministry; not "the army" after witnesses)."""
    if not last_who:
        return who
    low = who.lower()
    if not low.startswith("the "):
        return last_who
    before = last_who.lower()
    return last_who if any(w in before for w in _SAME_SPEAKER[low[4:]]) else who


# Words that make "hit", "struck", "attack" or "blast" an act of war and not a car crash,
# a labour strike or a crime; and the everyday phrases that are never one.
_MILITARY_RE = re.compile(
    r"\b(?:strikes?|air\s?strikes?|air-?struck|shell(?:ed|ing|s)?|drones?|uavs?|missiles?|rockets?|"
    r"bombs?|bomb(?:ed|ing|ers?)|bombardments?|ieds?|aircraft|saf|artillery|mortars?|military|"
    r"army|forces|troops|"
    r"soldiers|servicemen|"
    r"militants?|enemy|war|front(?:line)?|offensive|invasion|air defen[cs]es?|air raid|"
    r"air attacks?|aerial|air forces?|"
    r"sirens?|warplanes?|jets?|shaheds?|munitions?|explosives?|occupiers|russian|"
    r"ukrainian|israeli|houthis?|hezbollah|hamas|idf|rsf|militias?|insurgents?|shrapnel|"
    r"taliban|(?:al-)?shabaab|isis|isil|islamic state|pkk|m23|jnim|"
    r"gunmen|armed men|rebels|settlers?|shooting attacks?|checkpoints?|positions|air base|"
    r"garrison|"
    r"fragments|debris|shelter|ukmto|warships?|navy|naval|projectiles?|maritime trade|"
    r"pirates?|skiffs?|small[- ]arms|fighting|firefights?|gun ?battles?|"
    # "Russia struck gas production facilities": the belligerents and the targets of a war
    r"russia|ukraine|israel|iran|infrastructure|energy facilit(?:y|ies)|power plants?|"
    r"substations?|refinery|refineries|(?:oil|fuel|ammunition|arms) depots?|airfields?|"
    r"airbases?|aviation|kabs?)\b")
# "a landmine explosion killed a shepherd": the remnants of war (not a coal mine's:
# "landmines", "anti-tank mines", "stepped on a mine")
_REMNANTS_RE = gated(
    "mine unexploded ordnance grenade booby",
    r"\b(?:landmines?|(?:anti-tank|anti-personnel|naval|sea) mines?|(?:stepped|ran|drove) "
    r"(?:on|over) an? (?:[\w-]+ )?mine|unexploded|ordnance|grenades?|booby[- ]trap(?:ped)?)\b")
# A concrete target, counted or with an article: "a radar site", "two fuel depots"
_SITE_RE = gated(
    "site base depot facilit radar airfield airport refiner terminal plant station warehouse "
    "bridge command_post headquarters launcher storage arsenal target position infrastructure "
    "enterprise industrial_complex",
    rf"\b(?:an?|the|{NUM})\s+(?:[\w-]+\s+){{0,3}}?(?:sites?|targets?|positions?|"
    r"(?:air |naval |military |army )?bases?|depots?|facilit(?:y|ies)|radars?|airfields?|airports?|"
    r"refiner(?:y|ies)|terminals?|(?:power |fuel |oil )plants?|(?:power |electrical )?"
    r"(?:sub)?stations?|warehouses?|bridges?|command posts?|headquarters|launchers?|"
    r"storage (?:sites?|facilit(?:y|ies))|arsenals?|enterprises?)\b|"
    # ("Ukraine's defence industry enterprises", "its military-industrial complex")
    r"\b(?:defen[cs]e(?: industry)?|industrial) (?:enterprises|complex)\b|"
    # ("Israel struck military targets in Iran early on Saturday")
    r"\b(?:military|army|militant|enemy|terrorist|hezbollah|hamas|houthi|energy)\s+"
    r"(?:targets|positions|sites|infrastructure|airfields|air ?bases|bases|facilities)\b|"
    # ("Israeli jets struck targets in Yemen on Saturday", "struck Houthi radar sites in":
    # plain targets struck in a land named; not "struck Russian positions near the border",
    # troops who may stand anywhere)
    r"\b(?:struck|hit|bombed|pounded|attacked)\s+(?:[\w-]+\s+){0,2}?(?:targets|sites)\s+"
    r"(?:in|inside|across|throughout)\b")
# "Iran fired a barrage of missiles at Israel on Tuesday night": a dated launch at a country
_FIRED_AT_RE = gated(
    "fired launched",
    r"\b(?:fired|launched)\s+(?:[\w-]+\s+){0,5}?(?:missiles?|drones?|rockets?|uavs?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:at|on|toward|towards|against|into)\b")
# "India struck nine sites in Pakistan": a state that strikes is at war, though its name
# alone ("India's cricket board") is not a military word
_STATE_STRIKES_RE = gated(
    "india pakistan azerbaijan armenia turkey ethiopia eritrea",
    r"\b(?:india|pakistan|azerbaijan|armenia|turkey|ethiopia|eritrea)(?:'s (?:army|military|"
    r"air force))?\s+(?:has |had )?(?:struck|strikes|attacked|bombed|shelled|launched|fired)"
    r"\b")
_NOT_WAR_RE = gated(
    "strik struck attack assault hit raid",
    r"\b(?:on strike|hunger strike|general strike|strike action|strike vote|lightning "
    r"strike|(?:workers|doctors|nurses|teachers|unions?|miners|drivers|staff)['’]?,?\s+"
    r"strikes?|struck by (?:a |an )?(?:car|vehicle|truck|train|bus|van|lightning|motorist)|"
    r"heart attack|panic attack|asthma attack|shark attack|dog attack|sexual assault|"
    r"assault (?:charges?|case|rifle)|charged with assault|hit song|hit-and-run|"
    r"hit (?:by|with) (?:a |an )?(?:car|vehicle|truck|bus)|tragedy struck|"
    # ("the hardest hit by the recession"; but after an attack, "Lutsk was the hardest hit")
    r"(?:hardest|harder|worst)[- ]hit by|hit hard by|police raids?|"
    r"struck (?:a |an )?(?:[\w$.,-]+ ){0,4}?(?:deal|agreement|pact|compromise|balance|"
    r"chord|tone|note|nerve)|strik(?:e|es|ing) (?:a |an )?(?:deal|agreement|balance|"
    r"chord|tone|note|nerve)|hit (?:the )?(?:headlines|market|shelves|record)|"
    # "Two strong earthquakes have struck north-western Iran", "a storm hit Odesa"
    r"(?:earth)?quakes?[^.;]{0,40}?\b(?:struck|hit|hits|strikes)|(?:tremors?|aftershocks?|"
    r"storms?|floods?|flooding|hurricanes?|typhoons?|cyclones?|tornado(?:es)?|wildfires?|"
    r"landslides?|mudslides?|avalanches?|tsunamis?|lightning|heat ?waves?|cold snaps?|"
    r"frosts?|blizzards?|snowstorms?|droughts?)\b[^.;]{0,40}?\b(?:struck|"
    r"hit|hits|strikes))\b")
# The same words in traffic, sport and a blow to a person, each gated by words of its own
# (the war words above are in most sentences): "car strikes tree", "struck by a Ford Crown
# Victoria", "hit an off-balance layup", "a 90th minute strike", "striking her arm"
_TRAFFIC = ("car", "vehicle", "truck", "bus", "train", "driver", "motorist", "pickup", "suv")
_BODY = ("arm", "head", "leg", "face", "back", "chest", "hand", "foot")
_EVERYDAY_BLOWS_RE = gated(
    " ".join([f"{noun}{plural}_{verb}" for noun in _TRAFFIC for plural in ("", "s")
              for verb in ("strik", "struck", "hit", "to_strik", "to_hit")]
             + [f"{who}_{part}" for who in ("him", "her", "them", "his", "their")
                for part in (*_BODY, "in", "on", "with", "over")])
    + " ford toyota honda chevrolet chevy nissan dodge jeep bmw mercedes volkswagen hyundai "
    "kia subaru tesla motorcycle bicycle layup jumper three-pointer 3-pointer home_run homer "
    "free_throw game-winner putt minute_strike half_strike time_strike range_strike "
    "stunning_strike superb_strike",
    r"\b(?:(?:car|vehicle|truck|bus|train|driver|motorist|pickup|suv)s? (?:to )?(?:strikes?|"
    r"struck|hits?)|struck by (?:a |an )?(?:ford|toyota|honda|chevrolet|chevy|nissan|dodge|jeep|"
    r"bmw|mercedes|volkswagen|hyundai|kia|subaru|tesla|pickup|suv|motorcycle|bicycle)|"
    r"hit (?:an? |the |his |her )?(?:[\w-]+ ){0,2}?(?:layup|jumper|three-pointer|3-pointer|"
    r"home run|homer|free throw|game-winner|putt)s?|(?:\d+(?:st|nd|rd|th)[- ]minute|first-half|"
    r"second-half|stoppage-time|injury-time|long-range|stunning|superb) strike|"
    r"(?:striking|struck|hitting|hit) (?:him|her|them|his|their) (?:in|on|with|over|"
    + "|".join(_BODY) + r"))\b")
# other words of war used for something else: "shot down rumors", "an intercepted ship",
# "the bomb squad responded to a suspicious device"
_NOT_WAR_MORE_RE = gated(  # (each needle rarer than "shot" or "shells", common in war)
    "rumo specul idea proposal bill suggestion notion request amendment motion talk "
    "ship vessel boat shipment cargo message email letter bomb_squad suspicious "
    "brakes marine_shells sea_shells snail_shells oyster_shells clam_shells mussel_shells "
    "egg_shells eggshells nut_shells turtle_shells conch_shells",
    r"\b(?:shot|shoots|shoot|shooting) down (?:the |those |these |any )?(?:rumou?rs?|"
    r"speculation|idea|ideas|proposals?|bills?|suggestions?|notion|requests?|"
    r"amendments?|motions?|talk)\b|\bintercepted (?:a |an |the )?(?:[\w-]+ )?(?:ship|vessel|"
    r"boat|shipment|cargo|message|messages|email|emails|letter)\b|"
    r"\bbomb squad\b|\bsuspicious (?:device|package|object|item)s?\b|"
    r"\bslamm(?:ed|ing) on (?:his|her|the|their) brakes\b|"
    r"\b(?:marine|sea|snail|oyster|clam|mussel|egg|nut|turtle|conch) shells\b")
# "failed to intercept", "a missile that was not shot down": the weapon got through, so
# the claim is what it hit, not an interception ("could not intercept all of them" still
# reports the others downed).
_NOT_INTERCEPTED_RE = gated(
    "fail unable not n't never no_attempt no_effort no_interception no_intercept without_",
    r"\b(?:fail(?:ed|s|ing)? to|unable to|could not|couldn't|did not|didn't|cannot|can't|"
    r"never)\s+(?:[a-z]+ly\s+)?(?:intercept|shoot down|down|neutrali[sz]e)\b"
    r"(?!\s+(?:all|every|most|each)\b)|"
    r"\b(?:not|never)\s+(?:been\s+)?(?:intercepted|shot down|downed)\b|"
    # "air defences did not attempt an interception", "no attempt was made to intercept
    # it", "without an interception": none was tried, so the weapon came down unopposed
    r"\b(?:did not|didn't|was not|were not|not|never)\s+(?:attempt(?:ed)?|try|tried|"
    r"trying|made)\s+(?:to\s+intercept|an?\s+(?:attempt\s+to\s+intercept|interception))\b|"
    r"\bno (?:attempt|effort) (?:was |were )?(?:made )?to intercept\b|"
    r"\bno interceptions? (?:was |were )?(?:attempted|made|tried)\b|"
    r"\bwithout (?:an? )?(?:attempt(?:ed)? )?(?:to )?intercept(?:ion|ed)?\b")
# "Sirens sounded in Kyiv", "UKMTO received a report of an incident 70NM west of
# Hodeidah": a scene whose place and weapon the next sentence's claim takes
_SCENE_RE = gated("siren raid alert alarm incident approach",
                  r"\b(?:sirens?|air[- ]raid|alerts?|alarms?|incident|approach(?:ed|ing))\b")
_OWN_TERRITORY_RE = gated("its_ their_", r"\b(?:over|above|in|on) (?:its|their) (?:own )?"
                                         r"(?:territory|soil|land|skies)\b")
# CENTCOM's "destroyed four missiles that were prepared to launch from Yemen": a strike
# on the launch site, which is where the missiles were to come from
_PREPARED_RE = gated("prepar ready poised about_to set_to on_the_ground -controlled -held "
                     "launcher launching_ launch_ before_they before_it",
                     r"\b(?:prepared|preparing|ready|poised|about|set) to (?:be )?"
                     r"(?:launch(?:ed)?|fired?)\b(?:\s+(?:[a-z]+\s+){0,3}?from\s+(?:the\s+)?)?|"
                     # ("destroyed four drones on the ground in Yemen", "... in Houthi-
                     # controlled areas of Yemen", "two anti-ship missiles on launchers in
                     # Yemen": weapons hit where they stood)
                     r"\b(?:drones?|uavs?|missiles?|rockets?|launchers?|vessels?|boats?|usvs?)"
                     r"\s+(?:on the ground|on (?:their |the |its |mobile )*launch(?:ers?|"
                     r"(?:ing)? (?:pads?|sites?|rails?|positions?))|(?:in|on|at)\s+(?:an?\s+|"
                     r"the\s+)?(?:[\w]+-(?:controlled|held)\s+(?:areas?|territory|parts?)))\b|"
                     # ("destroyed three drones before they could be launched")
                     r"\bbefore (?:they|it) (?:could|were|was) (?:be )?(?:launched|fired)\b"
                     r"(?:\s+from\s+(?:the\s+)?)?")
# "strikes across Gaza": the area a city shares its name with (the Gaza Strip)
_ACROSS_RE = re.compile(r"\b(?:across|throughout|all over)\s+(?:the\s+)?$")
# "Gaza's health ministry said": an office of the area a city shares its name with
_AREA_OFFICE_RE = re.compile(r"(?:['’]s)?\s+(?P<office>health ministry|ministry of health|"
                             r"civil defen[cs]e|government media office|interior ministry)\b")
# "in northern Gaza": a part of the Strip (a city's own part is "northern Gaza City")
_PART_OF_STRIP_RE = re.compile(r"\b(northern|southern|central|eastern|western)\s+$")


# "the countryside of Idlib", "rural Aleppo", "Hama countryside" (Syrian state media and
# monitors): the governorate around the city, not the city
_COUNTRYSIDE_BEFORE_RE = re.compile(r"\b(?:countryside of|rural)\s+(?:the\s+)?$")
_COUNTRYSIDE_AFTER_RE = re.compile(r"\s+countryside\b")


def _area_like_city(m: Mention, lowtext: str, gz: Gazetteer) -> Mention:
    place = m.resolution.best.place
    if place.kind in {"city", "town"} and place.admin1_id and (_COUNTRYSIDE_AFTER_RE.match(
            lowtext, m.end) or _COUNTRYSIDE_BEFORE_RE.search(
            lowtext, max(0, m.start - 30), m.start)):
        named = gz.resolve(f"{m.text} countryside").best  # "Damascus countryside"
        area = named.place if named and named.place.kind == "admin1" else gz.place(
            place.admin1_id)
        return _as_area(m, area, f"the countryside of {m.text}: the area around the city")
    if not _named_as_its_region(m):
        return m
    if _ACROSS_RE.search(lowtext, max(0, m.start - 20), m.start):
        return _as_area(m, gz.place(place.admin1_id),
                        f"across {m.text}: the area, not the city")
    office = _AREA_OFFICE_RE.match(lowtext, m.end)
    if office:
        return _as_area(m, gz.place(place.admin1_id),
                        f"{m.text}'s {office['office']}: the area's, not the city's")
    part = _PART_OF_STRIP_RE.search(lowtext, max(0, m.start - 12), m.start)
    if part and fold(place.admin1) == fold(m.text) + " strip":
        return _as_area(m, gz.place(place.admin1_id),
                        f"{part.group(1)} {m.text}: a part of the Strip, not the city")
    return m


def _regions_of(places: list[Mention], low: str, gz: Gazetteer) -> list[Mention]:
    """ "Drones hit Sumy. Air defences downed 9 over the region": the towns' regions."""
    said = _ANAPHORA_RE.search(low) if "the " in low else None
    if said is None or said["what"] not in {"region", "oblast", "province"}:
        return places
    out: dict[str, Mention] = {}
    for m in places:
        place = m.resolution.best.place
        if place.kind in {"city", "town", "village", "site", "admin2"} and place.admin1_id:
            m = _as_area(m, gz.place(place.admin1_id), f"'{said[0]}': the region of {m.text}")
        out.setdefault(m.resolution.best.place.id, m)
    return list(out.values())


def _listed_with_regions(places: list[Mention], lowtext: str, gz: Gazetteer
                         ) -> list[Mention]:
    """ "10 over the Bryansk region, eight over the Kursk region, five over Belgorod": a
    downing listed region by region, where a city named as its region is ("Belgorod
    Oblast") stands for the region (not "three over the city of Kharkiv", "over Kharkiv
    city")."""
    return [_as_area(m, gz.place(m.resolution.best.place.admin1_id),
                     f"'{m.text}' in a list of regions: the region")
            if _named_as_its_region(m) and not lowtext.endswith(
                ("city of ", "town of "), 0, m.start) and not lowtext.startswith(
                " city", m.end) else m for m in places]


def _named_as_its_region(m: Mention) -> bool:
    """Whether a city or town is written as its region's name ("Belgorod", "Gaza")."""
    place = m.resolution.best.place
    return bool(place.kind in {"city", "town"} and place.admin1_id and place.admin1 and fold(
        place.admin1).startswith(fold(m.text) + " "))


def _as_area(m: Mention, area: Place | None, note: str) -> Mention:
    if area is None:
        return m
    return Mention(m.start, m.end, m.text, Resolution(
        m.text, Candidate(area, m.resolution.best.score, "area"), note=note))


# "Air defences destroyed 36 of them": the weapons of the sentence before
_BACK_REF_RE = gated("of_them of_these of_those of_which the_rest",
                     r"\b(?:of (?:them|these|those|which)|the rest)\b")
# "Russia fired 40 missiles at Ukraine. Most were shot down over Kyiv": a share with no
# noun of its own opens the sentence, so it counts what the claim before fired
_ELLIPTIC_SHARE_RE = re.compile(
    rf"(?:{QUAL}\s+)?(?:{NUM}|most|all|none|the (?:rest|remaining|others))\s+(?:were|was|"
    r"had been|have been|has been)\s+(?:shot down|downed|intercepted|destroyed|"
    r"neutrali[sz]ed|eliminated)\b")
_IMPACTS_RE = gated("hit impact", r"\b(?:hits|impacts)\b|\bhit (?:was|were) recorded\b")
# "One missile was shot down, while another hit a plant": one more of the same weapon
_ANOTHER_HIT_RE = gated("another second third other", r"\b(?:another|(?:a|the) (?:second|"
                        r"third)|the other|others)(?: one)? (?:hit|struck|fell|crashed|landed|"
                        r"exploded|slammed|damaged)\b")
# "shot down 37 of the missiles": of those told before
_OF_THE_ARMS_RE = gated("of_the", r"\bof the (?:[\w-]+ )?(?:missiles|drones|rockets|uavs|"
                                  r"shaheds|projectiles)\b")
_GOT_THROUGH_RE = re.compile(r"\b(?:drones?|uavs?|missiles?|rockets?|shaheds?|projectiles?)\b")


_WRECK_OF_DOWNED_RE = gated(
    "debris fragment wreckage",
    r"(?<=debris|gments|eckage)\s+(?:of|from)\s+(?:an?\s+|the\s+)?(?:downed|intercepted|"
    r"destroyed|shot-down)\b")


_WRECK_HARM_RE = re.compile(_HARMING + r"|\b(?:damag|destroy)\w*|" + _LANDED_ON
                            + r"|\b(?:sparked|set|started|caused) (?:a )?fire\b")

# "launched its new drone delivery service in Dallas": drones of trade and leisure
_CIVIL_DRONE_RE = gated(  # (gated by the words of trade, which most sentences lack)
    "delivery camera hobby racing agricultural crop-spraying show photography maker industry "
    "startup",
    r"\b(?:delivery|camera|hobby|racing|agricultural|crop-spraying) drones?\b|\bdrones? "
    r"(?:in an? )?(?:deliver(?:y|ies)|shows?|light shows?|racing|photography|makers?|industry|"
    r"startups?)\b")


# "intercepted before it entered Israeli airspace": the border it never crossed
_NOT_ENTERED_RE = gated(
    "before",
    r"\bbefore\s+(?:it|they|the\s+\w+)?\s*(?:had\s+|could\s+)?(?:enter(?:ed|ing)?|"
    r"cross(?:ed|ing)?(?:\s+into)?|reach(?:ed|ing)?)\s+(?:[\w'’-]+\s+){0,3}?(?:air\s?space|"
    r"territory)\b")
_NOT_WAR_PATTERNS = (_NOT_WAR_RE, _EVERYDAY_BLOWS_RE, _NOT_INTERCEPTED_RE, _CIVIL_DRONE_RE,
                     _NOT_WAR_MORE_RE, _NOT_ENTERED_RE)


def _unwar(low: str) -> str:
    """The sentence without the phrases that use war words for something else."""
    for pattern in _NOT_WAR_PATTERNS:
        low = pattern.sub(_blank, low)
    return low


_SPECIFICITY = {"site": 0, "city": 1, "town": 1, "village": 1, "admin2": 2, "airspace": 3,
                "admin1": 3, "region": 4, "sea": 4, "country": 5, "continent": 6}


@dataclass(frozen=True, slots=True)
class Figure:
    value: int | None
    qualifier: str | None
    start: int
    of: int | None = None  # "22 of 27 drones": the 27
    what: str = ""  # the words counted: "37 of 60 shahed drones"


# -- small readers -------------------------------------------------------------------------

def parse_number(written: str) -> tuple[int | None, str | None]:
    """(value, vague word): "1,200" -> 1200; "dozens" -> (None, "dozens")."""
    w = written.lower().strip()
    if w in _VAGUE:
        return None, w
    if w in {"the", "its", "him", "her"} or _KIN_RE.fullmatch(w):
        # "killing the driver", "its rider", "injuring him"
        return 1, None
    if w in {"no", "no one", "no-one", "nobody"}:  # "no one was hurt": a stated zero
        return 0, None
    if w in _NUMBER_WORDS:
        return _NUMBER_WORDS[w], None
    digits = w.replace(",", "")
    if digits.isdigit():
        return int(digits), None
    ends = _RANGE_RE.fullmatch(w)
    if ends:  # "two to three": the low end, with the range as the qualifier
        low, high = parse_number(ends[1])[0], parse_number(ends[2])[0]
        if low is not None and high is not None and low < high:
            return low, f"between {low:,} and {high:,}"
        return high, None  # "3 or 2"? the number told last
    return None, w


def _qualifier(said: str | None, vague: str | None) -> str | None:
    """The qualifier written before a number, unless the number is a range: "about 20 to
    25 drones" is between 20 and 25."""
    return vague if vague and vague.startswith("between ") else (said or vague)


def _figure(m: re.Match[str]) -> Figure:
    value, vague = parse_number(m.group("n"))
    groups = m.groupdict()
    qual = (groups.get("q") or "").strip().lower() or (
        "at least" if groups.get("among") else None)
    total = parse_number(groups["total"])[0] if groups.get("total") else None
    return Figure(value, _qualifier(qual, vague), m.start(), total, m.group(0))


def _first(patterns: Iterable[re.Pattern[str] | Gated], text: str) -> Figure | None:
    """The figure of the most specific pattern that matches (patterns are ordered from
    "N people were killed" to "a man ... was killed"), earliest in the sentence."""
    for pattern in patterns:
        m = pattern.search(text)
        if m:
            return _figure(m)
    return None


_KILLED_HINT = needles("kill dead die death lives perish fatalit casualt bodies")
_INJURED_HINT = needles("injur wound hurt hospitali casualt")
_ADULTS_CHILDREN_RE = gated(
    "adults",
    rf"\b(?P<a>{NUM})\s+adults\s+and\s+(?P<c>{NUM})\s+children\s+(?:were|have been)?\s*"
    r"(?P<what>killed|injured|wounded)")
# "killing a couple and their two children", "a mother and her three children were
# wounded", "killing an elderly couple": a household told by its members, counted
_HOUSEHOLD = (r"(?:an?\s+)?(?:(?:elderly|young|married|[\w-]+-year-old)\s+)?"
              r"(?P<head>couple|man|woman|mother|father)(?:\s+and\s+(?:his|her|their)\s+"
              r"(?:(?P<age>\w+)-year-old\s+)?"
              rf"(?P<n>{NUM}|child|son|daughter|baby)\s*(?:(?:young|small|little|adult)\s+)?"
              r"(?P<kids>children|kids|sons|daughters|grandchildren|)\b|(?<=couple))")
_HOUSEHOLD_RE = gated(
    "couple and_his and_her and_their",
    rf"\b(?P<verb>kill(?:ing|ed|s)|injur(?:ing|ed|es)|wound(?:ing|ed|s))\s+{_HOUSEHOLD}|"
    rf"\b{_HOUSEHOLD.replace('?P<', '?P<p_')}\s+(?:were|have been|had been)\s+"
    r"(?:[a-z]+ly\s+)?(?P<outcome>killed|injured|wounded|hurt)\b")


def _household(low: str) -> tuple[str, Figure, Figure | None] | None:
    """("killed" or "injured", everyone, the children among them) of a household toll."""
    m = _HOUSEHOLD_RE.search(low)
    if m is None:
        return None
    g = "" if m["verb"] else "p_"
    head, n, kids, age = m[g + "head"], m[g + "n"], m[g + "kids"] or "", m[g + "age"]
    if n is not None and not kids and n in {"child", "son", "daughter", "baby"}:
        kids, n = n, "one"
    elif n is not None and not kids:
        return None  # "a man and his two" of something else
    members = parse_number(n)[0] if n else 0
    if members is None:
        return None
    total = (2 if head == "couple" else 1) + members
    what = "killed" if (m["verb"] or m["outcome"]).startswith("kill") else "injured"
    young = kids.startswith(("child", "kid", "bab")) or (
        age is not None and (parse_number(age)[0] or 99) < 18)
    children = Figure(members, None, m.start()) if members and young else None
    return what, Figure(total, None, m.start(), what=m.group()), children


# "injuring the driver and three passengers", "a soldier and two civilians were
# killed": one person named, and more counted with them
_ONE_AND_MORE = (rf"(?:a|an|one|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ONE_PERSON}|{_ONE_ROLE})\s+"
                 rf"and\s+(?P<n>{NUM})\s+(?:[\w-]+\s+){{0,2}}?(?P<who>{_PEOPLE}\b|"
                 rf"{_CHILD_WORDS})")
_ONE_AND_MORE_RE = gated(
    f"{_ONE_PERSON_WORDS} {_ONE_ROLE_WORDS}",
    rf"\b(?P<verb>kill(?:ing|ed|s)|injur(?:ing|ed|es)|wound(?:ing|ed|s))\s+"
    rf"{_ONE_AND_MORE}|\b{_ONE_AND_MORE.replace('?P<', '?P<p_')}\s+(?:were|have been|had been)"
    r"\s+(?:[a-z]+ly\s+)?(?P<outcome>killed|injured|wounded|hurt)\b")


_AND_COUNTED_RE = re.compile(rf" and (?:{NUM})\s")


def _one_and_more(low: str) -> tuple[str, Figure, Figure | None] | None:
    """("killed" or "injured", everyone, the children among them) of a toll told as one
    person and a number of others."""
    if " and " not in low or not _AND_COUNTED_RE.search(low):
        return None  # (a cheap test first: most sentences count no one after "and")
    m = _ONE_AND_MORE_RE.search(low)
    if m is None:
        return None
    n = m["n"] or m["p_n"]
    more, _ = parse_number(n)
    if more is None:
        return None
    what = "killed" if (m["verb"] or m["outcome"]).startswith("kill") else "injured"
    young = re.match(_CHILD_WORDS, m["who"] or m["p_who"]) is not None
    children = Figure(more, None, m.start()) if young else None
    return what, Figure(1 + more, None, m.start(), what=m.group()), children


_PERSONS_LISTED_RE = gated(
    f"{_ONE_PERSON_WORDS} {_ONE_ROLE_WORDS} {_KIN_WORDS} baby infant toddler",
    rf"\b(?P<verb>kill(?:ing|ed|s)|injur(?:ing|ed|es)|wound(?:ing|ed|s))\s+"
    rf"(?P<list>{_PERSONS_LIST})|"
    rf"\b(?P<p_list>{_PERSONS_LIST})\s+(?:were|have been|had been)\s+(?:[a-z]+ly\s+)?"
    r"(?P<outcome>killed|injured|wounded|hurt)\b")
_LIST_SEP_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_YOUNG_ITEM_RE = re.compile(r"\b(?:child|boy|girl|baby|infant|toddler|(?P<age>\w+)-year-old)\b")


def _young_among(items: list[str]) -> int:
    """How many of the people listed are children (by word, or by an age under 18)."""
    return sum(1 for item in items if (y := _YOUNG_ITEM_RE.search(item)) and (
        not y["age"] or (parse_number(y["age"])[0] or 99) < 18))


def _persons_listed(low: str) -> tuple[str, Figure, Figure | None] | None:
    """("killed" or "injured", everyone, the children among them) of a toll told as a list
    of single people ("killing a firefighter and a paramedic": 2)."""
    m = _PERSONS_LISTED_RE.search(low)
    if m is None:
        return None
    said = m["list"] or m["p_list"]
    items = _LIST_SEP_RE.split(said)
    young = _young_among(items)
    what = "killed" if (m["verb"] or m["outcome"]).startswith("kill") else "injured"
    children = Figure(young, None, m.start()) if young else None
    return what, Figure(len(items), None, m.start(), what=m.group()), children


# "killed three people in Nikopol, a man, a woman and a child": who the toll was, in a list
# set after it
_APPOSED_PERSONS_RE = gated(
    f"{_ONE_PERSON_WORDS} {_ONE_ROLE_WORDS} {_KIN_WORDS} baby infant toddler",
    rf"(?:,|:|\(|\s[-–—])\s*(?P<list>{_PERSONS_LIST})")


def _children_apposed(low: str, told: Figure) -> Figure | None:
    """The children in a list of single people set after a toll of as many (only a list of
    exactly that many is who the toll was)."""
    for m in _APPOSED_PERSONS_RE.pattern.finditer(low, told.start, told.start + 120):
        items = _LIST_SEP_RE.split(m["list"])
        if len(items) != told.value:
            continue
        young = _young_among(items)
        return Figure(young, None, m.start("list")) if young else None
    return None


_NO_FIGURES: dict[str, Figure | None] = {
    "killed": None, "injured": None, "children_killed": None, "children_injured": None}


def _one_child(patterns: tuple[re.Pattern[str], ...], low: str) -> Figure | None:
    for pattern in patterns:
        m = pattern.search(low)
        if m and (not m.group("age") or (parse_number(m.group("age"))[0] or 99) < 18):
            return Figure(1, None, m.start())
    return None


def _child_among(patterns: tuple[re.Pattern[str], ...], low: str) -> Figure | None:
    fig = _one_child(patterns[:1], low)
    return fig if fig is not None and " among " in low[fig.start: fig.start + 60] else None


# "two men were fatally wounded", "a woman later succumbed to her injuries": deaths
_FATAL_RE = gated("fatally mortally succumb",
                  r"\b(?:fatally|mortally) (?:wounded|injured)\b|"
                  r"\b(?:later |then |has |have |had )?succumbed to (?:his|her|their) "
                  r"(?:wounds|injuries)\b")


def _as_deaths(m: re.Match[str]) -> str:
    word = "killed" if m.group().endswith("ed") else "died"
    return word.ljust(m.end() - m.start())  # same length: offsets stay true


# "Two and five people were killed and injured respectively", "killed and wounded 3 and
# 12 people, respectively": two tolls in one list, in the order of their outcomes
_HURT = r"(?P<{}>killed|dead|died|injured|wounded|hurt)"
_DEATH_WORDS = frozenset({"killed", "dead", "died"})
_BOTH_RESPECTIVELY_RE = gated(
    "respectively",
    rf"\b(?P<a>{NUM}) and (?P<b>{NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:were |have been |had been )?"
    rf"{_HURT.format('x')} and {_HURT.format('y')},? respectively\b|"
    rf"\b{_HURT.format('x2')} and {_HURT.format('y2')}\s+(?P<a2>{NUM}) and (?P<b2>{NUM})"
    r"\b[^.;]{0,40}?\brespectively\b")


def _respective_tolls(low: str) -> dict[str, Figure] | None:
    m = _BOTH_RESPECTIVELY_RE.search(low)
    if m is None:
        return None
    a, b, x, y = ("a", "b", "x", "y") if m.group("a") else ("a2", "b2", "x2", "y2")
    kinds = ["killed" if m.group(g) in _DEATH_WORDS else "injured"
             for g in (x, y)]
    if kinds[0] == kinds[1]:
        return None
    return {kinds[0]: Figure(parse_number(m.group(a))[0], None, m.start(a)),
            kinds[1]: Figure(parse_number(m.group(b))[0], None, m.start(b))}


# "One person was killed and another wounded": the second outcome's one person
_ANOTHER_RE = gated("another one_other a_second",
                    r"\b(?P<a>killed|died|injured|wounded|hurt)\s+and\s+(?P<n>another|one "
                    r"other|a second)(?:\s+(?:person|man|woman|civilian|resident))?\s+"
                    r"(?:was\s+|has been\s+)?(?:(?P<b>killed|injured|wounded|hurt)|died)\b")


_N_MORE_RE = re.compile(rf"^\W*(?:and\s+|while\s+)?(?P<n>{NUM})\s+more\s+(?:people\s+)?"
                        r"(?:in|on|at|near|by|from|when|after)\b")


def _more_of_the_toll(low: str, told: Report, figures: dict[str, Figure | None]
                      ) -> dict[str, Figure | None]:
    """ "Two people were killed in Kostiantynivka, and three more in a drone strike on
    Druzhkivka": the toll told just before, its outcome left out."""
    m = _N_MORE_RE.match(low)
    outcome = "killed" if told.killed else "injured" if told.injured else None
    if m is None or outcome is None:
        return figures
    value, vague = parse_number(m["n"])
    return {**figures, outcome: Figure(value, vague, m.start("n"))}


def killed_injured(text: str) -> dict[str, Figure | None]:
    """Killed, injured and children among them, with qualifiers."""
    low = _FATAL_RE.sub(_as_deaths, lower(text))
    both = _respective_tolls(low)
    if both:
        return {**_NO_FIGURES, **both}
    another = _ANOTHER_RE.search(low)
    if another:  # ("... another died": no group b, a death)
        first = "killed" if another["a"] in _DEATH_WORDS else "injured"
        second = "killed" if another["b"] in {None, "killed"} else "injured"
        told = _first(_KILLED_RES if first == "killed" else _INJURED_RES, low) if (
            first != second) else None
        if told is not None:
            return {**_NO_FIGURES, first: told, second: Figure(1, None, another.start("n"))}
    killed = _first(_KILLED_RES, low) if any_in(_KILLED_HINT, low) else None
    injured = _first(_INJURED_RES, low) if any_in(_INJURED_HINT, low) else None
    household = _household(low) or (_one_and_more(low) or (
        _persons_listed(low) if " and " in low else None) if (
        killed is not None or injured is not None) else None)
    if killed is None and injured is None and household is None and "adults" not in low:
        return dict(_NO_FIGURES)
    adults_children = _ADULTS_CHILDREN_RE.search(low)
    children_k = children_i = None
    if adults_children:
        a, _ = parse_number(adults_children.group("a"))
        c, _ = parse_number(adults_children.group("c"))
        total = Figure((a or 0) + (c or 0), None, adults_children.start())
        if adults_children.group("what") == "killed":
            killed, children_k = total, Figure(c, None, adults_children.start())
        else:
            injured, children_i = total, Figure(c, None, adults_children.start())
    if household:  # (over a figure told inside it: "her three children were killed")
        what, everyone, children = household
        told = killed if what == "killed" else injured
        if told is None or told.value == 1 or (
                everyone.start <= told.start < everyone.start + len(everyone.what)):
            if what == "killed":
                killed, children_k = everyone, children
            else:
                injured, children_i = everyone, children
    if killed and killed.value == 1 and children_k is None:
        children_k = _one_child(_CHILD_KILLED_RES, low)
    if injured and injured.value == 1 and children_i is None:
        children_i = _one_child(_CHILD_INJURED_RES, low)
    if " among " in low:  # "A child was among three people killed": one of them
        if killed and (killed.value or 0) > 1:
            children_k = _child_among(_CHILD_KILLED_RES, low) or children_k
        if injured and (injured.value or 0) > 1:
            children_i = _child_among(_CHILD_INJURED_RES, low) or children_i
    among = _CHILDREN_AMONG_RE.search(low)
    if among:  # (the figure of "n" or "n2", whichever form matched)
        fig = Figure(*parse_number(among["n"] or among["n2"]), among.start())
        if (among["what"] or among["what2"]) in {"injured", "wounded", "hurt"}:
            children_i = fig
        else:
            children_k = fig
    for m in _CHILDREN_RE.finditer(low):
        fig = (Figure(*parse_number(m["n2"]), m.start()) if m["n2"] else _figure(m)
               if m["n"] not in {"a", "an"} else Figure(1, None, m.start()))
        # Children belong to the figure stated just before them.
        if killed and (not injured or abs(killed.start - m.start()) <= abs(
                injured.start - m.start())) and killed.start < m.start():
            children_k = children_k or fig
        elif injured and injured.start < m.start():
            children_i = children_i or fig
    if children_k is None and killed is not None and (killed.value or 0) > 1 and (
            _APPOSED_PERSONS_RE.possible(low)):
        children_k = _children_apposed(low, killed)
    if children_i is None and injured is not None and (injured.value or 0) > 1 and (
            _APPOSED_PERSONS_RE.possible(low)):
        children_i = _children_apposed(low, injured)
    # "Twelve children were killed", "killing three boys": the toll is all children
    if children_k is None and killed is not None and _all_children(killed, low):
        children_k = killed
    if children_i is None and injured is not None and _all_children(injured, low):
        children_i = injured
    return {"killed": killed, "injured": injured, "children_killed": children_k,
            "children_injured": children_i}


_CHILD_NOUN_RE = re.compile(
    rf"\b(?P<n>{NUM})\s+(?:(?:young|small|little)\s+)?(?:children|kids|boys|girls|minors|"
    r"schoolchildren|infants|babies|toddlers|pupils)\b")


def _all_children(fig: Figure, low: str) -> bool:
    if not fig.value or fig.value < 2:  # (one child: told by _one_child)
        return False
    m = _CHILD_NOUN_RE.search(low, fig.start, fig.start + len(fig.what) + 40)
    return m is not None and parse_number(m["n"])[0] == fig.value


def projectile_counts(text: str) -> list[Figure]:
    return [_figure(m) for m in _COUNT_RE.finditer(lower(text))]


# "Three Russian MiG-31 fighter jets entered Estonian airspace": the craft that flew in
_CRAFT_COUNT_RE = gated("aircraft jet plane helicopter fighter bomber",
                        _COUNTED + r"(?P<noun>aircraft|(?:fighter )?jets|(?:war)?planes|"
                        r"helicopters|fighters|bombers)\b")


_DOWNED_INTRUDERS_RE = gated(
    "shot_down downed intercept destroy",
    r"\b(?:shot down|downed|intercepted|destroyed)\b[^.;]{0,60}?\b(?:drones?|uavs?|missiles?|"
    r"rockets?|objects?|balloons?|aircraft|helicopters?|(?:war)?planes?|jets?)\b[^.;]{0,40}?"
    r"\b(?:that|which|after (?:they|it))\s+"
    r"(?:had\s+)?(?:violated|entered|crossed into|breached|intruded into|strayed)\b|"
    # "Russian drones entered Polish airspace and were shot down overnight"
    # ("... entered Polish airspace from Belarus early on Saturday and was shot down near
    # the village of Wyryki": there)
    r"\b(?:violated|entered|crossed into|breached)\s+(?:[\w'’-]+\s+){0,3}?air\s?space\b"
    r"(?:[^.;,]{0,50}?\s)?"
    r"and\s+(?:were|was)\s+(?:later\s+|then\s+|subsequently\s+)?(?:shot down|downed|"
    r"intercepted|destroyed)\b|"
    # "... had violated Polish airspace during an attack on Ukraine and that several had
    # been shot down"
    r"\b(?:violated|entered|crossed into|breached)\s+(?:[\w'’-]+\s+){0,3}?air\s?space\b"
    r"[^.;]{0,60}?\band that\s+(?:several|some|most|all|one|two|three|four|five|\d+)\s+"
    r"(?:of them\s+)?(?:had|have|were|was)\s+(?:been\s+)?(?:shot down|downed|intercepted|"
    r"destroyed)\b")
_SIGHTED_RE = re.compile(r"\b(?:spotted|sighted|observed|sightings?|detected|tracked)\b")
_CAME_DOWN_RE = re.compile(r"\b(?:fell|crashed|landed|(?:was|were) found|debris|wreckage|"
                           r"fragments)\b")


def classify(low: str, skip: str | None = None) -> tuple[str | None, int]:
    """(event type, where its earliest trigger starts) of a lower-cased sentence: the type
    is the first in order of specificity; the position lets a modal verb before the
    trigger ("may strike") mark a forecast."""
    if not any(pattern.possible(low) for _, pattern in _EVENT_RES):
        return None, 0  # no trigger word at all: one set test per type
    event, at = None, len(low)
    for name, pattern in _EVENT_RES:
        if name == skip:
            continue
        m = pattern.search(low)
        if m:
            event = event or name
            at = min(at, m.start())
    return event, (at if event else 0)


# What a strike hit, or what was sent up against it, is not its weapon: "struck a Russian
# S-400 air defence system", "hit a Tu-22M3 bomber", "a missile depot", "jets scrambled".
_AIRCRAFT_MODEL = r"(?:(?:tu|su|mig|il|a|be)-\d+\w*\s+)?"  # "Tu-22M3 ", "Su-34 "
_AIRCRAFT_TARGET = (
    r"(?:(?:an?|the|two|three|four|five|\d+|several|russian|ukrainian|israeli|military)\s+)"
    rf"{{0,3}}(?:{_AIRCRAFT_MODEL}(?:strategic\s+|long-range\s+)?(?:fighter[\s-]|attack\s+)?"
    r"(?:bombers?|aircraft|jets?|planes?|helicopters?|fighter(?:-bomber)?s?|warplanes?)|"
    r"(?:tu|su|mig|il|be)-\d+\w*)\b")  # ("a Ukrainian Su-27 fighter jet", "an Su-25")
_TARGET_ARMS_RE = gated(
    "system launcher batter complex site station depot warehouse plant factor facilit "
    "workshop arsenal stockpile bomber aircraft jet plane helicopter fighter scrambl su- mig- "
    "tu- il- be- station bas hous host keep kept",
    r"\b(?:s-\d00|pantsir|buk|tor|patriot|iris-t|nasams|missiles?|drones?|uavs?|rockets?|"
    r"shaheds?|air[- ]defen[cs]e|radars?)(?:[\s-]+(?:air[- ]defen[cs]e|missile|drone|"
    rf"launch|storage|production|assembly))*[\s-]+(?:{_WEAPON_SITES}|batter(?:y|ies)|"
    r"complex(?:es)?|stations?|facilit(?:y|ies)|arsenals?|stockpiles?)\b|"
    rf"\b(?:struck|hit|hitting|damaged|targeted|attacked|striking|destroyed|destroying)\s+"
    rf"(?P<t>{_AIRCRAFT_TARGET})|"
    rf"\b{_AIRCRAFT_MODEL}(?:bombers?|aircraft|jets?|planes?|"
    r"helicopters?|fighters?)\s+(?:was|were|had been|have been)\s+(?:hit|struck|destroyed|"
    r"damaged|scrambled)\b|"
    r"\bscrambled\s+(?:[\w-]+\s+){0,2}?(?:jets?|fighters?|aircraft|planes?)"
    r"(?:\s+(?:jets?|planes?))?\b|"  # ("scrambled fighter jets")
    # "the Engels airbase, where Russia stations its Tu-95 and Tu-160 strategic bombers"
    r"\b(?:station(?:s|ed)?|bas(?:es|ed)|hous(?:es|ed)|host(?:s|ed)|keeps?|kept)\s+"
    r"(?:(?:[\w-]+\s+){0,8}?(?:bombers?|aircraft|jets?|planes?|helicopters?|fighters?|"
    r"warplanes?)|(?:[\w-]+\s+){0,3}?(?:tu|su|mig|il|be)-\d+\w*)\b")


def _blank_target(m: re.Match[str]) -> str:
    """Blanks what was hit, keeping the verb before it (and every offset)."""
    if m.group("t") is None:
        return _blank(m)
    keep = m.start("t") - m.start()
    return m.group(0)[:keep] + " " * (m.end() - m.start("t"))


def weapons_named(text: str, event: str) -> list[str]:
    """The kinds of weapon a claim names, first named first: the first, and those listed
    with it ("with drones and missiles", "drone and missile fire"; not "a factory making
    missiles" further on). A naval drone wins over the "drone" inside its name; for an
    interception or an airspace violation, what flew in wins over the jets sent up; for
    a strike, never what it hit."""
    low = lower(text)
    if event not in {"interception", "airspace_violation"}:
        low = _TARGET_ARMS_RE.sub(_blank_target, low)
    else:  # (nor the jets sent up: "two F-16 jets were scrambled", but "intercepted a
        # surface-to-air missile fired at an Israeli drone": the missile is what was downed)
        low = _SCRAMBLED_RE.sub(_blank, low if _SAM_DOWNED_RE.search(low) else (
            _INTERCEPTOR_RE.sub(_blank, low)))
    found: list[tuple[int, int, str]] = []
    for name, pattern in _WEAPON_RES:
        m = pattern.search(low)
        if m:
            if name == "naval_drone":
                return [name]
            found.append((m.start(), m.end(), name))
    found.sort()
    if event in {"interception", "airspace_violation"} and any(
            name in {"drone", "missile"} for *_, name in found):
        found = [f for f in found if f[2] in {"drone", "missile"}]
    if len(found) > 1 and found[0][2] == "aircraft" and found[1][2] in {"missile", "drone"} and (
            _CARRIER_FIRED_RE.fullmatch(low, found[0][1], found[1][0])):
        found = found[1:]  # "Tu-95 bombers fired 12 cruise missiles": what they fired
    names = found[:1]
    for item in found[1:]:
        gap = low[names[-1][1]:item[0]]
        if len(gap) > 30 or not _LISTED_RE.search(gap):
            break
        names.append(item)
    return [name for *_, name in names]


# "downed by a surface-to-air missile": what brought it down, not what flew in
_INTERCEPTOR_RE = gated(
    "surface-to-air anti-aircraft air_defen air-defen interceptor sam_",
    r"\b(?:surface-to-air|anti-aircraft|air[- ]defen[cs]e|interceptor|sam)\s+"
    r"(?:missiles?|rockets?)\b|\binterceptor(?:s|\s+missiles?)?\b")
_SAM_DOWNED_RE = gated(
    "surface-to-air anti-aircraft sam_",
    r"\b(?:intercepted|shot down|downed|destroyed)\s+(?:an?\s+|the\s+|two\s+|three\s+|"
    r"\d+\s+)?(?:[\w-]+\s+)?(?:surface-to-air|anti-aircraft|sam)\s+(?:missiles?|rockets?)\b")
_SCRAMBLED_RE = gated(
    "scrambl",
    r"\bscrambled\s+(?:[\w-]+\s+){0,3}?(?:jets?|fighters?|aircraft|planes?)"
    r"(?:\s+(?:jets?|planes?))?\b|"
    r"\b(?:jets?|fighters?|aircraft|planes?)\s+(?:were|was|had been|have been)\s+scrambled\b")
_CARRIER_FIRED_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:(?:based|stationed|flying|operating)"
                               r"\s+(?:in|at|near|over|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?"
                               r"(?:fired|launched|launching|firing|"
                               r"carrying|armed with)\s+(?:[\w,-]+\s+){0,3}?")
_LISTED_RE = re.compile(r"\band\b|,|\bas well as\b|\bplus\b|\bthen\b|&")


def weapon(text: str, event: str) -> str:
    """The first weapon named (see ``weapons_named``)."""
    names = weapons_named(text, event)
    return names[0] if names else "artillery" if event == "shelling" else "unknown"


_DENIAL_RE = gated(
    "no indication no sign no evidence no report denied denies did not didn't no violation "
    "no breach no incursion no_object no_drone no_missile no_rocket no_uav no_aircraft "
    "no_projectile no_debris none_of not_violated not_breached not_entered never_entered "
    "turned_back turned_around veered without_ent without_cross without_viol no_strike "
    "no_attack no_hit no_impact no_explosion",
    r"\b(?:no (?:indication|sign|evidence|reports?) (?:of|that)(?! casualties| injuries| "
    r"deaths| damage)|denied|denies|did not (?:strike|attack|hit|fire|launch|enter|violate|"
    r"cross)|didn't|no (?:violation|breach|incursion)s? of|"
    # "No object entered Romanian airspace"; "the airspace was not violated"
    r"(?:no|none of the) (?:objects?|drones?|missiles?|rockets?|uavs?|aircraft|"
    r"projectiles?|debris)(?: [\w-]+){0,2} (?:entered|violated|crossed|breached|fell|landed)|"
    # "air raid alerts lasted five hours, though no strikes were reported"
    r"no (?:strikes|attacks|hits|impacts|explosions) (?:were|have been|had been) "
    r"(?:reported|recorded|registered)|"
    r"(?:was|were|has been|had been) not (?:violated|breached|entered)|never entered|"
    # "it turned back before crossing the border", "without entering Polish airspace"
    r"(?:turned (?:back|around)|veered (?:away|off))\b[^.;]{0,20}?\bbefore (?:crossing|"
    r"entering|reaching)|without (?:entering|crossing|violating))\b")
# "No ships were hit", "the vessel was not struck", "neither missile hit the ship"
_MISSED_RE = gated(
    "no none neither nothing not n't",
    r"\b(?:(?:no|none of the|neither(?: of the)?)\s+(?:[\w-]+\s+){0,3}?|nothing\s+)"
    r"(?:was|were|has been|have been|had been)\s+(?:hit|struck|damaged)\b|"
    r"\b(?:was|were|has been|have been|had been)\s+not\s+(?:hit|struck|damaged)\b|"
    r"\b(?:wasn't|weren't|wasn’t|weren’t)\s+(?:hit|struck|damaged)\b|"
    r"\bneither (?:of the )?(?:[\w-]+ ){0,2}?(?:missiles?|drones?|rockets?|projectiles?)\s+"
    r"(?:hit|struck)\b")
_DONE_BEFORE_RE = re.compile(r"\b(?:killed|injured|wounded|hit|struck|downed|shot down|"
                             r"destroyed)\b")
# the claim's noun, what it is on, and a modal as its verb: "attack on Kyiv could come"
_MODAL_AFTER_NOUN_RE = re.compile(
    r"[\w-]+(?:\s+(?:on|against|of|in)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+"
    r"(?:could|would|might|may|will)\s+(?!not\b|have\b)")
_STATED_TOLL_RE = re.compile(r"\b(?:killed|injured|wounded|dead|died)\b")


# "..., the largest attack since the war began": a superlative in apposition measures the
# claim against the past; its "since" clause is no history (but "It was the heaviest
# shelling since 2022" only comments on a claim told before)
_MEASURED_SINCE_RE = re.compile(
    r",\s+(?:in\s+|marking\s+|(?:in\s+)?what (?:was|is)\s+|(?:describing|calling|terming)\s+"
    r"(?:it|them|the \w+)\s+(?:as\s+)?)?(?:one of\s+)?(?:the|its|their|a)\s+"
    r"(?:[\w-]+\s+)?(?:first|first-ever|only|largest|biggest|deadliest|heaviest|worst|fiercest|"
    r"longest|strongest|most (?:intense|serious|massive|powerful|significant|deadly)|"
    r"major|second|third)\b[^,.;]{0,80}$|"
    # "... in what the minister called the largest attack on the energy sector since"
    # (or "killing five in the heaviest bombardment of the city since"; not "It was the
    # heaviest shelling of Belgorod since ...": a verdict on an attack told before)
    r"(?:\bwhat\s+(?:[\w'’-]+\s+){0,4}?(?:called|described as|termed)|\bin)\s+(?:the|its|a)\s+"
    r"(?:[\w-]+\s+)?(?:largest|biggest|deadliest|heaviest|worst|fiercest|most (?:intense|massive|"
    r"powerful))\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|barrages?|assaults?|bombardments?|"
    r"shelling|raids?|salvos?|waves?|day|night|escalation)\b[^,.;]{0,60}$|"
    # "the attack damaged the government building for the first time since the start of
    # the full-scale invasion": a first, measured against the war, on the day told
    r"\bfor the (?:first|second|third) time\s+$")


# "during the first Gulf War", "in World War II": a war of the past, named
_PAST_WAR_RE = re.compile(r"\b(?:[Ff]irst|[Ss]econd|[Tt]hird) (?:[A-Z][\w-]* )*War\b|"
                          r"\bWorld War\b")


# "The Houthis have attacked dozens of ships since November": months of attacks (but not
# "Oleshky, held by Russian forces since March, was hit")
# (the month first: a pattern that opens with a literal skips fast through the sentence)
_SINCE_MONTH_RE = gated("since", r"since (?:mid-|early |late )?"
                        rf"(?:{'|'.join(MONTH_NAMES)})\b")
# ("Ukraine has been hit by daily drone attacks since September")
_PERFECT_RE = re.compile(r"\b(?:has|have)\s+(?:(?:[a-z]+\s+){0,2}?[a-z]+ed|been)\b")


# "Oleshky, held by Russian forces since 2022, was hit": how long a place has been held
_HELD_SINCE_RE = re.compile(r"\b(?:held|occupied|controlled|captured|seized|annexed|under "
                            r"[\w-]+ (?:control|occupation))\b[^,.;]{0,40}$")


def _history(low: str) -> bool:
    """Whether the sentence speaks of the past, not counting a superlative's "since"."""
    month = _SINCE_MONTH_RE.search(low)
    if month and _PERFECT_RE.search(low, max(0, month.start() - 120), month.start()) and not (
            # ("in the heaviest attack the city has faced since March": a record)
            _MEASURED_SINCE_RE.search(low, max(0, month.start() - 120), month.start())):
        return True
    found = _BACKGROUND_RE.search(low)
    while found is not None:
        if not (found.group().startswith("since") and (_MEASURED_SINCE_RE.search(
                low, max(0, found.start() - 120), found.start()) or _HELD_SINCE_RE.search(
                low, max(0, found.start() - 60), found.start()))):
            return True
        found = _BACKGROUND_RE.search(low, found.end())
    return False


_REBUTTED = (r"(?:denied|denies|rejected|rejects|dismissed|dismisses)\s+(?:(?:the|this|that|"
             r"these|those)\s+(?:claims?|accusations?|allegations?|reports?|charges?)|"
             r"(?:it|them)(?=\s*(?:[,.;]|$)))\b")
# "..., which Yerevan denied", "..., a claim Moscow has denied": another party disputes
# the claim, which stands as its speaker's (the dispute is kept with it)
_DISPUTED_RE = gated(
    "denied denies reject dismiss",
    r"(?:,\s+(?:which|a claim|claims|an accusation|accusations|allegations?|a charge|charges)"
    r"(?:\s+that)?\s+|"
    # ("...; Armenia denied the claim", "..., but Moscow rejected the accusation")
    rf"[;,]\s+(?:but\s+|while\s+)?(?=[^;,]{{2,60}}?\b{_REBUTTED}))"
    r"(?P<who>(?:the\s+)?[\w'’ .-]{2,50}?)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:denied|denies|rejected|rejects|dismissed|dismisses)\b"
    r"(?:\s+(?:the|this|that|these|those)\s+(?:claims?|accusations?|allegations?|reports?|"
    r"charges?)|\s+(?:it|them))?(?:\s+as\s+[^,.;]{0,40})?\s*(?:[,.;]|$)")


def disputed_by(text: str) -> str | None:
    """Who denies a claim in a clause after it ("which Yerevan denied"), as written."""
    low = lower(text)
    found = _DISPUTED_RE.search(low)
    return text[found.start("who"):found.end("who")] if found else None


def _denied(low: str) -> bool:
    """A denial of the claim itself ("Kyiv denied striking the market"), not another
    party's denial of a claim told in the sentence."""
    found = _DENIAL_RE.search(low)
    while found is not None:
        if not (found.group().startswith("den") and _DISPUTED_RE.search(
                low, max(0, found.start() - 70), found.end() + 50)):
            return True
        found = _DENIAL_RE.search(low, found.end())
    return False


def is_background(text: str, trigger_at: int) -> bool:
    """History, habits, forecasts, threats, denials and diplomacy are not reports of an
    event."""
    low = lower(text)
    if _history(low) or _denied(low) or (" War" in text and _PAST_WAR_RE.search(text)):
        return True
    modal = _MODAL_RE.search(low, 0, max(0, trigger_at) + 40)
    if modal and modal.start() < trigger_at + 5 and not _DONE_BEFORE_RE.search(
            low, 0, modal.start()):
        return True
    if modal and _MODAL_AFTER_NOUN_RE.match(low, max(0, trigger_at), modal.end() + 12) and (
            not _DONE_BEFORE_RE.search(low, 0, modal.start())):
        return True  # "A missile attack on Kyiv could come this week": the attack's verb
    dip = _DIPLOMACY_RE.search(low)
    if dip is None or _STATED_TOLL_RE.search(low):
        return False
    saying = _SAYING_RE.search(low, dip.end())
    return saying is None or classify(low[saying.end():])[0] is None


# "The ministry condemned the attack, saying air defences destroyed 24 drones": the
# condemnation's speaker goes on to tell the event
_SAYING_RE = re.compile(r",\s+(?:saying|adding|reporting|and said)\b")
_CLAIM_HINT = needles("according reporting saying claim said say report wrote announced "
                      "stated told added adding confirmed posted noted indicated cited accuse "
                      "blame")
# Titles written with a stop before a name: "Gov. Oleh Syniehubov", "Lt. Gen. ..."
_TITLE_ABBREVIATIONS = ("Gov", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Sen", "Rep", "Mr",
                        "Mrs", "Ms", "Dr", "Prof")
# (look-behinds must be of one width: one per length of title)
_TITLE_STOP = "|".join(
    rf"(?<=\b(?:{'|'.join(t for t in (*_TITLE_ABBREVIATIONS, 'St') if len(t) == n)}))\."
    for n in sorted({len(t) for t in (*_TITLE_ABBREVIATIONS, "St")}))
_ACCORDING_RE = re.compile(  # (a title's stop is no end: "according to Gov. Oleh Syniehubov")
    rf"\b[Aa]ccording to (?P<who>(?:[^,.;:\"“”]|(?<=\b[A-Z])\.|{_TITLE_STOP}){{3,90}})")
_WITH_SAYING_RE = re.compile(r"\bwith (?P<who>(?:the )?[^,.;]{3,90}?) (?:reporting|saying|"
                             r"claiming)\b")
_ATTRIBUTION_RE = re.compile(rf"\b(?:{_ATTRIBUTION_VERBS})\b")
# "..., said Mayor Ihor Terekhov.", "..., wrote the governor on Telegram": the speaker
# after the verb, up to where the sentence or its clause ends
_INVERTED_RE = re.compile(
    r"\s+(?P<who>(?:the\s+)?[^,.;:\"“”()]{2,80}?)(?:\s+(?:on|in|via|to)\s+(?:telegram|"
    r"facebook|x|twitter|social media|(?:a|an|his|her|its|their) (?:[\w-]+ )?(?:statement|"
    r"post|video|address|interview|briefing)|state television|(?:national )?television|"
    r"reporters)\b[^,.;]*)?\s*(?:[,.;]|$)", re.I)
_ROLE_AFTER_NAME_RE = re.compile(r"\s*(?P<role>(?:the |a |an )?[a-z][\w'’ -]{2,80}?)"
                                 r"\s*(?:[.;]|$)")
_ROLE_AFTER_COMMA_RE = re.compile(r",\s*(?P<role>(?:the |a |an )?[a-z][\w'’ -]{2,80}?),")
_CONNECTIVE_RE = re.compile(r"^(?:and|but|while|as|also|later|earlier|meanwhile)\s+", re.I)
_PROPER_NAME_RE = re.compile(rf"(?:(?:{'|'.join(_TITLE_ABBREVIATIONS)})\.?"
                             # ("Al-Ahram said", "Jean-Pierre Lacroix said": a hyphenated name)
                             r"\s+)?(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|(?:the )?[A-Z]{3,8})"
                             r"(?: [A-Z][\w'’-]+)*$")


# "...; 3 killed, 7 injured (Odesa Oblast Military Administration).": the source of a
# terse note, in brackets at its end
_SOURCE_NOTE_RE = re.compile(r"\(([^()\d]{2,70})\)[.;]?$")
_NAMED_BEFORE_BRACKET_RE = re.compile(rf"\b(?!(?i:{'|'.join(MONTH_WORDS)})\b)[A-Z][\w'’-]+\s*\($")
# "Kyiv Independent", "The Moscow Times": an outlet, whose place name is no place
_MEDIA_WORDS = r"(?:Independent|Post|Times|Herald|Telegraph|Tribune|Journal|Gazette|Pravda|Insider)"
_MEDIA_NAME_RE = re.compile(rf"\b[A-Z][\w'’-]+ {_MEDIA_WORDS}$")
_MEDIA_AFTER_RE = re.compile(rf"\s+{_MEDIA_WORDS}\b")
_GROUP_AFTER_RE = re.compile(r"\s+(?:militias?|militiamen|rebels|insurgents|guerrillas)\b")
_SOURCE_HEAD_RE = re.compile(r"(?P<who>[A-Z][\w'’. -]{1,45}?):\s")
_SURNAME_HEAD_RE = re.compile(r"\W{0,3}([A-Z][a-z'’-]{2,20}):\s")
_SOURCE_TAIL_RE = re.compile(r"(?:^|\s)[—–]\s*(?P<who>[A-Z][\w'’. -]{1,50}?)\s*\.?$")


# A person's name in apposition to a role ("the mayor, Ihor Terekhov"): two to four
# capitalised words, so a place ("the governor, Kharkiv ...") is seldom taken for one
_NAME = r"(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,3})"
_NAME_AFTER_RE = re.compile(rf",\s*{_NAME}(?=\s*[,.;]|\s*$)")
# ("in Velykyi Burluk, Kharkiv Oblast, the local authorities said": a place, not a name)
_PLACE_WORD_RE = re.compile(r"\b(?:Oblast|Region|Province|District|Raion|County|Krai|Okrug|"
                            r"Governorate|Republic|Strip|Sea|City|Airspace)\b")
# "In Russia, the Defense Ministry said": a scene-setting phrase, no person's name
_SCENE_SETTER_RE = re.compile(r"(?:In|On|At|From|Near|Across|Over|Inside|Outside|Meanwhile|"
                              r"Separately|Elsewhere|Later|Earlier)\b")
# ("in Nyala, South Darfur, witnesses said": many speakers are no one's apposition)
_PLURAL_ROLE_RE = re.compile(r"^(?!the\b)(?:[\w-]+\s+)?[\w-]+[^s\W]s$", re.I)
_NAME_BEFORE_ROLE_RE = re.compile(rf"(?:^|[,;:—]\s*){_NAME}\s*$")
_ROLE_BEFORE_NAME_RE = re.compile(r"[,;:—]\s*(?P<role>(?:[Tt]he |[Aa]n? )?(?:[A-Z][\w-]+['’]s "
                                  r")?[a-z][\w'’ -]{2,80})$|"
                                  # "The Kremlin-appointed head of Crimea, Sergei Aksyonov,
                                  # said": an office of a place opens the sentence
                                  r"^\s*(?P<office>(?:[Tt]he\s+)?(?:[\w'’-]+\s+){0,2}?"
                                  r"(?:governor|mayor|head|chief|leader|commander|spokes(?:man|"
                                  r"woman|person))\s+of\s+[\w'’ -]{2,60}|"
                                  # "Kharkiv's mayor, Ihor Terekhov, said"
                                  r"(?-i:[A-Z])[\w-]+['’]s\s+(?:[\w-]+\s+){0,2}?(?:governor|"
                                  r"mayor|head|chief|leader|commander))$")


def _role_words(role: str) -> bool:
    """A role is a short phrase that starts or ends with its office ("the head of the
    city's military administration", "the Abkhaz news agency"), not any clause before a
    name ("... a missile struck a hospital in Kharkiv", "killing a Hezbollah commander")."""
    words = role.split()
    if words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    return 0 < len(words) <= 8 and not _PARTICIPLE_RE.match(words[0]) and (
        _agent(" ".join(words[:3])) or _agent(words[-1])) and _FINITE_VERBS.isdisjoint(words)


# (a role is a noun phrase: "the government building was hit" is a clause)
_FINITE_VERBS = frozenset(("was", "were", "is", "are", "has", "have", "had", "been", "will"))


_PARTICIPLE_RE = re.compile(r"(?!acting\b)\w+(?:ing|ed)$")


# (an office may be written with a capital: "Oleh Syniehubov, Head of Kharkiv Oblast
# Military Administration, said")
_ROLE_RE = re.compile(r"^(?:the |a |an )?(?:[a-z]|(?:Head|Governor|Mayor|Chief|Commander|"
                      r"Spokes(?:man|woman|person)|Director|Secretary|Minister|Deputy|"
                      r"Acting) )[\w'’ -]*$")


def _agent(who: str) -> bool:
    return bool(_AGENT_WORDS.search(lower(who)))


def _feed_source(text: str) -> tuple[str, int, int] | None:
    """A feed's source before a colon or after a dash: "Ukrainian Air Force: 31 of 42
    drones destroyed", "... 3 wounded — Oleh Syniehubov" (not "Kharkiv: ...": a place;
    a lone surname after a dash could be a town too, so it takes a role or two names)."""
    head = _SOURCE_HEAD_RE.match(text) if ":" in text[:50] else None
    if head and (_agent(head["who"]) or _MEDIA_NAME_RE.search(head["who"])) and (
            classify(lower(head["who"]))[0] is None):  # (not "Russian army shelled Kherson:")
        return _clean_who(head["who"], 0)
    tail = _SOURCE_TAIL_RE.search(text) if "—" in text or "–" in text else None
    if tail and (_agent(tail["who"]) or (" " in tail["who"] and _PROPER_NAME_RE.match(
            tail["who"]) and not _PLACE_WORD_RE.search(tail["who"]))):
        return _clean_who(tail["who"], tail.start("who"))
    return None


_SIGNATURE_RE = re.compile(r"[ \t]*\.?[ \t]*(?:\n|$)")


def _signature(m: Mention, mentions: list[Mention], text: str) -> bool:
    """A lone name after a dash that ends its line and is a place in no country the
    article names elsewhere: a feed's signature ("... — Fedorov"), not a Kazakh town."""
    if not (text[max(0, m.start - 2): m.start].strip() in {"\u2014", "\u2013"}
            and " " not in m.text and _SIGNATURE_RE.match(text, m.end)):
        return False
    others = [o.resolution.best.place.country for o in mentions if o is not m]
    return bool(others) and m.resolution.best.place.country not in others


# "Serhii Lysak, head of the Dnipropetrovsk OVA.": a post's signature on a line of its own
_NAME_AND_OFFICE_RE = re.compile(r"(?:[A-Z][a-z'’-]+ ){1,2}[A-Z][a-z'’-]+, "
                                 r"(?P<role>(?:the )?[a-z][\w'’ -]{2,70})\.?")


def _signed(sentence: str, start: int, mentions: list[Mention]
            ) -> tuple[str, int, int] | None:
    """A feed line signed with one name after a dash ("3 injured. — Syniehubov"): its
    source, unless the name is a place (a town is written the same way: "... —
    Kupiansk"; a name that is only a place abroad is no longer a mention, see
    ``_signature``)."""
    tail = _SOURCE_TAIL_RE.search(sentence)
    if tail is None or " " in tail["who"].strip() or not _PROPER_NAME_RE.match(tail["who"]):
        return None
    if any(m.start == start + tail.start("who") for m in mentions):
        return None
    return _clean_who(tail["who"], tail.start("who"))


def claimant(text: str) -> tuple[str, int, int] | None:
    """Who a sentence attributes its claim to, and where that phrase is (a feed's
    "Ukrinform: ..." only when the sentence names no speaker of its own)."""
    who = _claimant(text) or _feed_source(text) or (
        _witness(text) if "heard" in text or "saw" in text else None)
    if who and ("citing" in text or "Citing" in text or "reference to" in text
                or "quoting" in text):
        return _with_cited(text, who)
    return who


# "An AFP journalist heard at least five explosions", "Reuters witnesses saw smoke": the
# outlet's own eyes, when no one is quoted
_WITNESS_RE = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\band\s))(?P<who>(?:(?:an?|the|two|three|several)\s+)?"
    r"(?:[A-Z][\w.&-]*\s+){0,2}(?:journalists?|reporters?|correspondents?|photographers?|"
    r"(?:eye)?witness(?:es)?|residents))\s+(?:heard|saw|reported (?:hearing|seeing))\b")


def _witness(text: str) -> tuple[str, int, int] | None:
    m = _WITNESS_RE.search(text)
    return _clean_who(m["who"], m.start("who")) if m else None


# "..., Ukrainska Pravda reported, citing intelligence sources", "Ukrinform reports with
# reference to the regional administration"; "Citing sources in the SBU, Ukrainian media
# reported that ...": the outlet and whom it cites, as the issue's "Ukrainian media citing
# intelligence sources"
_CITED = (r"(?P<via>(?:(?!\s(?:who|which|that|as|on|in\s+a|in\s+an|after|and\s+said)\s)"
          r"[^,.;:!?()])+)")
_CITING_AFTER_RE = re.compile(
    r"\s*(?:(?:reported|reports|said|says|wrote|writes|added|adds|announced|announces|stated|"
    r"states|confirmed|confirms|posted|informed)(?:\s+(?:about\s+)?(?:this|it|so|that))?)?,?"
    r"\s+(?:citing|quoting|with reference to|referring to)\s+" + _CITED)
_CITING_BEFORE_RE = re.compile(r"\W*citing\s+" + _CITED + r",\s+", re.I)


def _with_cited(text: str, who: tuple[str, int, int]) -> tuple[str, int, int]:
    name, start, end = who
    after = _CITING_AFTER_RE.match(text, end)
    if after:
        return f"{name} citing {after['via'].strip()}", start, after.end("via")
    before = _CITING_BEFORE_RE.match(text)
    if before and before.end() == start:
        return f"{name} citing {before['via'].strip()}", start, end
    return who


def _claimant(text: str) -> tuple[str, int, int] | None:
    low = lower(text)
    if text.endswith((")", ").", ");")):
        source = _SOURCE_NOTE_RE.search(text)
        # (not "(Kharkiv)": a place's parent; nor "the Kurdistan Workers Party (PKK)": a
        # name's abbreviation)
        if source and _agent(source.group(1)) and not (
                " " not in source.group(1).strip() and _NAMED_BEFORE_BRACKET_RE.search(
                    text, max(0, source.start() - 40), source.start() + 1)):
            return _clean_who(source.group(1), source.start(1))
    if not any_in(_CLAIM_HINT, low):
        return None
    if "according to" in low:
        m = _ACCORDING_RE.search(text)
        if m and (_agent(m.group("who")) or m.group("who")[:1].isupper()):
            who, end = m.group("who"), m.end("who")
            named = _NAME_AFTER_RE.match(text, end) if _ROLE_RE.match(who) else None
            role = _ROLE_AFTER_COMMA_RE.match(text, end) if named is None and (
                _PROPER_NAME_RE.match(who)) else None
            if named and not _PLACE_WORD_RE.search(named["name"]):
                # "according to the mayor, Ihor Terekhov, ...": the role and the name
                who = text[m.start("who"):named.end("name")]
            elif role and _role_words(role["role"]):
                # "according to Yuriy Malashko, the governor of Zaporizhzhia Oblast, ..."
                who = text[m.start("who"):role.end("role")]
            return _clean_who(who, m.start("who"))
    m = _WHICH_SAID_RE.search(text) if "which" in low else None
    if m and _agent(m["who"]):  # the downing is the defender's account, not the attacker's
        return _clean_who(m["who"], m.start("who"))
    m = _WITH_SAYING_RE.search(low)
    if m:
        who = text[m.start("who"):m.end("who")]
        if _agent(who):
            return _clean_who(who, m.start("who"))
    for m in _ATTRIBUTION_RE.finditer(text):
        if _PASSIVE_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "The RSF have been blamed for ...": the accused, not a speaker
        if m.group() in {"reports", "report"} and _ATTRIBUTION_RE.match(text, m.end() + 1):
            continue  # "American reports claimed": the reports are the speaker
        head = text[:m.start()]
        inverted = _INVERTED_RE.match(text, m.end()) if head.rstrip().endswith(
            (",", "\u201d", '"')) else None
        if inverted and (_agent(inverted["who"]) or _PROPER_NAME_RE.match(inverted["who"])) and (
                # (not "Volodymyr Artiukh, said Russian forces shelled 12 communities":
                # what the named speaker said)
                classify(lower(inverted["who"]))[0] is None):
            # "..., said Mayor Ihor Terekhov", "..., wrote the governor on Telegram"
            who, end = inverted["who"], inverted.end("who")
            role = _ROLE_AFTER_NAME_RE.match(text, inverted.end()) if _PROPER_NAME_RE.match(
                who) and text[inverted.end() - 1] == "," else None
            if role and _role_words(role["role"]):  # "said Oleh Kiper, the governor"
                end = role.end("role")
            named = _NAME_AFTER_RE.match(text, end) if role is None and _ROLE_RE.match(
                who) else None
            if named and not _PLACE_WORD_RE.search(named["name"]):
                end = named.end("name")  # "said the head of the city, Oleksandr Lysenko"
            return _clean_who(text[inverted.start("who"):end], inverted.start("who"))
        cut = max(head.rfind(","), head.rfind("\u201d"), head.rfind('"'), head.rfind(";"),
                  head.rfind("\u2014"), head.rfind(" that "), head.rfind(":"))
        as_at = head.rfind(" as ")  # "Explosions were heard ... as the governor said"
        if as_at > cut:
            cut = as_at + 3
        after_at = head.rfind(" after ")  # "The attack came a day after the army said"
        if after_at > cut:
            cut = after_at + 6
        what = head.rfind(" what ")
        if what > cut:  # "Israeli jets struck what the military said were depots"
            cut = what + 5
        who = head[cut + 1:].strip() if cut >= 0 else head.strip()
        if not who and cut >= 0 and head[:cut].strip():
            # "The governor of the Belgorod region, Vyacheslav Gladkov, said": the name
            # in apposition before the comma.
            head = head[:cut]
            cut = _clause_cut(head)
            who = head[cut + 1:].strip()
            if cut > 0 and _SPEAKER_ASIDE_RE.match(who):
                # "The mayor, writing on Telegram, said", "Gladkov, who visited the
                # site, said": the speaker before the aside
                head = head[:cut]
                cut = _clause_cut(head)
                who = head[cut + 1:].strip()
        who = _CONNECTIVE_RE.sub("", who)
        start = head.find(who, cut + 1) if who else cut + 1  # (head is text's prefix)
        role = _ROLE_BEFORE_NAME_RE.search(head, 0, max(0, cut)) if (
            who and _PROPER_NAME_RE.match(who) and cut > 0) else None
        if role and (role["office"] or _role_words(role["role"])):
            # "the head of the city's military administration, Oleksandr Vilkul, said"
            at = role.start("office" if role["office"] else "role")
            who, start = text[at:start + len(who)], at
        named = _NAME_BEFORE_ROLE_RE.search(head, 0, max(0, cut)) if (
            who and _ROLE_RE.match(who) and not _PLURAL_ROLE_RE.search(who)) else None
        if named and not _PLACE_WORD_RE.search(named["name"]) and not (
                _SCENE_SETTER_RE.match(named["name"])):
            # "Oleh Syniehubov, the head of the regional administration, said"
            who, start = text[named.start("name"):start + len(who)], named.start("name")
        if who and (len(who) <= 90) and (_agent(who) or _PRONOUN_RE.match(who)
                                         or _PROPER_NAME_RE.match(who)
                                         or _OWN_NAME_RE.match(who)) and not (
                _WHAT_NOT_WHO_RE.match(who)):
            return _clean_who(who, max(0, start))
    m = _SUBJECT_SAYING_RE.match(text) if "saying" in low or "adding" in low else None
    if m and _agent(m["who"]):
        return _clean_who(m["who"], 0)
    return None


def _clause_cut(head: str) -> int:
    """Where the clause before a speaker's name ends (the name in apposition starts after)."""
    return max(head.rfind(","), head.rfind(";"), head.rfind("\u2014"), head.rfind(" that "),
               head.rfind(":"))


# "The Russian Defence Ministry described the attack as terrorism, saying air defences
# destroyed 24 drones": the sentence's subject tells what follows "saying"
_SUBJECT_SAYING_RE = re.compile(
    r"(?P<who>[A-Z][^,;:\"“”]{1,70}?)\s+(?:also\s+)?(?!was\b|were\b)[a-z]+ed\b[^;]*?,\s+"
    r"(?:saying|adding)\b")


_SPEAKER_ASIDE_RE = re.compile(
    r"(?:who|speaking|writing|posting|appearing|visiting|quoted|interviewed|in an? (?:[\w-]+ )?"
    r"(?:statement|interview|video|post|address|briefing)|on (?:telegram|facebook|x|"
    r"television|state tv)\b)", re.I)


# "The Houthis said they fired a missile at Tel Aviv, which the Israeli military said was
# intercepted": the downing told in the relative clause, by its own speaker
_WHICH_SAID_RE = re.compile(
    r",\s+which\s+(?P<who>[^,;]{2,60}?)\s+(?:said|says|reported)\s+(?:(?:it|they)\s+)?"
    r"(?:(?:was|were|had been|has been|have been|had)\s+)?(?:\w+\s+)?(?:intercepted|"
    r"shot down|downed|destroyed|repelled|neutrali[sz]ed)\b")
# "Israel's Magen David Adom", "Ukraine's Naftogaz": a country's own named body
_OWN_NAME_RE = re.compile(r"[A-Z][a-z]+['’]s (?:[A-Z][\w-]+ ){0,3}[A-Z][\w-]+$")
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|been|being)\s+$", re.I)
# ("Explosions reported in Kharkiv": what was reported, not who reported it)
_WHAT_NOT_WHO_RE = re.compile(r"(?:(?:loud|several|multiple|powerful|new|more)\s+)?(?:explosions?|"
                              r"blasts?|strikes?|attacks?|casualties|injuries|deaths|damage|"
                              r"fires?|sirens?|shelling)$", re.I)


_WHO_TRAIL = re.compile(r"(?:\s+(?:had|has|have|was|were|would|also|later|earlier|then|now|"
                        rf"meanwhile|separately|previously|on (?:{'|'.join(WEEKDAYS)})|"
                        r"in a statement))+$", re.I)
# A ship's crew, who report to a maritime agency (UKMTO, Ambrey) that tells the incident
# (not "Captain Tim Hawkins, a Navy spokesman": an officer named)
_CREW_RE = re.compile(r"(?:the\s+)?(?:(?:vessel|ship|tanker)['’]s\s+)?(?:master|captain|crew|"
                      r"skipper|company security officer)\b(?!\s+(?-i:[A-Z]))", re.I)
_MARITIME_AGENCY_RE = re.compile(r"\b(?:UKMTO|United Kingdom Maritime Trade Operations|"
                                 r"Ambrey)\b")
# ("according to the latest toll from Ukrainian officials", "figures from the UN")
_WHO_HEAD = re.compile(r"^(?:an?\s+|the\s+)?(?:initial\s+|later\s+|earlier\s+|new\s+|"
                       r"latest\s+|updated\s+|official\s+|preliminary\s+)?"
                       r"(?:(?:telegram|facebook|social media|online|video|written|casualty|"
                       r"death)\s+)?"
                       r"(?:statement|report|update|post|message|toll|tally|count|figures|data"
                       r")\s+(?:from|by|of)\s+", re.I)


def _clean_who(who: str, start: int) -> tuple[str, int, int]:
    who = " ".join(who.split()).strip(" '\"“”–—-")
    who = _WHO_TRAIL.sub("", who)
    head = _WHO_HEAD.match(who)
    if head:
        start += head.end()
        who = who[head.end():]
    who = who.strip(" ,–—-")
    return who, start, start + len(who)


def _expand_name(who: str, text: str, memo: dict[str, str] | None = None) -> str:
    """ "Gladkov" -> "Belgorod Governor Vyacheslav Gladkov": the fullest earlier form."""
    if " " in who or not who[:1].isupper():
        return who
    if memo is not None:  # a speaker is named again and again in one article
        if who not in memo:
            memo[who] = _expand_name(who, text)
        return memo[who]
    best = who
    at = text.find(who)
    while at >= 0:
        after = at + len(who)
        if after >= len(text) or not (text[after].isalnum() or text[after] == "_"):
            m = _NAME_BEFORE_RE.search(text, max(0, at - 120), at)
            if m:
                # (not a word that opens the sentence: "As Ukrinform reported")
                candidate = _NOT_NAME_HEAD_RE.sub("", (m.group(0) + who).strip())
                if len(candidate) > len(best):
                    best = candidate
        at = text.find(who, after)
    return best


_NOT_NAME_HEAD_RE = re.compile(r"^(?:(?:and|but|while|as|also|later|earlier|meanwhile|when|"
                               r"after|before|since|if|on|in|at|then|so|yet)\s+)+", re.I)
# The words of a name before its last word (a stop only after a title or an initial:
# "Ras. Hezbollah" crosses two sentences); one pattern, not one per speaker
_NAME_BEFORE_RE = re.compile(
    rf"(?:(?:(?:{'|'.join((*_TITLE_ABBREVIATIONS, 'St'))})\.|(?:[A-Z]\.)+|[A-Z][\w'’-]*)"
    r"[ \t]+){1,4}$")


# -- places ------------------------------------------------------------------------------

def _contains(parent: Place, child: Place) -> bool:
    if parent.id == child.id:
        return False
    if parent.kind in {"country", "airspace"}:
        return child.country == parent.country and _SPECIFICITY.get(child.kind, 9) < \
            _SPECIFICITY[parent.kind]
    if parent.kind == "admin1":
        return child.admin1_id == parent.id and child.kind != "admin1"
    return False


_AGENT_AFTER = re.compile(
    # ("U.S. Central Command forces destroyed ...")
    r"^(?:['’]s?\s+(?:[\w-]+\s+){0,2}|\s+(?:(?:central|special|armed|naval)\s+)?)"
    r"(?:forces|army|military|defen[cs]e|ministry|"
    r"government|president|officials?|air force|troops|navy|leader|leadership|"
    r"authorities|media|regime|side|command|general staff)\b"
    # (but "facilities of Ukraine's military-industrial complex", "Ukraine's military
    # infrastructure": what was hit, in that country)
    r"(?!-|\s+(?:infrastructure|facilit|airfields?\b|targets?\b|sites?\b|enterprises?\b|"
    r"industr|plants?\b|factor|depots?\b|installations?\b|objects?\b|assets?\b))")
_VERB_AFTER = re.compile(
    # ("Moscow has denied", "Kyiv had no comment"; but "Kyiv has been hit", "the toll in
    # Odesa has risen": the city is the place)
    r"^\s+(?:(?:has|had|have)\s+(?:not\b|no\b|(?:also|repeatedly|long|previously|already)"
    # ("Russia again attacked our energy")
    r"\s+)?)?(?:(?:again|also|once again|then|later|reportedly|allegedly|repeatedly)\s+)?"
    # ("Kyiv tried to strike Russia with 27 drones")
    r"(?:(?:tried|attempted|sought|plans?|planned|intends?|intended)\s+to\s+)?"
    r"(?:(?<=not)|(?<=no)|(?<=to )(?:strike|attack|hit|target|shell|bomb)|"
    r"launch(?:ed|es)?|fir(?:ed|es)|attack(?:ed|s)|said|says|accus(?:ed|es)|"
    r"claim(?:ed|s)|struck|strikes|carried|sent|used|vow(?:ed|s)|hit|hits|shell(?:ed|s)|"
    r"target(?:ed|s)|blam(?:ed|es)|denied|denies|respond(?:ed|s)|retaliat(?:ed|es)|"
    r"mounts?|mounted|unleash(?:ed|es)|stepped|denounced|warned|scrambled|deployed|"
    r"condemned|summoned|protested|intercepted|shot down|downed|destroyed|pounded|"
    r"bombarded|bombed|battered|hammered|pummell?ed|barraged|rained|targets|"
    # "as Moscow pressed its offensive", "Moscow has rejected", "Tehran vowed revenge"
    r"press(?:ed|es)|push(?:ed|es)|escalat(?:ed|es)|intensifi(?:ed|es)|urg(?:ed|es)|"
    r"demand(?:ed|s)|insist(?:ed|s)|reject(?:ed|s)|dismiss(?:ed|es)|announc(?:ed|es)|"
    r"threaten(?:ed|s)|pledg(?:ed|es)|promis(?:ed|es)|sought|seeks|continu(?:ed|es) its|"
    # "as Moscow kept up its pressure on the south"
    r"kept|keeps|maintain(?:ed|s)|sustain(?:ed|s)|"
    # (not "a building in Odesa hit by a drone": a participle, the city is the place)
    r"ramp(?:ed|s) up)\b(?!\s+by\b)")
# "north of", "northwest of", "south-east of"; "30 km from": a place given as a reference.
_DIRECTION = r"(?:(?:north|south)-?(?:east|west)|north|south|east|west)(?:ern)? of"
# (and the notices' "68NM SW of Hodeidah": a compass point abbreviated after a distance)
_COMPASS_ABBR = r"(?:[ns]?[ns][ew]?|[ew]|[ew][ns][ew])"
_DISTANCE_FROM = rf"(?:km|kilometres|kilometers|miles|nm|nmi)(?: {_COMPASS_ABBR})? (?:from|of)"
_DISTANCE_UNIT = r"(?:nautical miles?|nmi|nm|km|kilometres?|kilometers?|miles?)"
_ASIDE_UNIT = r"(?:\s*\([^()]{1,20}\))?"  # ("40 km (25 miles) south of")
# "south of the Sri Lankan capital Colombo", "west of the port city of Kherson": the
# words that describe a reference point before its name
_DESCRIBED = (r"(?:(?:[a-z'’-]+\s+){0,2}?(?:capital|city|town|port(?: city)?|village|"
              r"regional cent(?:re|er))(?:\s+of)?,?\s+)?")
_REFERENCE_BEFORE = re.compile(
    rf"(?:\b{_DIRECTION}|\b{_DISTANCE_FROM}|\bborder with|\bfrom the direction of|\bfrom|"
    rf"\bby|\bagainst (?:the )?(?:people of)?)\s+(?:the\s+)?{_DESCRIBED}$")


# "near the border with Romania's Galati county": the neighbour across it, not the place
_BORDER_WITH_RE = re.compile(r"\bborder with (?:the\s+)?(?:[\w-]+['’]s\s+)?(?:the\s+)?$")
_COAST_AFTER_RE = re.compile(r"\s*(?:coast|coastline|shore|seaside|resort)\b")
# "in the Red Sea off Hodeidah", "off the coast of Yemen": a landmark near the sea named
_SEA_NEAR_RE = re.compile(r"\s+near\s+(?:the\s+)?(?:(?:port|city|town)\s+of\s+)?")
_OFF_BEFORE_RE = re.compile(r"\boff\s+(?:the\s+(?:[\w-]+\s+)?coast\s+of\s+|"
                            r"(?:the\s+|[a-z]+['’]s\s+)?(?:port|city|town)\s+of\s+)?(?:the\s+)?$")


# "Moscow's attacks on Ukrainian cities", "Israel's bombardment of Gaza": the attacker
# (but "Kyiv's largest air attack in months" was an attack on Kyiv)
_ATTACKS_BY_RE = re.compile(
    r"^['’]s\s+(?:(?![\w-]*est\b)[\w-]+\s+){0,2}?(?:attacks?|strikes?|air\s?strikes?|"
    r"bombardment|bombing|shelling|offensive|invasion|aggression|war|assault)\s+"
    r"(?:on|of|against|into)\s+(?!(?:the\s+)?(?:\d|night|morning|evening|afternoon|weekend|"
    rf"{'|'.join(WEEKDAYS + MONTH_WORDS)})\b)")


def _metonym(place: Place, after: str) -> bool:
    """ "Moscow launched", "Kyiv officials", "Russia's defence ministry": a government,
    not a location."""
    big = place.kind == "country" or (place.population >= 1_000_000)
    return (big and bool(_AGENT_AFTER.match(after) or _VERB_AFTER.match(after))) or (
        after.startswith(("'", "’")) and _ATTACKS_BY_RE.match(after) is not None)


# Countries where the wars Strikemap maps are fought: debris falling there belongs to an
# attack; anywhere else it marks a violation of a neighbour's airspace.
WAR_COUNTRIES = frozenset({"UA", "RU", "IL", "LB", "PS", "SY", "YE", "SD", "IR", "IQ"})
_DISTANCE_BEFORE = re.compile(r"\b(?:\d[\d,.]*|a few|several|some)\s*(?:km|kilometres|kilometers|"
                              r"nautical miles|miles|nm)\b[^.;,]{0,25}$")
_RELATIVE_RE = re.compile(r",\s*(?:which|who|where|whose)\b[^,;]*(?:,|$)")
# "the Rubymar, which sank in the Red Sea after being hit": the claim, told in the clause
_SANK_CLAUSE_RE = re.compile(r",\s*(?:which|that|where)\s+(?:later\s+|eventually\s+)?"
                             r"(?:sank|was (?:hit|struck|sunk|attacked)|caught fire|exploded)\b")
# "Two more died in the Donetsk region, where Russian artillery pounded the town of
# Kostiantynivka": the attack told in the clause, at a place inside the region of the toll
_WHERE_ATTACK_RE = re.compile(
    r",\s*where\s+(?:[\w'’-]+\s+){0,5}?(?:shelled|pounded|struck|hit|attacked|bombed|"
    r"targeted|shelling|strikes?|drones?|missiles?|rockets?|artillery|shells?)\b")
# "destroyed three drones in Yemen that presented an imminent threat to vessels in the Red
# Sea", "... that were prepared to launch into the Gulf of Aden": what the weapons were
# meant for, not where the claim happened
_INTENDED_RE = gated(
    "threat prepared poised ready about_to set_to",
    r"\b(?:that|which)\s+(?:(?:was|were|had been)\s+)?(?:(?:prepared|poised|ready|about|"
    r"set)\s+to\s+(?:be\s+)?(?:launch|fire|strike|attack|target)\w*|(?:presented|posed|"
    r"represented)\s+(?:an?\s+)?(?:imminent\s+|direct\s+)?threat)\b"
    r"(?:(?!\s(?:was|were|had|has|have)\s)[^,;])*")  # (to the main clause's verb)
# "10 over the Moscow Region, including three flying toward Moscow": where they were headed
# (the only place named still stands: "drones heading for Kyiv were shot down")
_HEADING_RE = re.compile(r"\b(?:flying|flew|heading|headed|moving)\s+(?:toward|towards|"
                         r"in the direction of)\s+(?:the\s+)?")
# "..., setting off sirens in Tel Aviv and Jerusalem": where alerts sounded, not where the
# claim happened (unless nothing else is named: "Sirens sounded in Kyiv as ...")
_DIRECTION_WORD = r"(?:(?:north|south|east|west)(?:ern)?|central|north-?(?:east|west)(?:ern)?)"
_SIREN_PLACE = (rf"(?:the\s+)?(?:{_DIRECTION_WORD}\s+(?:and\s+{_DIRECTION_WORD}\s+)?)?"
                r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+(?:region|area|district|province|"
                r"oblast)s?)?")
_SIRENS_RE = re.compile(  # (run on the original text, after a test for "siren")
    rf"\b[Ss]irens?\b(?:\s+(?:also\s+)?(?:sounded|wailed|blared|went off|rang out|"
    r"were (?:heard|activated|triggered)))?\s+(?:in|across|over|throughout|around)\s+"
    rf"{_SIREN_PLACE}(?:(?:,\s+|,?\s+and\s+){_SIREN_PLACE})*")
# "attacked with 40 Shahed drones from the Kursk region": where they were launched from
_ORIGIN_RE = re.compile(r"\b(?:drones?|uavs?|missiles?|rockets?|shaheds?|bombers?|"
                        r"aircraft)\b[^.;]{0,60}?\b(?:launched |fired )?from\s+(?:the\s+)?"
                        # ("fired from a submarine in the Black Sea at Mykolaiv")
                        # ("from over the Caspian Sea")
                        r"(?:(?:(?:a|an)\s+)?(?:[\w-]+\s+)?(?:(?:submarine|ship|warship|vessel|"
                        r"frigate|corvette|carrier|bomber|plane|jet|launcher|position)s?|"
                        r"aircraft)\s+(?:in|over|on|off|near)\s+(?:the\s+)?|over\s+(?:the\s+)?)?"
                        # ("from the directions of Kursk, Millerovo and Oryol")
                        r"(?:directions?\s+of\s+(?:the\s+)?)?"
                        r"(?:(?:temporarily\s+)?occupied\s+|annexed\s+)?"
                        # ("50 rockets from southern Lebanon at northern Israel")
                        r"(?:(?:north|south)?(?:east|west)?(?:ern)?\s+|central\s+)?$")
# "Russian bombers based in Engels struck Kharkiv", "jets flying over the Black Sea launched
# missiles at Odesa": where the weapons are kept or fired from, not a target
_BASED_WORDS = ("based", "stationed", "flying", "operating")  # (a plain test: new text)
_BASED_AT_RE = re.compile(r"\b(?:(?:drones?|uavs?|missiles?|bombers?|aircraft|jets?|warplanes?|"
                          r"planes?|helicopters?|ships?|warships?|fleet|launchers?|artillery|"
                          r"guns|howitzers?|batter(?:y|ies)|units?|troops|forces)\s+(?:[\w-]+"
                          r"\s+){0,3}?(?:based|stationed)\s+(?:in|at|near)|(?:bombers?|aircraft|"
                          r"jets?|warplanes?|planes?|helicopters?|ships?|warships?)\s+(?:flying|"
                          r"operating)\s+(?:over|from|in))\s+(?:the\s+)?$")
_DIRECTION_BEFORE = re.compile(rf"(?:(?:^|\b){_DIRECTION}|(?:\b|(?<=\d)){_DISTANCE_FROM})\s+"
                               rf"(?:the\s+)?{_DESCRIBED}$")
# "68 nautical miles southwest of", "15NM W of", "about 30 km north of": how far and which
# way from the place, which is enough to put the point where the claim happened
_OFFSET_RE = re.compile(
    rf"(?P<n>\d+(?:[.,]\d+)?)\s*-?\s*(?P<unit>{_DISTANCE_UNIT}){_ASIDE_UNIT}\s+"
    rf"(?P<dir>(?:north|south)-?(?:east|west)|north|south|east|west|{_COMPASS_ABBR})"
    r"(?:ern)?\s+of\b", re.IGNORECASE)
_KM_PER = {"n": 1.852, "k": 1.0, "m": 1.609344}  # nautical mile, kilometre, statute mile
_BEARING = {"n": 0.0, "e": 90.0, "s": 180.0, "w": 270.0}


# "across the Danube from the port of Izmail", "opposite Kherson": a landmark, not the place
_ACROSS_FROM_RE = re.compile(r"\b(?:across\b[^.;]{0,40}\bfrom|opposite)\s+(?:the\s+)?"
                             r"(?:[\w'’-]+\s+){0,3}$")  # ("from Ukraine's Izmail port")
# "a Liberia-flagged tanker", "a Kharkiv-based volunteer", "an Odesa-bound ship": the
# place qualifies a ship or a person; the claim happened elsewhere.
_QUALIFIER_AFTER_RE = re.compile(r"(?:\s+[a-z]+)?-(?:flagged|registered|owned|operated|"
                                 r"managed|based|bound|made|built|backed|linked|installed|"
                                 r"appointed|born|aligned|allied|funded|sponsored|"
                                 r"affiliated)\b|"
                                 r"\s+time\b")  # "between 8 a.m. and noon Moscow time"
# "..., while Beryslav was spared": a place the attack missed
_SPARED_AFTER_RE = re.compile(
    r"(?:\s*,)?\s+(?:was|were|has been|have been|had been|remained|remains|stayed)\s+"
    r"(?:largely\s+|mostly\s+|also\s+|again\s+)?(?:spared|untouched|unscathed|calm|quiet|"
    r"not (?:hit|affected|targeted|attacked|damaged|struck|shelled))\b|"
    r"\s+(?:escaped|avoided) (?:damage|unscathed|harm|the (?:attacks?|strikes?|shelling))\b")
# "a drone fired at a U.S. base in Syria": a country naming whose base, not where
_COUNTRY_AS_ADJECTIVE_RE = re.compile(
    # ("US and UK forces", "U.S. and British warplanes": two nations' together)
    r"(?:\s+and\s+[\w.'’-]+)?"
    r"\s+(?:(?:military|air|naval|army|navy)\s+)?(?:bases?|embassy|embassies|consulate|"
    r"troops|forces|personnel|servicem[ae]n|service members?|soldiers?|warships?|destroyers?|"
    r"carriers?|citizens?|nationals?|"
    r"outposts?|facilit(?:y|ies)|coalition|contractors|diplomats|"
    # "a U.S. airstrike in eastern Syria", "US drones": the attacker's, not the place
    r"(?:air\s?)?strikes?|drones?|missiles?|warplanes?|jets?|bombers?|rockets?)\b")
# "the U.S. Tower 22 base in Jordan", "the US Ain al-Asad air base": a named base the
# country runs abroad
_COUNTRY_NAMED_BASE_RE = re.compile(
    r"(?:\s+(?:[A-Z][\w'’-]*|al-[\w'’-]+|\d+)){1,3}\s+(?:(?:military|air|naval|army)\s+)?"
    r"(?i:base|outpost|garrison|camp)s?\b")
_FLEET_AFTER_RE = re.compile(r"\s+(?:fleet|flotilla)\b")  # "a Black Sea Fleet vessel"
# "the Marlin Luanda tanker", "a Liberia-flagged vessel": a ship's name or flag, not where
# it was hit
_VESSEL_AFTER_RE = re.compile(
    r"(?:-(?:flagged|owned|registered|operated|managed)|(?:\s+[A-Z][\w'’-]*){0,3})\s+"
    r"(?:(?:oil|crude|chemical|products|lpg|lng|container|cargo|bulk|commercial|merchant)"
    r"\s+)?(?:tanker|vessel|ship|carrier|freighter|bulker)s?\b")
_SHIP_WORDS = needles("tanker vessel ship carrier freighter bulker frigate destroyer corvette "
                      "mv_ m/v mt_ m/t")
# "the tanker Chios Lion", "the bulk carrier Rubymar", "MV Tutor": the ship's name
_VESSEL_BEFORE_RE = re.compile(
    r"\b(?:[Tt]ankers?|[Vv]essels?|[Ss]hips?|[Cc]arriers?|[Ff]reighters?|[Bb]ulkers?|"
    r"[Ff]rigates?|[Dd]estroyers?|[Cc]orvettes?|MV|M/V|MT|M/T)(?:\s+|,\s+the\s+)"
    r"(?:[A-Z][\w'’-]*\s+){0,3}$")
# (also "in Majdal Shams in the Israeli-annexed Golan Heights", "in the occupied West Bank")
_PARENT_GAP_RE = re.compile(r",\s*|\s*\(\s*|\s+in\s+(?:the\s+)?"
                            # ("Erbil in Iraq's Kurdistan region": the country's name first)
                            r"(?:[A-Z][\w-]*['’]s\s+)?(?:(?:[A-Za-z]+-)?"
                            r"(?:annexed|occupied|controlled|held|run)\s+|"
                            # ("Babanusa in West Kordofan": a state the index knows only
                            # as the greater region, read without its point of the compass)
                            r"(?:North|South|East|West|Central)(?:ern)?\s+)?")
# "the Nuseirat camp in central Gaza": with a part named, what follows is an area, even
# when the name alone is also a city's
# (and "Jabalia, in northern Gaza,", "Bureij, central Gaza")
_PART_GAP_RE = re.compile(r"(?:,?\s+(?:[a-z-]+\s+){0,3}?in\s+(?:the\s+)?|,\s+)"
                          r"(?:(?:(?:north|south)-?"
                          r"(?:east|west)|north|south|east|west)(?:ern)?|central)\s+")
# "the Baalbek area, deep in Lebanon's Bekaa Valley": where the place is, told after it
_DEEP_IN_GAP_RE = re.compile(r"(?:\s+(?:area|region|district))?,\s+(?:deep\s+|far\s+|high\s+)?"
                             r"in(?:side)?\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
                             # ("Tiraspol, in Moldova's breakaway Transnistria region")
                             r"(?:(?:breakaway|separatist|occupied|annexed|rebel-held|"
                             r"russian-held|russian-occupied|northern|southern|eastern|"
                             r"western|central)\s+)?")
_AREA_KINDS = frozenset({"admin1", "admin2", "region", "country", "sea"})
_QUARTER_WORDS = needles("camp neighbo quarter suburb area locality")
_QUARTER_GAP_RE = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:camp|neighbou?rhood|quarter|suburb|area|"
                             # ("the Karari locality of Omdurman": Sudan's mahaliya)
                             r"locality)"
                             r",?\s+(?:in|of|near|outside)\s+(?:the\s+)?(?:(?:city|town) of\s+)?"
                             # ("the Tal al-Sultan area of western Rafah")
                             r"(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?")
# "the Zamzam displacement camp near El Fasher", "Kozacha Lopan, near Kharkiv": the town
# after "near" only locates the place before it
_NEAR_GAP_RE = re.compile(r",?\s+(?:(?!and\b|or\b)[a-z-]+\s+){0,4}?(?:near|outside|close to|"
                          r"on the outskirts of)\s+(?:the\s+)?(?:(?:city|town|village|port) "
                          r"of\s+)?")


_CAMP_TAIL_RE = re.compile(r"(?:\s+(?:refugee|displacement|displaced persons'?|IDP))?\s+camp$")
_LIST_ON_RE = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?[A-Z]")


def _stated_parent(child: Mention, parent: Mention, text: str) -> bool:
    """ "Rafah, Gaza Strip": an area written right after a place, as its parent; also
    by the short name its region shares with a city ("Rafah, Gaza", "Bilozerka,
    Kherson"), unless a list goes on after it ("Izium, Kharkiv and Odesa")."""
    c, p = child.resolution.best.place, parent.resolution.best.place
    if c.kind in _AREA_KINDS or c.country != p.country:
        return False
    if p.kind in _AREA_KINDS and (_PARENT_GAP_RE.fullmatch(text, child.end, parent.start) or (
            _DEEP_IN_GAP_RE.fullmatch(text, child.end, parent.start))):
        return True
    if c.kind == "site" and p.kind in {"city", "town", "village"} and (
            _PARENT_GAP_RE.fullmatch(text, child.end, parent.start)) and haversine_km(
            c.latitude, c.longitude, p.latitude, p.longitude) < 30:
        return True  # "the Kursk nuclear power plant in Kurchatov": the plant is the place
    end = child.end - len(child.text) + len(_CAMP_TAIL_RE.sub("", child.text)) if (
        child.text.endswith("camp")) else child.end  # ("the Nur Shams refugee camp": the
    # camp's name, and the gap after it, as when the index knows it without "camp")
    if p.kind in {"city", "town", "village"} and _QUARTER_GAP_RE.fullmatch(
            text, end, parent.start) and haversine_km(
            c.latitude, c.longitude, p.latitude, p.longitude) < 25:
        return True  # "the Nur Shams refugee camp in Tulkarem": the camp is the place
    if (c.admin1 and p.admin1 == c.admin1 and c.id != p.id
            and fold(c.admin1).startswith(fold(parent.text) + " ")
            and text[child.end:parent.start].strip() == ","
            and not _LIST_ON_RE.match(text, parent.end)):
        return True
    return c.id != p.id and bool(_PART_GAP_RE.fullmatch(text, child.end, parent.start) or (
        _NEAR_GAP_RE.fullmatch(text, end, parent.start)))


def _area_near(area: Mention, place: Mention, text: str) -> bool:
    """ "in the Bekaa Valley near Baalbek", "in Darfur near El Fasher": a town after "near"
    says where in the area (which the index may know only as a point), so the area is no
    claim of its own."""
    a, p = area.resolution.best.place, place.resolution.best.place
    return a.kind in {"region", "admin1", "admin2"} and p.kind in SETTLEMENT_KINDS and (
        a.country == p.country) and bool(_NEAR_GAP_RE.fullmatch(text, area.end, place.start))


def _owner_of(area: Mention, place: Mention, text: str) -> bool:
    """ "Kashmir's Poonch sector", "Iraq's Kurdistan region's Erbil": an area that owns the
    place after it names where that place is, even where the index cannot draw the area
    (a disputed region, a point-only curated one), so it is no claim of its own."""
    a, p = area.resolution.best.place, place.resolution.best.place
    if a.kind not in {"admin1", "region"} or text[area.end:place.start] not in {"'s ", "’s "}:
        return False
    finer = _SPECIFICITY.get(p.kind, 9) < _SPECIFICITY[a.kind] or (
        (a.kind, p.kind) == ("admin1", "region"))  # ("Azad Kashmir's Neelum Valley")
    # (the possessive says it; the distance, a rough test, only keeps out a misread name)
    return finer and (p.country == a.country or a.country is None) and haversine_km(
        a.latitude, a.longitude, p.latitude, p.longitude) < 600


# "Vovchansk (Chuhuiv, Kharkiv)": conflict databases write a place's district and region
# in brackets after it; what the brackets hold is where the place is, not another place.
_BRACKETS_RE = re.compile(r"[ \t]*\(([^()]{2,80})\)")
_HIERARCHY_WORDS_RE = re.compile(r"\b(?:the|raion|rayon|district|oblast|region|province|"
                                 r"governorate|county|municipality|hromada|community)\b|"
                                 r"[\s,;/]+")


def _bracketed_parents(mentions: list[Mention], text: str) -> set[int]:
    """Starts of the mentions that only say where the place before them is."""
    out: set[int] = set()
    for m in mentions:
        if m.start in out:
            continue
        gap = _SITE_GAP_RE.match(text, m.end) if text[m.end:m.end + 1] in " \t" else None
        brackets = _BRACKETS_RE.match(text, gap.end() if gap else m.end)
        if brackets is None:
            continue
        a, b = brackets.span(1)
        inside = [n for n in mentions if a <= n.start and n.end <= b]
        if inside and (_only_places(text, a, b, inside) or _NAMES_LIST_RE.fullmatch(text, a, b)):
            out.update(n.start for n in inside)
    return out


# ("Nahr al-Bared (Minieh-Danniyeh, North)": a district and a governorate, though the
# index knows neither by these names; "(Banwa, Boucle du Mouhoun)", with a particle)
_NAME_WORDS = (r"[A-Z][\w'’-]*(?: (?:(?:du|de|des|del|da|do|di|la|las|los|le|les|el|al|of|"
               r"the|y) )?[A-Z][\w'’-]*)*")
_NAMES_LIST_RE = re.compile(rf"{_NAME_WORDS}(?:, {_NAME_WORDS})+")


def _only_places(text: str, a: int, b: int, inside: list[Mention]) -> bool:
    """Whether ``text[a:b]`` holds nothing but these names, commas and kind words."""
    rest = "".join(text[x:y] for x, y in zip([a] + [n.end for n in inside],
                                             [n.start for n in inside] + [b], strict=True))
    return not _HIERARCHY_WORDS_RE.sub("", rest)


# What conflict databases write between a place and its bracketed parents: "Karari
# locality (Omdurman, Khartoum)", "the Novoshakhtinsk oil refinery (Rostov)"
_SITE_WORDS = (r"[ \t]+(?:(?:oil|fuel|gas|power|thermal power|ammunition|military) )?"
               r"(?:port|town|village|city|camp|area|base|airport|airbase|air base|airfield|"
               r"district|neighbou?rhood|locality|refinery|depot|plant|terminal|station|"
               r"facility|substation|bridge|outskirts)")
_UNKNOWN_NAME_RE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3}"
                              # ("Ras Isa port (Al Hudaydah)": a kind word after the name)
                              r"(?P<kind>" + _SITE_WORDS + r")?[ \t]*$")
_SITE_GAP_RE = re.compile(_SITE_WORDS)


def _unknown_before_brackets(mentions: list[Mention], text: str
                             ) -> tuple[set[int], dict[int, str]]:
    """ "an airstrike in Zibqin (Tyre, South Lebanon)": a place the index lacks, with its
    district and region in brackets. Its district is named after a town, so only the
    widest unit stands in for it, with a note (the town would be a false point)."""
    skip: set[int] = set()
    notes: dict[int, str] = {}
    for i, m in enumerate(mentions):
        if m.start in skip or m.start in notes:
            continue
        opened = text.rfind("(", max(0, m.start - 3), m.start)
        if opened < 0 or text[opened + 1:m.start].strip():
            continue
        unknown = _UNKNOWN_NAME_RE.search(text, max(0, opened - 60), opened)
        name = text[unknown.start():unknown.start("kind") if unknown["kind"] else opened
                    ].rstrip() if unknown else ""
        closed = text.find(")", m.end, m.end + 80)
        if not name or closed < 0:
            continue
        inside = [n for n in mentions[i:] if n.end <= closed]
        known = [n for n in mentions[:i] if unknown.start() <= n.start < opened]
        if known and not (inside and all(_far_from(n, inside[-1]) for n in known)):
            continue  # (a known place before the brackets: they hold its parents)
        if len(inside) < (1 if known or unknown["kind"] else 2) or not _only_places(
                text, opened + 1, closed, inside):
            continue  # (one name in brackets may be anything's: "Hezbollah (Lebanon)", but
            # not after a kind word: "Ras Isa port (Al Hudaydah)")
        # ("Ras Isa port (Al Hudaydah)": Ras in India, Isa in Japan; not a place there)
        skip.update(n.start for n in (*known, *inside[:-1]))
        widest = inside[-1].resolution.best.place
        notes[inside[-1].start] = (
            f"'{name}' is {'only elsewhere' if known else 'not'} in the gazetteer; placed in "
            f"{widest.name}, named in brackets as where it is")
    return skip, notes


def _far_from(m: Mention, where: Mention) -> bool:
    """Whether ``m`` resolved to a place in another country than ``where``'s."""
    return m.resolution.best.place.country != where.resolution.best.place.country


_INCLUDED_RE = re.compile(r"\bincluding\s+(?:in\s+)?(?:the\s+)?(?:(?:city|town|village|port city|"
                          r"regional cent(?:re|er)) of\s+|capital,?\s+)?$")


# "hostilities between Israel and Hezbollah", "the war between Russia and Ukraine": the sides
_PARTIES_BEFORE_RE = re.compile(
    r"\b(?:hostilities|fighting|clashes|tensions?|conflict|war|exchanges?(?: of fire)?|"
    r"skirmishes|fire|confrontation|escalation)\s+between\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){1,3}"
    r"and\s+(?:the\s+)?)?$")


def _siren_places(mentions: list[Mention], sentence: str, sent_start: int) -> list[Mention]:
    """Where the sentence's sirens sounded: the place an alert stands for when nothing
    else is said of the attack's target."""
    spans = [(m.start(), m.end()) for m in _SIRENS_RE.finditer(sentence)]
    return [m for m in mentions if any(a <= m.start - sent_start < b for a, b in spans)]


def event_places(mentions: list[Mention], text: str, sent_start: int, sent_end: int,
                 who_span: tuple[int, int] | None) -> list[Mention]:
    """The places a claim is about: the most specific ones, without their parents, the
    attacker ("Ukraine fired", "from Ukraine"), a government ("Moscow said"), reference
    points ("north of Kharkiv") or relative clauses ("which lies near...")."""
    sentence = text[sent_start:sent_end]
    low = lower(sentence)
    relative = [(m.start(), m.end()) for m in _RELATIVE_RE.finditer(sentence)] if (
        "wh" in sentence) else []
    ships = any_in(_SHIP_WORDS, low)
    intended = [(m.start(), m.end()) for m in _INTENDED_RE.finditer(low)]
    if "toward" in low or "direction of" in low:  # (a plain test: the sentence is new text)
        intended += [(m.start(), m.end() + 1) for m in _HEADING_RE.finditer(low)]
    if "siren" in low:  # (its places are written with capitals: the original text)
        intended += [(m.start(), m.end()) for m in _SIRENS_RE.finditer(sentence)]
    if intended and all(any(a <= m.start - sent_start < b for a, b in intended)
                        for m in mentions):
        intended = []  # the only places named: better than none ("a threat to Odesa")
    kept: list[Mention] = []
    parents: set[int] = set()
    unknown: dict[int, str] = {}
    if "(" in sentence:
        parents = _bracketed_parents(mentions, text)
        skip, unknown = _unknown_before_brackets(mentions, text)
        parents = (parents | skip) - unknown.keys()
    origin_end = -1  # where the last launch site named ends
    told_in_clause: list[Mention] = []  # where a relative clause says the claim happened
    where_attacked: list[Mention] = []  # a town a "where" clause says was attacked
    downed_in_clause: list[Mention] = []  # where a "which" clause says it was downed
    home_end = -1  # where the last hometown named ends
    for m in mentions:
        if m.start in parents:
            continue
        if m.start in unknown:  # ("Zibqin (Tyre, South Lebanon)": the region, noted)
            m = Mention(m.start, m.end, m.text, replace(m.resolution, note=unknown[m.start]))
        place = m.resolution.best.place
        rel = m.start - sent_start
        if _metonym(place, lower(text[m.end: m.end + 40])) or (
                text[m.end: m.end + 1] == " " and (_MEDIA_AFTER_RE.match(text, m.end)
                                                   or _GROUP_AFTER_RE.match(text, m.end))):
            continue  # (nor "the Kyiv Independent reported": an outlet; nor "Fano militia
            # attacked": an armed group's name)
        wide = low[max(0, rel - 80): rel]
        before = wide[-40:]
        if ("from" in wide and _ORIGIN_RE.search(wide)) or (any(
                w in wide for w in _BASED_WORDS) and _BASED_AT_RE.search(wide)) or (
                origin_end >= 0 and _ORIGIN_LIST_RE.fullmatch(low, origin_end, rel)):
            origin_end = m.end - sent_start  # "40 drones from the Kursk region and ..."
            continue
        if (place.kind in {"country", "city"} and _REFERENCE_BEFORE.search(before)) or (
                "border with" in before and _BORDER_WITH_RE.search(before)):
            continue  # (and "near the border with Romania's Galati county": any kind)
        if place.kind == "country" and "between" in before and _PARTIES_BEFORE_RE.search(before):
            continue  # "as hostilities between Israel and Hezbollah intensified": the sides
        if (" of" in before and "-year-old" in wide and _HOMETOWN_BEFORE_RE.search(
                text, max(0, m.start - 80), m.start)) or (
                home_end >= 0 and text[home_end:m.start] in {", ", ","}):
            home_end = m.end  # "36-year-old Master Sgt Johnathan J. Dunbar of Austin,
            continue  # Texas": his home (and its state)
        if place.kind in {"country", "city"} and ("accus" in before or "blam" in before) and (
                _ACCUSED_BEFORE_RE.search(before)):
            continue  # "Moscow accused Kyiv of attacking the plant": the accused attacker
        if _DIRECTION_BEFORE.search(wide[-60:]) or (
                ("across" in wide or "opposite" in wide) and _ACROSS_FROM_RE.search(wide)):
            continue
        after = lower(text[m.end: m.end + 40])
        if text.startswith(" War", m.end):
            continue  # "the first Gulf War", "the Korean War": a war's name, not a place
        if after.startswith(" river") and len(mentions) > 1:
            continue  # "islands in the Dnipro River delta near Kherson": a river, not Dnipro
        if _QUALIFIER_AFTER_RE.match(after) or _FLEET_AFTER_RE.match(after) or (
                place.kind != "sea" and ships and (_VESSEL_AFTER_RE.match(
                    text, m.end, m.end + 60) or _VESSEL_BEFORE_RE.search(
                    text, max(0, m.start - 60), m.start))) or (
                _SPARED_AFTER_RE.match(after)) or (
                place.kind == "country" and (_COUNTRY_AS_ADJECTIVE_RE.match(after) or (
                    _COUNTRY_NAMED_BASE_RE.match(text, m.end, m.end + 60)))):
            continue
        if any(a <= rel < b for a, b in relative + intended):
            if any(a <= rel < b and _SANK_CLAUSE_RE.match(low, a) for a, b in relative):
                told_in_clause.append(m)  # ("the Rubymar, which sank in the Red Sea")
            elif place.kind in SETTLEMENT_KINDS and any(
                    a <= rel < b and _WHERE_ATTACK_RE.match(low, a) for a, b in relative):
                where_attacked.append(m)
            elif "which" in low and any(a <= rel < b and _downed_there(low, a, rel)
                                        for a, b in relative):
                downed_in_clause.append(m)
            continue
        if place.kind == "sea" and len(mentions) > 1 and _COAST_AFTER_RE.match(after):
            continue  # "the Tuapse oil terminal on the Black Sea coast": where Tuapse is
        if place.kind != "sea" and "off" in before and _OFF_BEFORE_RE.search(before) and any(
                o.resolution.best.place.kind == "sea" for o in mentions):
            continue  # "in the Red Sea off Hodeidah": at sea, near the landmark
        if place.kind != "sea" and "near" in before and kept and (
                kept[-1].resolution.best.place.kind == "sea") and _SEA_NEAR_RE.fullmatch(
                text, kept[-1].end, m.start):
            continue  # "destroyed in the Black Sea near Sevastopol": the same, at sea
        if (place.kind in {"admin1", "region", "sea"} or (
                # "the Damascus countryside town of Kisweh"
                text.startswith(" countryside", m.end))) and _describes_next(m, mentions, text):
            continue  # "the Crimean port city of Sevastopol", "the Black Sea port of Odesa"
        if place.kind != "country" and _FACILITY_AFTER_RE.match(after) and _describes_next(
                m, mentions, text, _FACILITY_GAP_RE):
            continue  # "near the Soroka hospital in Beersheba": the hospital's name
        if place.kind in {"city", "town"} and ("suburb" in after or " city of" in after or (
                "satellite" in after)) and _describes_next(
                m, mentions, text, _SUBURB_OF_RE):
            continue  # "the Kyiv suburbs of Bucha and Irpin", "Khartoum's twin city of
            # Omdurman": where the suburbs are
        kept.append(m)
    inside_who = [m for m in kept if who_span and who_span[0] <= m.start - sent_start
                  < who_span[1]]
    outside = [m for m in kept if m not in inside_who]
    labels = [m for m in outside if (m.start == sent_start and text.startswith(":", m.end)) or (
        text[m.start - 1: m.start] == "#")]  # ("#Belgorod Gladkov: ...": a hashtag)
    if labels and len(outside) > len(labels):  # "Kherson: ... a car in Antonivka": a heading
        # (but not before the source's place: "Kupiansk: 1 killed ... (Kharkiv OVA)")
        kept = outside = [m for m in outside if m not in labels]
    # Places inside the speaker's name stand in only when the sentence names no other:
    # a governor's region ("Belgorod Governor Gladkov said"), never a country ("the UK
    # Maritime Trade Operations agency said": the UK is no place of the claim).
    # (nor a part of a name: "Al-Ahram said" is a paper)
    kept = outside or [m for m in inside_who if m.resolution.best.place.kind != "country" and (
        text[m.start - 1:m.start] != "-")]
    if not kept and told_in_clause:
        # "claimed to have sunk the Rubymar, which sank in the Red Sea after being hit":
        # the only place the sentence gives the claim
        kept = told_in_clause
    if downed_in_clause:
        # "a drone attack on Eilat, which the Israeli military said was intercepted over
        # the Red Sea": the downing is the claim (see _WHICH_SAID_RE), so its place is too
        kept = downed_in_clause
    for town in where_attacked:  # (the region's toll, at the town the clause says was hit)
        kept = [town if _contains(k.resolution.best.place, town.resolution.best.place)
                and k.resolution.best.place.kind == "admin1" else k for k in kept]
    if any(m.resolution.best.place.kind != "country" for m in kept):
        kept = [_with_direction(m, text) if m.resolution.best.place.kind == "country"
                else m for m in kept if m.resolution.best.place.kind != "country"
                or _part_beside(m, kept, text) or _and_its_own(m, kept, text)
                or _example_after(m, kept, text)]
    if len(kept) > 1 and _scene_city_of_unknown_village(kept, text, sent_start):
        kept = kept[1:]
    places = [m.resolution.best.place for m in kept]
    if "including" in low:  # "attacked 35 settlements, including the city of Kherson,
        # killing two": an example of where, inside the area the claim covers
        kept = [m for m in kept if not (_INCLUDED_RE.search(
            low, max(0, m.start - sent_start - 40), m.start - sent_start) and any(
            _contains(other, m.resolution.best.place) for other in places))]
        places = [m.resolution.best.place for m in kept]
    kept = [m for m in kept if not any(_contains(m.resolution.best.place, other)
                                       for other in places) or (
        m.resolution.note or "").endswith(_PART_NOTE) or _and_its_own(m, kept, text) or (
        _each_counted(m, kept, text)) or (
        # "hit the Zaporizhzhia region 412 times, killing one in Stepnohirsk": the region's
        # tally, and the town's toll
        text.startswith(" ", m.end) and _TIMES_AFTER_RE.match(text, m.end)) or (
        # "killed 27 across the Gaza Strip, including 10 in Nuseirat": the whole and a part
        "including" in low and _ACROSS_RE.search(
            low, max(0, m.start - sent_start - 20), m.start - sent_start))]
    kept = [m for k, m in enumerate(kept) if not (k and _stated_parent(kept[k - 1], m, text))
            and not (k + 1 < len(kept) and (_owner_of(m, kept[k + 1], text) or _area_near(
                m, kept[k + 1], text)))]
    if len(kept) > 1 and (_set_first(kept, text, sent_start) or (
            kept[0].start == sent_start and _plain_dateline(kept[0], text, sent_end))):
        kept = kept[1:]
    if len(kept) > 1 and ("captur" in low or "control of" in low or "took " in low or (
            "liberat" in low or "seized" in low)):
        # "captured the village of Basivka ... and downed 97 drones over the Kursk
        # region": ground taken, not where the claim is (unless nothing else is named)
        kept = [m for m in kept if not _CAPTURED_BEFORE_RE.search(
            low, max(0, m.start - sent_start - 60), m.start - sent_start)] or kept
    elif len(kept) == 1 and ("captur" in low or "liberat" in low or "seized" in low) and (
            _CAPTURED_BEFORE_RE.search(low, max(0, kept[0].start - sent_start - 60),
                                       kept[0].start - sent_start)) and (
            _AND_THEN_STRUCK_RE.match(text, kept[0].end)):
        # "liberated the village of Berdychi and struck a Neptune missile depot": ground
        # taken, and a strike somewhere the sentence does not say
        kept = []
    if len(kept) > 1 and "between" in low:
        kept = _between_two(kept, text)
    if " off " in low:  # "attacked 50 nautical miles off Aden": at sea, near the town
        kept = [_off_coast(m, text) for m in kept]
    if len(kept) > 1 and (any_in(_QUARTER_WORDS, low) or "'s " in low or "’s " in low):
        kept = _quarters_as_cities(kept, text)
    unique: dict[str, Mention] = {}
    for m in kept:
        first = unique.setdefault(m.resolution.best.place.id, m)
        if m.resolution.note is not None and (first.resolution.note is None or (
                # ("Zaporizhzhia's Vasylivka district": the district's own note, that it
                # is not in the gazetteer, over the parent's reading as the oblast)
                first.resolution.note.startswith("read as ")
                and not m.resolution.note.startswith("read as "))):
            unique[m.resolution.best.place.id] = m  # ("Sagaing region's Lin Ta Lu village":
            # the region, with the note that names the village)
    return list(unique.values())


_OFF_COAST_RE = re.compile(r"(?:\b\d[\d,.]*\s*(?:nautical miles|nm|km|kilometres|kilometers|"
                           # (not "cut off Gaza City", "sealed off Jenin": a siege)
                           r"miles)\s+)?(?<!cut )(?<!sealed )(?<!cordoned )(?<!closed )"
                           r"(?<!blocked )(?<!fenced )(?<!walled )(?<!called )"
                           r"\boff\s+(?:the\s+)?(?:(?:coast|coastline|shore)\s+of\s+"
                           r"(?:the\s+)?)?(?:(?:port|coastal)\s+(?:city\s+|town\s+)?of\s+)?$")


_COAST_OR_DISTANCE_RE = re.compile(r"\b(?:coast|coastline|shore|nautical|nm|km|kilometres|"
                                   r"kilometers|miles)\b", re.I)


def _off_coast(m: Mention, text: str) -> Mention:
    """ "A vessel was attacked off Hodeidah": the town stands in for the sea beside it,
    and the note says so."""
    place = m.resolution.best.place
    off = _OFF_COAST_RE.search(text, max(0, m.start - 60), m.start) if place.kind in (
        SETTLEMENT_KINDS | {"site", "admin1", "admin2", "region", "country"}) and (
        m.resolution.note is None) else None
    if off is None or (place.kind not in SETTLEMENT_KINDS | {"site"} and not (
            _COAST_OR_DISTANCE_RE.search(off[0]))):
        # (a region or country only with its coast or a distance: "off the coast of
        # Crimea", "20 nautical miles off Yemen"; not "cut off Gaza")
        return m
    said = " ".join(text[off.start():m.end].split())
    return Mention(m.start, m.end, m.text, replace(
        m.resolution, note=f"{AT_SEA_NOTE}: '{said}'"))


_BETWEEN_RE = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns?|villages?|cities)\s+of\s+)?$")
_BETWEEN_AND_RE = re.compile(r"\s+and\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?")


def _between_two(kept: list[Mention], text: str) -> list[Mention]:
    """ "A drone targeted a motorcycle on the road between Kafr Kila and Marjayoun": one
    claim between two settlements, at the first, with the other named in the note (not two
    places of one strike)."""
    out: list[Mention] = []
    skip = -1
    for k, m in enumerate(kept):
        if k == skip:
            continue
        nxt = kept[k + 1] if k + 1 < len(kept) else None
        if nxt is not None and all(o.resolution.best.place.kind in SETTLEMENT_KINDS
                                   for o in (m, nxt)) and _BETWEEN_RE.search(
                text, max(0, m.start - 40), m.start) and _BETWEEN_AND_RE.fullmatch(
                text, m.end, nxt.start):
            note = f"between {m.text} and {nxt.text}: the first named"
            m = Mention(m.start, m.end, m.text, replace(m.resolution, note=note))
            skip = k + 1
        out.append(m)
    return out


_TIMES_AFTER_RE = re.compile(r"\s+(?:\d[\d,]*|[a-z]+)\s+times\b")


def _opens_setting(m: Mention, text: str, sent_start: int) -> bool:
    """Whether the sentence opens "In <place>," with the mention."""
    return bool(_SETTING_RE.match(text, sent_start, m.start)) and text.startswith(",", m.end)


_UNKNOWN_VILLAGE_NOTE_RE = re.compile(r"(?:village|town|settlement|hamlet) .+? is not in the "
                                      r"gazetteer")


def _scene_city_of_unknown_village(kept: list[Mention], text: str, sent_start: int) -> bool:
    """ "In Belgorod, a drone hit a house in the village of Murom": the city that opens the
    sentence stands for its region, where the village the index lacks is placed (not in
    the city itself)."""
    first = kept[0].resolution.best.place
    if first.kind not in {"city", "town"} or first.admin1_id is None or not _opens_setting(
            kept[0], text, sent_start):
        return False
    return any(m.resolution.best.place.id == first.admin1_id and _UNKNOWN_VILLAGE_NOTE_RE.match(
        m.resolution.note or "") for m in kept[1:])


# "Kyiv — A Russian missile struck Sumy", "Odesa, Ukraine - ...": a dateline in plain case
_PLAIN_DATELINE_RE = re.compile(r"(?:,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?\s(?P<dash>[—–]|-{1,2})\s+"
                                r"[A-Z\"“]")


def _plain_dateline(first: Mention, text: str, sent_end: int) -> bool:
    """Whether the place that opens the dispatch is its dateline, where the reporter
    files from, when the sentence names the places of its claim after it (alone, it
    stays: "Kharkiv - Two people were injured in shelling" is a feed's heading). Not an
    aside set off by a pair of dashes ("Kharkiv — Ukraine's second city — was hit")."""
    dated = _PLAIN_DATELINE_RE.match(text, first.end)
    return bool(dated) and f" {dated['dash']} " not in text[dated.end():sent_end] and (
        _opens_dispatch(text, first.start))


def _set_first(kept: list[Mention], text: str, sent_start: int) -> bool:
    """ "In Darfur, the RSF shelled El Fasher", "In the Nikopol district, the enemy struck
    Marhanets": whether the first place only sets the scene of the settlements named after
    it in the same clause (in its country; for a district the index lacks, read as its
    seat, in the seat's region)."""
    setting, first = kept[0].resolution.best.place, kept[0]
    city = setting.kind in {"city", "town"} and not _AREA_WORD_END_RE.search(first.text)
    if not (setting.kind == "region" or city or (setting.kind in SETTLEMENT_KINDS and (
            _AREA_WORD_END_RE.search(first.text)))):
        return False
    if not _opens_setting(first, text, sent_start) or _NEW_CLAUSE_RE.search(
            text, first.end + 1, kept[1].start):
        return False
    if city:  # "In Khan Younis, a strike on a tent camp in the al-Mawasi area killed
        # eight": a part of the city, or a place on its edge (or, for a city that names
        # a region, "In Kursk, a drone hit a car in the village of Glushkovo", "In Kyiv,
        # missiles hit Bila Tserkva" (Kyiv city is a region of its own): a place in that
        # region)
        return all(_suburb_of(setting, place) or (
            place.kind in SETTLEMENT_KINDS and place.country == setting.country
            and (place.admin1 or "").lower().startswith(setting.name.lower()))
            for place in (m.resolution.best.place for m in kept[1:]))
    return all(place.kind in SETTLEMENT_KINDS and place.country == setting.country and (
        setting.kind == "region" or place.admin1_id == setting.admin1_id)
        for place in (m.resolution.best.place for m in kept[1:]))


_AREA_WORD_END_RE = re.compile(r"\s(?:district|region|oblast|province|governorate|raion|"
                               r"county|state|area)$", re.I)
_NEW_CLAUSE_RE = re.compile(r",\s+(?:and|while|whereas|but)\s|;")
_SETTING_RE = re.compile(r"\W*(?:In|Across|Elsewhere in)\s+(?:the\s+)?")
_REGIONAL_OFFICE_RE = re.compile(r"\b(?:governor|regional|oblast|region)\b", re.I)


# "the city", "the regional capital": the city a governor's office is named after
_CITY_TOLD_RE = re.compile(r"\b(?:city|capital|downtown|cent(?:re|er))\b")
# "the refinery", "the plant": a site told before, named again
_THE_SITE_RE = re.compile(r"\bthe (?:refinery|plant|depot|facility|airfield|air ?base|base|"
                          r"port|terminal|factory|substation|station|warehouse|arsenal)\b")


def _region_named(m: Mention, gz: Gazetteer) -> Mention:
    """The region a city shares its name with ("Belgorod" -> the Belgorod region)."""
    region = gz.place(m.resolution.best.place.admin1_id) if _named_as_its_region(m) else None
    if region is None:
        return m
    return Mention(m.start, m.end, m.text, Resolution(
        m.resolution.query, Candidate(region, m.resolution.best.score, "name")))


def _home_of(place: Place, report: Report) -> bool:
    """Whether a speaker's place ("Krasnodar officials") is the region of a claim told."""
    region = place.name if place.kind == "admin1" else place.admin1
    return bool(region) and report.admin1 == region and report.place_id != place.id


def _in_speakers_region(places: list[Mention], mentions: list[Mention], sent_start: int,
                        who_span: tuple[int, int], sentence: str, gz: Gazetteer
                        ) -> list[Mention]:
    """ "Belgorod governor Vyacheslav Gladkov said shelling killed a woman in the village of
    Nikolskoye": a village the index lacks in the speaker's region, whose name it holds
    only for places elsewhere in the country, is placed in that region, with a note (not
    at a namesake near Moscow)."""
    region = None
    for m in mentions:
        if not who_span[0] <= m.start - sent_start < who_span[1]:
            continue
        place = m.resolution.best.place
        if place.kind == "admin1":
            region = place
        elif place.kind == "city" and place.admin1_id and _REGIONAL_OFFICE_RE.search(
                sentence, who_span[0], who_span[1]):
            region = gz.place(place.admin1_id)
    if region is None:
        return places
    out = []
    for m in places:
        best = m.resolution.best
        if (best.place.kind in {"village", "town"} and best.place.country == region.country
                and best.place.admin1_iso != region.admin1_iso and best.score < 0.5):
            note = (f"{m.text!r} is in the gazetteer only outside {region.name}, the "
                    "speaker's region; placed in the region")
            m = Mention(m.start, m.end, m.text, Resolution(
                m.resolution.query, Candidate(region, best.score, "parent"), note=note))
        out.append(m)
    return out


def _quarter_of(quarter: Mention, city: Mention, text: str) -> bool:
    """ "the Zeitoun neighbourhood of Gaza City": a quarter the index puts far away (a
    Żejtun in Malta) is one the index lacks, inside the city named after it."""
    q, c = quarter.resolution.best.place, city.resolution.best.place
    return c.kind in {"city", "town", "village"} and bool(_QUARTER_GAP_RE.fullmatch(
        text, quarter.end, city.start)) and haversine_km(
        q.latitude, q.longitude, c.latitude, c.longitude) >= 25


# "Gaza City's Zeitoun neighbourhood": the quarter after its city's possessive
_OWN_QUARTER_GAP_RE = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?")
_QUARTER_NOUN = r"(?:neighbou?rhood|quarter|suburb|area|(?:refugee\s+)?camp)s?"
_QUARTER_AFTER_RE = re.compile(rf"\s+(?:[a-z-]+\s+)?{_QUARTER_NOUN}\b")
_QUARTER_WORD_END_RE = re.compile(rf"\s{_QUARTER_NOUN}$")  # (a mention with its kind word)
_OWN_PART_KM = 12


def _own_quarter(city: Mention, quarter: Mention, text: str) -> bool | None:
    """ "Gaza City's Zeitoun neighbourhood": True when the index has the quarter near the
    city (the quarter is the place), False when only far away (the city is), None when
    the words do not say that one is a part of the other."""
    c, q = city.resolution.best.place, quarter.resolution.best.place
    if c.kind not in {"city", "town", "village"} or not _OWN_QUARTER_GAP_RE.fullmatch(
            text, city.end, quarter.start):
        return None
    km = haversine_km(q.latitude, q.longitude, c.latitude, c.longitude)
    if _QUARTER_AFTER_RE.match(text, quarter.end) or _QUARTER_WORD_END_RE.search(
            quarter.text):  # ("El Fasher's Abu Shouk camp": the kind word in the name)
        return km < 25
    # "Khan Younis's Bani Suheila": a smaller place close by, a part of the city
    return True if km < _OWN_PART_KM and q.population < c.population else None


def _quarters_as_cities(kept: list[Mention], text: str) -> list[Mention]:
    """The places without each such quarter, its city noting it; a city written before a
    quarter the index has inside it gives way to the quarter."""
    out: list[Mention] = []
    own_before: bool | None = None  # what _own_quarter said of the place before and this
    for k, m in enumerate(kept):
        own = _own_quarter(m, kept[k + 1], text) if k + 1 < len(kept) else None
        own_before, was_far_quarter = own, own_before is False
        if own or (k + 1 < len(kept) and _quarter_of(m, kept[k + 1], text)):
            continue
        if own is False:  # ("Kharkiv's Zhukovsky neighbourhood": the city, noting it)
            out.append(_city_of_quarter(m, kept[k + 1]))
        elif was_far_quarter:
            continue
        elif k > 0 and _QUARTER_GAP_RE.fullmatch(text, kept[k - 1].end, m.start) and (
                m.resolution.best.place.kind in {"city", "town"}) and haversine_km(
                kept[k - 1].resolution.best.place.latitude,
                kept[k - 1].resolution.best.place.longitude,
                m.resolution.best.place.latitude, m.resolution.best.place.longitude) < 25:
            continue  # "the Tal al-Sultan area of western Rafah": the quarter the index has
        elif k == 0 or not _quarter_of(kept[k - 1], m, text):
            out.append(m)
        else:
            out.append(_city_of_quarter(m, kept[k - 1]))
    return out


def _city_of_quarter(city: Mention, quarter: Mention) -> Mention:
    note = f"{quarter.text!r}, a part of {city.resolution.best.place.name}: the city"
    return Mention(city.start, city.end, city.text, replace(city.resolution, note=note))


# "the Crimean port city of Sevastopol", "the Donetsk region town of Kostiantynivka":
# a region's name that describes the place named next (which may lie outside the
# region's outline, as Sevastopol lies outside Crimea's admin-1 unit)
_DESCRIBES_NEXT_RE = re.compile(
    # (not "the Red Sea off the port of Mokha": the sea is the place, the port beside it)
    r"(?:['’]s)?\s+(?:(?!and\b|or\b|as\b|but\b|off\b|near\b)[a-z-]+\s+){0,2}?(?:city|town|"
    r"village|capital|"
    r"port|settlement|resort|hub)(?:\s+of)?,?\s+(?:the\s+)?")


# "the Soroka hospital in Beersheba", "the Kursk nuclear plant near Kurchatov": a name of
# the facility, which lies in the place named next
_FACILITY = (r"(?:hospital|clinic|medical cent(?:er|re)|school|university|mosque|church|"
             r"synagogue|market|stadium|hotel|mall|airport|airfield|air base|airbase|port|"
             r"(?:nuclear |thermal |hydroelectric )?power (?:plant|station)|nuclear plant|"
             r"refinery|factory|plant|depot|prison)")
_FACILITY_AFTER_RE = re.compile(rf"\s+{_FACILITY}\b")
_FACILITY_GAP_RE = re.compile(rf"\s+{_FACILITY}\s+(?:in|near|outside|at)\s+(?:the\s+)?"
                              r"(?:(?:city|town|village) of\s+)?")
_SUBURB_OF_RE = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:suburbs?|twin cit(?:y|ies)|sister "
                           r"cit(?:y|ies)|satellite (?:town|city))\s+of\s+(?:the\s+)?")


def _describes_next(m: Mention, mentions: list[Mention], text: str,
                    gap: re.Pattern[str] = _DESCRIBES_NEXT_RE) -> bool:
    nxt = next((o for o in mentions if o.start >= m.end), None)
    return nxt is not None and nxt.start - m.end <= 50 and bool(
        gap.fullmatch(lower(text[m.end: nxt.start])))


def reference_places(mentions: list[Mention], text: str, sent_start: int) -> list[Mention]:
    """ "50 nautical miles west of Hodeidah": when a sentence places its claim only by
    reference to a place, that place stands in, with how far off it is in the note."""
    for m in mentions:
        if m.resolution.best.place.kind == "country":
            continue
        before = lower(text[max(sent_start, m.start - 60): m.start])
        ref = _DIRECTION_BEFORE.search(before) or _DISTANCE_BEFORE.search(before)
        if ref is None:
            continue
        said = text[m.start - len(before) + ref.start(): m.end]
        if before[:ref.start()].endswith(("the ", "the far ")) and ref[0].startswith(
                ("north", "south", "east", "west")):  # "in the north of the Kharkiv region"
            return [_with_part(m, ref[0].split()[0])]
        lead = _DISTANCE_LEAD_RE.search(before, 0, ref.start()) if ref[0][:1].isalpha() else None
        if lead is not None:  # ("68NM southwest of": the distance too, to map the point)
            said = text[m.start - len(before) + lead.start(): m.end]
        res = replace(m.resolution, note=f"{NEAR_NOTE}: '{' '.join(said.split())}'")
        return [Mention(m.start, m.end, m.text, res)]
    return []


_DISTANCE_LEAD_RE = re.compile(rf"\b\d+(?:[.,]\d+)?\s*-?\s*(?:{_DISTANCE_UNIT}{_ASIDE_UNIT}\s+)?$")


def _offset_point(note: str, place: Place) -> tuple[float, float, str] | None:
    """ "near, not at: '68NM southwest of Hodeidah'": the point that far and that way from
    the place (on the WGS84 ellipsoid), so that a ship hit at sea is mapped at sea and a
    village "30 km north of Kharkiv" is not mapped in the city."""
    told = _OFFSET_RE.search(note)
    if told is None:
        return None
    n = told["n"]
    n = n.replace(",", "") if re.fullmatch(r"\d{1,3},\d{3}", n) else n.replace(",", ".")
    km = float(n) * _KM_PER[told["unit"][0].lower()]
    if not 0 < km <= 500:
        return None  # (farther off than that, the place is no reference for a point)
    way = told["dir"].lower().replace("-", "")
    letters = "".join(w[0] for w in re.findall("north|south|east|west", way)) or way
    bearings = [_BEARING[c] for c in letters]
    if len(bearings) == 3:  # "NNE": between north and north-east
        bearings = [bearings[0], _mean_bearing(bearings[1], bearings[2])]
    bearing = _mean_bearing(*bearings) if len(bearings) == 2 else bearings[0]
    from geographiclib.geodesic import Geodesic  # (only the few claims told this way)
    to = Geodesic.WGS84.Direct(place.latitude, place.longitude, bearing, km * 1000)
    return round(to["lat2"], 5), round(to["lon2"], 5), f"mapped {km:.0f} km at {bearing:g}°"


def _mean_bearing(a: float, b: float) -> float:
    return (a + (((b - a + 180) % 360) - 180) / 2) % 360


# (and "before leaving towards Ukraine", "flew back into Belarus": where it went after)
_HOMETOWN_BEFORE_RE = re.compile(r"\b[\w-]+-year-old\b[^,;]{0,60}?\b[A-Z][\w'’-]+\s+of\s+$")
_ACCUSED_BEFORE_RE = re.compile(r"\b(?:accused|accusing|accuses|blamed|blaming|blames)\s+$")
_FROM_BEFORE_RE = re.compile(r"\b(?:from|from the direction of|via|towards?|in the direction "
                             r"of|back (?:to|into|over)|(?:leaving|heading|headed) (?:for|to))"
                             r"\s+(?:the\s+)?$")

# "destroyed 121 drones over 14 regions", "across several regions": many regions, none
# named, so not the place of the sentence before
_MANY_REGIONS_RE = re.compile(rf"\b(?:over|across|in|above)\s+(?:{_EXACT}|several|multiple|"
                              r"various|many|a number of|a dozen|numerous)\s+(?:other\s+)?"
                              r"(?:[\w-]+\s+)?(?:regions|provinces|oblasts|areas|"
                              r"governorates)\b")

# "the Polish army said a missile entered its airspace during strikes on western Ukraine":
# the speaker's own airspace, not the country the war is in
_OWN_AIRSPACE_RE = re.compile(r"\b(?:its|our|the country's|the country’s|national)\s+"
                              r"(?:own\s+)?air\s?space\b")


# "landed in Saudi Arabia", "crashed in a field in Moldova", "fell short and landed in":
# where a weapon came down (before the place's name)
_CAME_DOWN_IN_RE = re.compile(
    r"\b(?:fell|landed|crashed|came down|impacted|(?:was|were) found)\b(?:\s+short)?"
    r"[^.;,]{0,30}?\b(?:in|into|on|inside|near)\s+(?:the\s+)?(?:territory of\s+)?$")
# "fired at Ukraine", "aimed at the city of Eilat", "targeting western Ukraine": the
# target it was meant for (before the place's name)
_AIMED_AT_RE = re.compile(
    r"\b(?:(?:fired|launched|aimed|directed|sent|headed|heading|bound|intended|meant)\s+"
    r"(?:at|for|towards?|against)|targeting)\s+(?:the\s+)?(?:[a-z-]+ern\s+|central\s+)?"
    r"(?:(?:the\s+)?(?:city|town|port|capital|region|area) of\s+)?$")


def _came_down_in(m: Mention, text: str, downed: bool = False) -> bool:
    """Whether the words before a place say the weapon came down (or was downed) there."""
    before = lower(text[max(0, m.start - 60):m.start])
    return bool(_DOWNED_OVER_RE.search(before) if downed else _CAME_DOWN_IN_RE.search(before))


def _where_it_came_down(places: list[Mention], mentions: list[Mention], text: str,
                        downed: bool = False) -> list[Mention]:
    """ "A missile fired at Ukraine landed in Poland", "a Houthi missile aimed at Eilat
    fell in Jordan", "a missile fired at Lviv was shot down over the Volyn region": where
    the weapon came down or was downed (a country too), not the target it was meant for."""
    down = [m for m in mentions if _came_down_in(m, text, downed)]
    if down and places and all(m in down or _AIMED_AT_RE.search(
            lower(text[max(0, m.start - 50):m.start])) for m in places):
        return [m for m in places if m in down] or down
    return places


def airspace_of(mentions: list[Mention], who: str | None, gz: Gazetteer,
                text: str = "", sentence: str = "") -> Mention | None:
    """ "entered the country's airspace": the airspace of the country the sentence (or its
    speaker, "Poland's defence forces", "the Polish army") names; a country the object
    came "from" (or went "towards") is not the airspace it entered."""
    for m in mentions:
        if m.resolution.best.place.kind == "airspace":
            return m
    countries = [m for m in mentions if m.resolution.best.place.kind == "country"]
    down = [m for m in countries if _came_down_in(m, text)] if text else []
    if down:  # ("..., a U.S. official said": the land it fell on, not the speaker's)
        countries = down
    elif who:
        first = next((m for m in countries if m.text in who), None)
        into = [m for m in countries if not _FROM_BEFORE_RE.search(
            lower(text[max(0, m.start - 24):m.start]))]
        own = _speaker_country(who, gz) if _OWN_AIRSPACE_RE.search(lower(sentence)) else []
        countries = [first] if first else own or into or _speaker_country(who, gz) or countries
    for m in countries:
        res = gz.resolve(f"{m.resolution.best.place.name} airspace")
        if res.best is not None:
            return Mention(m.start, m.end, m.text, res)
    return None


# -- extraction ------------------------------------------------------------------------

_DOWNED_N_RE = gated(
    "down intercept destroy neutrali",
    # ("repelled an attack by naval drones, destroying six of them")
    rf"\b(?:shot down|shooting down|downed|downing|intercepted|intercepting|destroyed|"
    rf"destroying|neutrali[sz](?:ed|ing))"
    # ("shot down or jammed 460 of them": the electronic war's share counted with them)
    r"(?:\s+(?:or|and)\s+(?:jammed|suppressed|neutrali[sz]ed|disabled|intercepted|destroyed|"
    r"downed|shot down|redirected|lost))?"
    rf"\s+(?P<q>{QUAL}\s+)?(?P<n>{NUM})\b(?!\s*(?:people|civilians|percent|%|homes|houses|buildings|"
    # ("35 were shot down over nine regions": where, not how many)
    r"regions|oblasts|provinces|districts|areas|cities|towns|settlements|km|kilometres))"
    # "shot down 37 missiles and 55 drones": the second weapon's figure, in the same downing
    rf"(?:\s+(?:[\w-]+\s+){{0,3}}?(?:missiles|drones|uavs|rockets)\s+and\s+(?:{QUAL}\s+)?"
    rf"{NUM}\s+(?:[\w-]+\s+){{0,2}}?(?:missiles|drones|uavs|rockets)\b)?")
_OTHER_DOWNED_RE = gated("other", r"\b(?:the other|another)(?: one| drone| missile| rocket|"
                         r" uav)? (?:was|had been) (?:shot down|downed|intercepted|"
                         r"destroyed)\b")
_N_DOWNED_RE = gated(
    "down intercept destroy neutrali suppress",
    rf"(?<![-/])\b(?P<q>{QUAL}\s+)?(?P<n>{NUM})(?!\s*(?:%|percent\b|per cent\b))\s+"
    r"(?:of (?:them|these|those|which)\s+)?"
    # ("two Ukrainian Su-25 attack aircraft were shot down": up to four words of what)
    r"(?:(?!and\b|or\b|were\b|was\b)[\w-]+\s+){0,4}?"
    # "61 drones and four missiles had been downed": the first figure, with the weapon
    rf"(?:and\s+(?:all\s+)?(?:{QUAL}\s+)?{NUM}\s+(?:(?!were\b|was\b)[\w-]+\s+){{0,2}}?)?"
    r"(?:were|was|have been|had been)\s+"
    r"(?:(?:successfully|reportedly)\s+)?(?:shot down|downed|intercepted|destroyed|"
    r"neutrali[sz]ed|suppressed)\b")
# "all drones and one missile were destroyed", "shot down all the drones": every one of
# a weapon launched, its count the number launched
_ALL_KIND = (r"all\s+(?:of\s+)?(?:the\s+)?" + rf"(?:{_EXACT}\s+)?"  # ("all three missiles")
             r"(?:(?:enemy|russian|attack|shahed|kamikaze|cruise|"
             r"ballistic|incoming|hostile|[a-z]+-type)\s+){0,2}(?P<what>drones|uavs|missiles|"
             r"rockets|shaheds)\b")
_ALL_DOWNED_RE = gated(
    "all",
    rf"\b{_ALL_KIND}(?=[^.;]{{0,50}}?\b(?:were|was|have been|had been)\s+"
    r"(?:successfully\s+)?(?:shot down|downed|intercepted|destroyed|neutrali[sz]ed)\b)|"
    r"\b(?:shot down|downed|intercepted|destroyed|neutrali[sz]ed)\s+"
    + _ALL_KIND.replace("P<what>", "P<what2>"))
# "30 rockets were fired, most of which were intercepted": a share of those fired, no
# figure of its own
# A share of those fired, in words: "most", "the vast majority", "almost all"
_SHARE = (r"most|some|all|many|several|a few|the (?:vast |overwhelming )?majority|the bulk|"
          r"nearly all|almost all|half")
_DOWN_VERBS = r"shot down|downed|intercepted|destroyed|neutrali[sz]ed"
# "was shot down over the Volyn region", "were intercepted over the Red Sea": where a
# weapon was downed (before the place's name)
_DOWNED_OVER_RE = re.compile(rf"\b(?:{_DOWN_VERBS})\b[^.;,]{{0,30}}?\b(?:over|above|near|off|"
                             r"in)\s+(?:the\s+)?$")
_DOWNED_IN_CLAUSE_RE = re.compile(
    r",\s*which\s+(?:[^,;]{2,60}?\s+(?:said|says|reported)\s+)?(?:(?:it|they)\s+)?"
    rf"(?:(?:was|were|had been|has been|have been)\s+)?(?:{_DOWN_VERBS})\s+(?:over|above|off)"
    r"\s+(?:the\s+)?")


def _downed_there(low: str, clause: int, at: int) -> bool:
    """ ", which the army said was intercepted over the Red Sea": the place right after."""
    m = _DOWNED_IN_CLAUSE_RE.match(low, clause)
    return m is not None and m.end() == at


_PERCENT = r"\d{1,3}(?:\.\d+)?\s*(?:%|percent|per cent)"
_PERCENT_WORD_RE = re.compile(r"\s*(?:%|percent|per cent)")
_SHARE_DOWNED_RE = gated(
    "intercept down destroy neutrali",
    rf"(?:(?:\b(?P<n>{_SHARE}|part)|"
    rf"\b(?P<pct>{_PERCENT}))\s+of\s+"
    # ("Most were intercepted"; "the army said most were intercepted")
    r"(?:them|these|those|which|the\s+(?:[\w-]+\s+){0,2}?(?:missiles|drones|rockets|uavs|"
    r"projectiles|shaheds))|(?:^|;\s+|,?\s+(?:and|but|while)\s+|\b(?:said|says|saying|"
    # ("adding that 99% were intercepted")
    rf"added|adding|reported)\s+(?:that\s+)?)(?P<n2>{_SHARE}|{_PERCENT}))"
    r"\s+(?:were|was|have been|had been)\s+(?:(?:successfully|reportedly)\s+)?"
    rf"(?:{_DOWN_VERBS})\b|"
    # "saying air defences shot down most of the missiles"
    rf"\b(?:{_DOWN_VERBS})\s+(?P<n3>{_SHARE})\s+of\s+(?:the|them|these|those)\b|"
    # "30 rockets were fired ..., with some intercepted"
    rf",?\s+with\s+(?P<n4>{_SHARE}|{_PERCENT})\s+(?:of\s+(?:them|these|those)\s+)?"
    rf"(?:being\s+)?(?:{_DOWN_VERBS})\b|"
    # "Half of the 60 drones launched at Ukraine overnight were shot down"
    rf"\b(?P<n5>{_SHARE}|{_PERCENT})\s+of\s+the\s+\d[\d,]*\s+[^.;]{{0,60}}?\b(?:were|was|"
    rf"have been|had been)\s+(?:{_DOWN_VERBS})\b")
# (not a toll: "killing three people in Kharkiv" counts no drones there)
_TOLL_WORDS = (r"(?:people|civilians|persons|residents|children|men|women|soldiers|"
               r"servicemen|homes|houses|buildings|killed|dead|injured|wounded)\b")
_NOT_COUNTED = rf"(?!{_TOLL_WORDS})"
_OWN_FIGURE_RE = re.compile(rf"\b(?P<q>{QUAL}\s+)?(?P<n>{NUM})\s+(?:{_NOT_COUNTED}[a-z-]+\s+)?"
                            r"(?:over|above|in|near|on)\s+(?:the\s+)?$")
_TOLL_AFTER_RE = re.compile(rf"\s+(?:[a-z-]+\s+)?(?={_TOLL_WORDS})")
_NUMBER_RE = re.compile(rf"(?<![-/])\b(?P<q>{QUAL}\s+)?(?P<n>{NUM})\b")


# "shelled Nikopol 12 times", "carried out 6 air strikes on Stepnohirsk", "408 attacks
# on 11 settlements": a tally of attacks, which counts no drones or missiles
_TALLY_HINT = needles("times attacks strikes shellings bombardments raids")
_ATTACK_TALLY_RE = re.compile(
    rf"(?<![-/])\b(?P<q>{QUAL}\s+)?{_NOT_A_YEAR}(?P<n>{NUM})\s+(?:(?:separate|more|new|"
    r"(?:fpv[- ])?drone|air|missile|rocket|artillery|mortar|mlrs|guided[- ]bomb|glide[- ]bomb|"
    r"bomb|kab)\s+)?(?:attacks|strikes|airstrikes|shellings|bombardments|raids|times)\b")
_TALLY_NUMBER_RE = re.compile(r"\d|\b(?:" + "|".join(
    w for w, v in _NUMBER_WORDS.items() if v > 1 and " " not in w) + r"|dozen)\b")
# (found first, so the costly pattern runs only in the few words before one)
_TALLY_WORD_RE = re.compile(r"\b(?:attacks|strikes|airstrikes|shellings|bombardments|raids|"
                            r"times(?!\s+(?:more|less|fewer|as|higher|lower|bigger|larger|"
                            r"the)\b))\b")


def _attack_tally(text: str) -> Figure | None:
    """How many attacks a claim tallies, over one (one attack is the claim itself)."""
    low = lower(text)
    for word in _TALLY_WORD_RE.finditer(low):
        if not _TALLY_NUMBER_RE.search(low, max(0, word.start() - 40), word.start()):
            continue  # ("more strikes could follow": no number told)
        m = _ATTACK_TALLY_RE.search(low, max(0, word.start() - 60), word.end())
        if m is not None and m.end() == word.end():
            fig = _figure(m)
            return fig if fig.value is not None and fig.value > 1 else None
    return None


# "shelled Nikopol twice on Thursday and once on Friday": a tally for each of two days
_TIMES = r"(?:once|twice|thrice|(?:\d+|[a-z]+) times)"
_DAY_BY_DAY_RE = re.compile(
    rf"\b(?P<a>{_TIMES})\s+(?P<d1>(?:on\s+|late\s+on\s+|early\s+on\s+)?"
    rf"(?:{'|'.join(WEEKDAYS)}))\s*,?"
    # ("twice on Thursday, the governor said, and once on Friday": the speaker between)
    r"(?:\s+(?:[\w'’.-]+\s+){1,6}?(?:said|says|reported|wrote|added|told)"
    r"(?:\s+[\w-]+){0,3},)?"
    rf"\s+and\s+(?:(?P<b>{_TIMES})\s+|again\s+)(?P<d2>(?:on\s+|"
    rf"late\s+on\s+|early\s+on\s+)?(?:{'|'.join(WEEKDAYS)}))\b")
_TIMES_WORDS = {"once": 1, "twice": 2, "thrice": 3}


def _times(written: str | None) -> int | None:
    if written is None:
        return None
    return _TIMES_WORDS.get(written) or parse_number(written.split()[0])[0]


def _day_by_day(sentence: str, low: str, ref: DateRef, published: datetime | date | None,
                told: list[Report]) -> list[Report]:
    """The claims of the second day of "twice on Thursday and once on Friday" (the
    sentence's claims, dated to its first day, get that day's tally)."""
    m = _DAY_BY_DAY_RE.search(low)
    if m is None or not m.start("d1") <= ref.start < m.end("d1"):
        return []  # (the claim's date is not the first day of the two)
    second = find_date(sentence[m.start("d2"):m.end("d2")], published)
    if second is None or second.date is None or second.date == ref.date or any(
            r.event_date != ref.date for r in told):
        return []
    first, then = _times(m["a"]), _times(m["b"])
    key = "attacks" if len(told) == 1 else "group_attacks"
    out = []
    for report in told:
        report.extras.pop("date_until", None)
        if first and first > 1:
            report.extras[key] = first
        # (a toll told once stays with the first day: never counted twice)
        again = replace(report, event_date=second.date, date_precision=second.precision,
                        date_text=second.text, extras={k: v for k, v in report.extras.items()
                                                       if not k.startswith("group_")},
                        **dict.fromkeys(_TOLL_FIELDS))
        again.extras.pop(key, None)
        if then and then > 1:
            again.extras[key] = then
        if report.group:
            again.group = f"{report.group}:{second.date.isoformat()}"
        out.append(again)
    return out


def _per_place_counts(text: str, places: list[Mention], sent_start: int,
                      tolls: frozenset[int] = frozenset()) -> dict[str, Figure] | None:
    """ "18 UAVs over the Belgorod region and 3 over the Voronezh region": one figure
    before each place, in order (never a number that is a place's toll, at ``tolls``)."""
    low = lower(text)
    numbers = [m for m in _NUMBER_RE.finditer(low)
               if parse_number(m.group("n"))[0] is not None and m.start("n") not in tolls]
    if len(places) == 1:  # "58 drones over eight regions, including 12 over Belgorod"
        rel = places[0].start - sent_start
        own = _OWN_FIGURE_RE.search(low, max(0, rel - 40), rel)
        if own and len(numbers) > 1 and not low[:own.start()].endswith(
                ("of ", "of the ", " and ")):
            # ("18 of 20 missiles over Kyiv": 20 is the total, not Kyiv's own share; nor
            # "35 drones and both missiles over Kyiv": a list of what was downed there)
            return {places[0].resolution.best.place.id: _figure(own)}
        return None
    out: dict[str, Figure] = {}
    if "(" in low:  # "over the Bryansk Region (10), the Kursk Region (8) ...": after each
        for m in places:
            after = _COUNT_IN_BRACKETS_RE.match(low, m.end - sent_start)
            if after is None:
                out = {}
                break
            out[m.resolution.best.place.id] = Figure(int(after["n"]), None, after.start("n"))
        if out:
            return out
    prev_end = 0
    for m in places:
        rel = m.start - sent_start
        before = [n for n in numbers if prev_end <= n.start() < rel
                  and not _TOLL_AFTER_RE.match(low, n.end())]
        one_more = _ANOTHER_ONE_RE.search(low, prev_end, rel) if out and not before else None
        some_more = _SOME_MORE_RE.search(low, prev_end, rel) if (
            out and not before and not one_more) else None
        if one_more:  # "two over the Kaluga region and another over the Tula region"
            out[m.resolution.best.place.id] = Figure(1, None, one_more.start())
        elif some_more:  # "two over the Kaluga region and several more over the Tula
            # region": a number of its own, not told
            vague = some_more["q"] if some_more["q"] in _VAGUE else None
            out[m.resolution.best.place.id] = Figure(None, vague, some_more.start())
        elif not before:
            return None
        else:
            out[m.resolution.best.place.id] = _figure(before[-1])
        prev_end = rel
    return out


_COUNT_IN_BRACKETS_RE = re.compile(r"(?:\s+(?:region|oblast|province|krai|republic))?\s*"
                                   r"\((?P<n>\d{1,4})\)")
_SOME_MORE_RE = re.compile(r"\b(?:(?P<q>several|a few|many|dozens|scores|some)\s+)?"
                           r"(?:more|others)\s+(?:over|in|near|above|across)\b")
_ANOTHER_ONE_RE = re.compile(r"\b(?:another|one more)\b(?!\s+(?:\d|one|two|three|four|five|"
                            r"six|seven|eight|nine|ten|dozen))")


# "killing three people in Kharkiv and two in Odesa", "27 across Gaza, including 10 in
# Nuseirat": a toll written just before its place is that place's own.
_PLACE_TOLL_RE = re.compile(
    rf"(?P<incl>\b(?:including|among them|of them)\s+)?\b(?P<q>{QUAL}\s+)?{_NOT_A_YEAR}"
    rf"(?P<n>{NUM}|a|an)\s+(?:(?:[\w-]+\s+)?(?P<who>{_PEOPLE}|{_ONE_PERSON}|{_ONE_ROLE})\s+)?"
    # ("eight people who were waiting for aid in Gaza City")
    # ("12 people sheltering in a school in Gaza City's Zeitoun neighbourhood")
    r"(?:(?<=\s)(?:(?:who|that) (?:were|was) )?[a-z]{3,}ing\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:(?:were|was|have been|had been)\s+)?(?:(?P<out>killed|dead|died|injured|wounded|"
    # ("nine in a house in Jabalia": where in the place)
    # ("19 in a strike on a school sheltering displaced families in Gaza City")
    # ("10 people near an aid distribution site in Rafah")
    r"hurt)\s+)?(?:(?:in|at|inside|on|near|outside)\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,8}?)?"
    r"(?:in|at|near|across|throughout|around)\s+(?:the\s+)?(?:(?:city|town|"
    r"village|settlement|region|province|district|community|area)\s+of\s+|"
    r"(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+)?$")
# "In the Khmelnytskyi region, two people died, and in Odesa, a man was killed": a clause
# that opens with its place, its toll after it
_CLAUSE_PLACE_RE = re.compile(r"(?:^|[,;]\s*(?:and\s+|while\s+|but\s+)?|\band\s+)in\s+"
                              r"(?:the\s+)?$")
_TOLL_AFTER_PLACE_RE = re.compile(
    rf"(?:\s+(?:region|oblast|province|district))?,\s+(?P<q>{QUAL}\s+)?"
    rf"(?P<n>{NUM}|a|an)\s+(?:[\w-]+\s+)?(?P<who>{_PEOPLE}|{_ONE_PERSON})\s+"
    r"(?:(?:were|was|have been|had been)\s+)?(?P<out>killed|died|injured|wounded|hurt)\b")
# "In Khan Younis, a strike killed four people, and in Rafah, another killed three": the
# toll of what the clause tells there
_ACT_TOLL_AFTER_PLACE_RE = re.compile(
    rf",\s+(?:[\w'’-]+\s+){{1,6}}?(?P<out>killed|injured|wounded)\s+(?P<q>{QUAL}\s+)?"
    rf"(?P<n>{NUM})\b(?!\s*(?:percent|%|km|kilomet|miles|drones?|missiles?|rockets?|shells?))"
    r"(?P<who>)")
_TOLL_WORD_RE = re.compile(r"\b(?:(?P<k>kill|dead|died|death|lives|perish|fatal)|"
                           r"(?P<i>injur|wound|hurt))")
_RESPECTIVELY_RE = gated(
    "respectively",
    rf"\b(?P<verb>kill|injur|wound)[a-z]*\s+(?P<list>{NUM}(?:\s*,\s*{NUM})*\s*,?\s+and\s+"
    rf"{NUM})\b[^.;]*\brespectively\b")
_PART_HINT = needles("including among_them of_them")
_JUST_A_LIST_RE = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)?\s*(?:the\s+)?")
# "from Russia's Kursk region": the launch site's country and the site itself
_ORIGIN_LIST_RE = re.compile(r"['’]s\s+(?:the\s+)?|\s*(?:,|,?\s*and|,?\s*or)?\s*(?:the\s+)?")


def _toll_kind(low: str, m: re.Match[str]) -> str | None:
    """Killed or injured: said in the figure ("three dead in"), else by the nearest toll
    word before it ("killing three in Kharkiv and two in Odesa"), else, for people
    named, the first after it ("Two people in Kherson and one in Nikopol were killed")."""
    said = m.group("out")
    if said:
        return "killed" if said in _DEATH_WORDS else "injured"
    before = None
    for word in _TOLL_WORD_RE.finditer(low, 0, m.start()):
        before = word
    after = _TOLL_WORD_RE.search(low, m.end()) if m.group("who") else None
    word = before or after
    if word is None:
        return None
    return "killed" if word.group("k") else "injured"


def _per_place_tolls(text: str, places: list[Mention], written: list[Mention],
                     sent_start: int, figures: dict[str, Figure | None]
                     ) -> tuple[dict[str, dict[str, Figure]], dict[str, Figure]] | None:
    """(each place's own killed/injured, the totals the text states for the whole
    claim) when a sentence over several places gives a toll per place; None when it
    gives one toll for all ("killing 12 in Kyiv and Lviv" is a toll shared by both).
    ``written``: every mention of the places in the sentence, as a toll may follow the
    first ("attacked Odesa and Mykolaiv, killing four people in Odesa")."""
    low = lower(text)
    if ";" in text:
        parted = _tolls_by_part(text, places, sent_start)
        if parted:
            return parted, {}
    ids = {m.resolution.best.place.id for m in places}
    at = {m.start for m in places}  # (a place may be read anew: "across Gaza" is the Strip)
    written = sorted(places + [m for m in written if m.start not in at and (
        m.resolution.best is not None and m.resolution.best.place.id in ids)],
        key=lambda m: m.start)
    own: dict[str, dict[str, Figure]] = {}
    spans: dict[str, list[tuple[int, bool]]] = {"killed": [], "injured": []}
    listed = _RESPECTIVELY_RE.search(low)
    if listed:  # "killing three and two people respectively"
        numbers = [parse_number(n.group("n")) for n in _NUMBER_RE.finditer(listed["list"])]
        if len(numbers) != len(places):
            return None
        name = "killed" if listed["verb"] == "kill" else "injured"
        for m, (value, vague) in zip(places, numbers, strict=True):
            own[m.resolution.best.place.id] = {name: Figure(value, vague, listed.start())}
        spans[name].append((listed.start(), False))
    else:
        prev_end, tolled = 0, set()
        for m in written:
            rel = m.start - sent_start
            found = _PLACE_TOLL_RE.search(low, max(prev_end, rel - 80), rel)
            prev_end = m.end - sent_start
            if found is None and _CLAUSE_PLACE_RE.search(low, max(0, rel - 20), rel):
                found = _TOLL_AFTER_PLACE_RE.match(low, prev_end) or (
                    _ACT_TOLL_AFTER_PLACE_RE.match(low, prev_end))
            if found is None or (found["n"] in {"a", "an"} and not found["who"]):
                continue
            name = _toll_kind(low, found)
            figs = own.setdefault(m.resolution.best.place.id, {})
            if name is None or name in figs:
                continue
            value, vague = parse_number(found["n"])
            qual = _qualifier((found["q"] or "").strip(), vague)
            figs[name] = Figure(value, qual, found.start("n"))
            spans[name].append((found.start("n"), bool(found.groupdict().get("incl"))))
            tolled.add(m.start)
        own = {pid: figs for pid, figs in own.items() if figs}
        for a, b in itertools.pairwise(written):
            if a.start in tolled and b.start not in tolled and _JUST_A_LIST_RE.fullmatch(
                    low, a.end - sent_start, b.start - sent_start):
                return None  # "killing three in Kharkiv and Odesa": one toll for both
    if not own:
        return None
    totals: dict[str, Figure] = {}
    for name, taken in spans.items():
        fig = figures[name]
        if fig is None:
            continue
        inside = any(fig.start <= a < fig.start + len(fig.what) for a, _ in taken)
        if not inside or any(incl for _, incl in taken):
            totals[name] = fig  # "killed 27 across Gaza, including 10 in Nuseirat"
    return own, totals


def _tolls_by_part(text: str, places: list[Mention], sent_start: int
                   ) -> dict[str, dict[str, Figure]] | None:
    """Each place's own toll when a sentence gives one place per part between semicolons:
    "In Kupiansk, a man was injured; in Zolochiv, a house was damaged"."""
    bounds = [0, *(i + 1 for i, c in enumerate(text) if c == ";"), len(text) + 1]
    parts: dict[int, Mention] = {}
    for m in places:
        k = next(k for k in range(len(bounds) - 1) if m.start - sent_start < bounds[k + 1])
        if k in parts:
            return None  # two places in one part: the part's toll is not one place's
        parts[k] = m
    own: dict[str, dict[str, Figure]] = {}
    for k, m in parts.items():
        figures = killed_injured(text[bounds[k]:bounds[k + 1] - 1])
        figs = {name: Figure(fig.value, fig.qualifier, bounds[k] + fig.start)
                for name in ("killed", "injured") if (fig := figures[name]) is not None}
        if figs:
            own[m.resolution.best.place.id] = figs
    return own or None


# Where one sentence joins two claims: "The Houthis claimed a drone attack on Eilat, but
# the Israeli military said the drone was intercepted over the Red Sea"; "shelling killed
# two in Kherson, while a drone injured three in Nikopol". A reason given "in response to"
# another attack is that other attack, never this one.
_INTERCEPTED_RE = next(pattern for name, pattern in _EVENT_RES if name == "interception")
# ", as air defences worked": what went on beside a claim (not "as well", "as many")
_AS_CLAUSE = r",\s+as\s+(?!well\b|(?:many|much|long|soon|far|part)\b)"
_AS_BEFORE_RE = re.compile(r",\s+as\s+$")
_CLAUSE_BREAK_RE = gated(
    "_but_ ; ,_while_ ,_whereas_ _after_ ,_and_ ,_as_ response retaliation ,_adding ,_saying "
    "_who_said _and_destroyed _and_struck _and_shot_down _and_downed _and_intercepted",
    r"(?P<join>,?\s+but\s+|;\s+|,\s+while\s+|,\s+whereas\s+|\s+after\s+|,\s+and\s+|"
    # ("shot down a missile over the Gulf of Aden and destroyed four drones in Yemen")
    # (not "intercepted and destroyed by air defence systems over ...": one downing)
    r"(?<!intercepted)(?<!shot down)(?<!downed)(?<!detected)(?<!tracked)"
    r"\s+and\s+(?=(?:destroyed|struck|shot down|downed|intercepted)\s)|"
    rf"{_AS_CLAUSE}|"
    # "..., the air force said, adding that 68 drones had been shot down" ("..., state media
    # reported, citing a military source who said air defences had intercepted ...")
    r",\s+(?:adding|saying)(?:\s+that)?\s+|\s+who\s+said(?:\s+that)?\s+)|"
    r"(?P<reason>,?\s+in (?:response|retaliation) (?:to|for)\s+|,\s+(?:just\s+|only\s+)?"
    r"(?:hours|minutes|a few hours) after\s+)|"
    # (", a day after Russia said it had repelled an incursion": an earlier event, on a
    # day the sentence does not give, is no claim and no part of this one)
    r"(?P<earlier>,\s+(?:just\s+|only\s+)?(?:a day|a week|days|weeks|a few days|"
    r"(?:two|three|four|five) (?:days|weeks)) after\s+)")
# "It comes a day after ...", "The attack came two weeks after ...": an earlier event
_CAME_AFTER_RE = gated("came comes follow", r"\b(?:came|comes|follow(?:s|ed))\s+(?:just\s+|"
                       r"only\s+)?(?P<n>a|one|two|three|four|five|six|seven|\d)\s+"
                       r"(?P<unit>days?|weeks?)\s+after\b")
_REASON_END_RE = re.compile(r",\s+(?=(?:killing|injuring|wounding|leaving|damaging|destroying)\b)")


# "... while 12 missiles hit targets": what was not shot down
_GOT_IN_RE = gated("hit struck reached got_through broke_through impact",
                   r"\b(?:hit|struck|reached|(?:got|broke) through|impacted)\b")


def _got_through(low: str) -> bool:
    """ "most of the missiles were shot down": some were not, so the strike beside it is
    a claim of its own ("but all were shot down": no strike)."""
    share = _SHARE_DOWNED_RE.search(low)
    return share is not None and "all" not in {
        share.group("n"), share.group("n2"), share.group("n3"), share.group("n4"),
        share.group("n5")}


def _claim_clauses(text: str, lowtext: str, start: int, end: int,
                   mentions: list[Mention], starts: list[int], gz: Gazetteer
                   ) -> list[tuple[int, int, tuple[int, int] | None]]:
    """The parts of a sentence that are claims of their own: each has its own event word
    and its own place (not a country, not the speaker's); other parts stay joined to the
    claim before them, so most sentences are one part. A reason clause with an event
    word is split off even without a place, so its toll never joins the main claim."""
    low = lowtext[start:end]
    named = bisect_left(starts, end) - bisect_left(starts, start)
    if not (named or (_GOT_IN_RE.possible(low) and _INTERCEPTED_RE.possible(low))) or (
            not _CLAUSE_BREAK_RE.possible(low)) or classify(low)[0] is None:
        return [(start, end, None)]  # (most sentences: one cheap test)
    breaks = list(_CLAUSE_BREAK_RE.pattern.finditer(low))
    head_end = start + _dateline_head(text, start, end)
    if not breaks or (named < 2 and not any(m.lastgroup != "join" for m in breaks) and not (
            _INTERCEPTED_RE.possible(low) and (_COUNT_RE.possible(low) or (
                _SHARE_DOWNED_RE.possible(low)) or ";" in low))):
        return [(start, end, None)]
    pieces: list[tuple[int, int, str]] = []
    prev, kind = start, "first"
    for m in breaks:
        pieces.append((prev, start + m.start(), kind))
        prev, kind = start + m.end(), m.lastgroup or "join"
    pieces.append((prev, end, kind))
    if kind == "reason":  # "struck Zaporizhzhia in response to ..., killing four"
        tail = _REASON_END_RE.search(lowtext, prev, end)
        if tail:
            pieces[-1:] = [(prev, tail.start(), kind), (tail.start(), end, "tail")]

    def own_claim(a: int, b: int) -> tuple[str | None, bool]:
        """(its event word's type, whether it has a place of its own or, for an
        interception, a count: "shot down 12 of 15 drones, while three hit the Odesa
        region" and "struck launchers in Khiam, and 35 rockets crossed from Lebanon, most of
        which were intercepted" are two claims each)"""
        piece = lowtext[a:b]
        event = classify(piece)[0]
        if event is None and units and units[0]["event"] == "interception" and (
                _CASUALTY_RE.search(piece)) and _below_country(_between(mentions, starts, a, b)):
            # "17 drones were downed over the Belgorod region, and a woman was injured in
            # Razumnoye": the harm done elsewhere, a claim of its own where it is named
            return "strike", True
        if event is None and units and units[0]["event"] in {"strike", "shelling"} and (
                text[a - 2] == ";") and _CASUALTY_RE.search(piece) and _below_country(
                _between(mentions, starts, a, b)):
            # "Russian attacks killed two in the Kherson region, the governor said; in the
            # Donetsk region, one person was killed in Kostiantynivka": a toll of its own,
            # elsewhere, after a semicolon
            return units[0]["event"], True
        if event is None and units and units[0]["event"] in _ANOTHER_KINDS and (
                "other" in piece) and _ANOTHER_CAME_DOWN_RE.search(piece) and _below_country(
                _between(mentions, starts, a, b)):
            # "A drone crashed near Plauru, while another fell in Moldova near Etulia": a
            # second of what the first part told, a claim of its own where it is named
            return units[0]["event"], True
        if event is None:
            return None, False
        if event == "interception" and units and units[0]["event"] == "interception" and (
                _PREPARED_RE.search(piece)) and not _PREPARED_RE.search(
                lowtext, units[0]["a"], units[0]["b"]):
            # "shot down a missile over the Gulf of Aden, and destroyed four drones in
            # Houthi-controlled areas of Yemen": a downing and a strike on the ground
            return event, True
        who = claimant(text[a:b])
        inside = _between(mentions, starts, max(a, head_end), b)  # (not the dateline's)
        own = event_places(inside, text, a, b, (who[1], who[2]) if who else None) if (
            inside) else []
        if _below_country(own) or any(_country_part(m, lowtext) for m in own):
            return event, True  # (not the attacker: "Moscow launched"; but "southern Lebanon")
        if not own and event in {"strike", "shelling"} and _target_country(
                text[a:b], piece, a, gz):
            return event, True  # "struck Ukrainian energy facilities": the targets' country
        if own and units and event != "interception" and (projectile_counts(piece) or (
                # "shot down two Houthi drones over the Red Sea and destroyed a missile
                # launcher in Yemen": a downing, and a strike on the ground elsewhere
                event == "strike" and units[0]["event"] == "interception")):
            # "Israeli jets pounded the Bekaa Valley, as Hezbollah fired dozens of rockets
            # into northern Israel": a counted attack on another country
            first = _between(mentions, starts, max(units[0]["a"], head_end), units[0]["b"])
            told = {m.resolution.best.place.country for m in event_places(
                first, text, units[0]["a"], units[0]["b"], None)} if first else set()
            if told and not told & {m.resolution.best.place.country for m in own}:
                return event, True
        if event == "strike" and units and units[0]["event"] == "interception" and (
                _GOT_IN_RE.search(piece)) and any(f.value for f in projectile_counts(piece)):
            # "shot down 31 missiles and 180 drones, while 12 missiles and 26 drones hit
            # targets": those that got through, a claim of their own where no place is named
            return event, True
        if event != "interception" or (units and units[0]["event"] in {
                "interception", None}):
            return event, False
        if not units:
            return event, bool(projectile_counts(piece))
        if units[0]["event"] in {"strike", "shelling"} and lowtext.endswith(
                ("adding that ", "adding ", "saying that ", "saying "), 0, a):
            # "Israeli jets struck targets in Tehran, ..., state media reported, adding that
            # air defences were activated over the capital": the defence, a claim beside
            # the strike (which stays a strike)
            return event, True
        first = (units[0]["a"], units[0]["b"])
        if projectile_counts(piece) or (_got_through(piece) and not projectile_counts(
                lowtext[first[0]:first[1]])) or (units[0]["event"] == "strike" and (
                "other" in piece) and _downed_another(piece)):
            # ("a drone hit a house in Odesa, while another was shot down": two claims)
            # "struck near Latakia, ..., adding that air defences had shot down most of
            # the missiles": a strike and an interception
            return event, True
        # "The Houthis said they had targeted the airport; the Israeli military said the
        # missile was intercepted": two speakers, two claims
        # (or none before: "The Houthis fired drones at a warship; Britain's defence
        # ministry said HMS Diamond shot down four of them")
        if not (who and (text[a - 2] == ";" or (
                # "..., and (but) the Israeli military said it intercepted a missile"
                text.endswith((", and ", ", but "), 0, a) and who[1] <= 4))):
            return event, False
        told = claimant(text[first[0]:first[1]])
        if told is None:  # (a speaker at the end tells both: "...; dozens were shot
            # down, the air force said"; "Hezbollah fired 70 rockets at Safed, and the army
            # said most were intercepted": how the attack told ended)
            return event, who[1] <= 4 and text[a - 2] == ";"
        return event, told[0] != who[0]

    def _countries(a: int, b: int) -> set[str | None]:
        """(not a country named whole: "entering Latvian airspace from Belarus")"""
        return {m.resolution.best.place.country for m in _between(mentions, starts, a, b)
                if m.resolution.best.place.kind != "country"}

    units: list[dict] = []
    for a, b, kind in pieces:
        event, place = own_claim(a, b) if kind != "tail" else (None, False)
        if not units:
            units.append({"a": a, "b": b, "own": bool(event) and place, "reason": False,
                          "event": event, "told": event})
        elif kind == "earlier":
            units.append({"a": a, "b": b, "own": False, "reason": True, "dropped": True})
        elif kind == "reason" and event:
            units.append({"a": a, "b": b, "own": True, "reason": True})
        elif kind == "tail" and units[-1]["reason"] and "hole" not in units[-2]:
            # the tail is the main claim's: the reason clause is a hole in it
            units[-2]["hole"] = (units[-2]["b"], a)
            units[-2]["b"] = b
        elif kind == "join" and event and place and (units[-1]["own"] or (
                # "a drone entered its airspace; the drone was downed over the Gomel region"
                units[-1].get("told") == "airspace_violation" != event) or (
                # "downed 45 of them, but 11 drones got through"
                units[-1].get("event") == "interception" and event == "strike") or (
                # "fired 200 missiles at Israel; most were intercepted, but some hit the
                # Nevatim air base": what got through, where
                event == "strike" and units[-1].get("downed"))) and (
                not units[-1]["reason"]) and not (
                # "a drone crashed in Rezekne after entering Latvian airspace": one crossing
                event == "airspace_violation" == units[-1].get("told") and _countries(
                    a, b) <= _countries(units[-1]["a"], units[-1]["b"])):
            units.append({"a": a, "b": b, "own": True, "reason": False})
        elif kind == "join" and event is None and units[-1]["own"] and (
                "hole" not in units[-1]) and _AS_BEFORE_RE.search(lowtext, max(0, a - 8), a) and (
                not _CASUALTY_RE.search(lowtext, a, b)) and any(
                m.resolution.best.place.kind != "country" for m in _between(
                    mentions, starts, a, b)):
            # "killed 20 in Gaza City, as Israeli tanks pushed into the Zeitoun
            # neighbourhood": what else went on, and where, is no place of this claim
            said = claimant(text[a:b])  # (a speaker after it tells the claim)
            cut = text.rfind(",", a, a + said[1]) if said and said[1] > 0 else -1
            units[-1]["hole"] = (a, cut if cut > a else b)
            units[-1]["b"] = b
        else:
            units[-1]["b"] = b
            units[-1]["told"] = units[-1].get("told") or event
            units[-1]["downed"] = units[-1].get("downed") or event == "interception"
    if len(units) == 1 and "hole" not in units[0]:
        return [(start, end, None)]
    # (a reason told of a whole country with no toll, "in response to Israeli strikes on
    # south Lebanon", is the war's course, no claim)
    return [(u["a"], u["b"], u.get("hole")) for u in units if not u.get("dropped") and (
        not u["reason"] or (_between(mentions, starts, u["a"], u["b"]) and (
            _below_country(_between(mentions, starts, u["a"], u["b"])) or (
                _TOLL_AT_RE.search(lowtext, u["a"], u["b"])))))]


_THE_ATTACK_RE = re.compile(r"^(?:the|that|this) (?:overnight |latest |massive |combined )?"
                            r"(?:attack|strike|air ?strike|shelling|bombing|raid|barrage|"
                            r"assault|bombardment|"
                            # ("A glide bomb slammed into Kharkiv. The bomb struck near a
                            # playground": the same weapon told on)
                            r"(?:glide |aerial |guided )?bomb|missile|rocket|drone|shell)s?\b")

# "In Kyiv, the attack damaged ...", "The group said the shells hit ...": the attack told,
# after a setting or a speaker
# (the speaker's verbs, also looked for by plain search before the pattern is tried)
_TOLD_VERBS = (" said", " says", " reported", " added", " wrote", " confirmed")
_TOLD_OPENING_RE = re.compile(r"in (?:the )?[\w'’ -]{2,40}?, |(?:the )?[\w'’ .-]{2,60}? "
                              rf"(?:{'|'.join(v.strip() for v in _TOLD_VERBS)})(?: that)? ")
# "The mayor reported the casualty", "Polish military reported the incident": a speaker
# of the claim told just before, in a sentence of its own
_REPORTED_IT_RE = re.compile(r"\b(?:reported|confirmed|announced) (?:the|this) (?:incident|"
                             r"casualty|casualties|deaths?|attack|strike|shelling|damage|"
                             r"incursion|violation|downing)s?\W*$")
# "Shells hit a displacement camp and a market": the weapons told, hitting what they hit
_BARE_WEAPONS_HIT_RE = re.compile(r"(?:shells|rockets|missiles|drones|bombs|mortar rounds) "
                                  r"(?:also )?(?:hit|struck|landed|fell|slammed|exploded)\b")


def _same_speaker(who: str | None, told: str | None) -> bool:
    """Whether a sentence's speaker is the claim's, or none ("officials said ... Ukrainian
    officials said": the same officials, named more fully)."""
    if not who or not told:
        return True
    a, b = who.lower().removeprefix("the "), told.lower().removeprefix("the ")
    return a.endswith(b) or b.endswith(a)


# "Two Iskander-M missiles hit a residential area": how many of the weapons told hit
_COUNTED_WEAPONS_HIT_RE = re.compile(
    r"(?!(?:[\w-]+ ){0,3}?(?:another|more|other|second|further|additional|remaining)\b)"
    r"(?![\w-]+ of (?:the|them|these|those)\b)"  # ("one of the missiles": a part, no count)
    r"(?:[\w-]+ ){1,4}?(?:shells|rockets|missiles|drones|bombs|mortar rounds) "
    r"(?:also )?(?:hit|struck|landed|fell|slammed|exploded)\b")


def _the_attack_told(low: str) -> tuple[bool, bool]:
    """(whether the sentence opens on the attack told, whether on bare weapons)"""
    if _THE_ATTACK_RE.match(low):
        return True, False
    head = low[:low.find(",")] if "," in low else low  # (the speaker's verb comes first)
    opening = _TOLD_OPENING_RE.match(low) if low.startswith("in ") or any(
        verb in head for verb in _TOLD_VERBS) else None
    rest = low[opening.end():] if opening else low
    if opening and _THE_ATTACK_RE.match(rest):
        return True, False
    return False, bool(_BARE_WEAPONS_HIT_RE.match(rest))


_ANOTHER_KINDS = frozenset({"airspace_violation", "strike"})
_ANOTHER_CAME_DOWN_RE = re.compile(
    r"\b(?:another|the other)(?: one| drone| missile| rocket| uav| object)?\s+(?:fell|crashed|"
    r"landed|came down|was found|exploded|(?P<downed>was (?:shot down|downed|intercepted|"
    r"destroyed)))\b")


def _below_country(mentions: list[Mention]) -> bool:
    """Whether a place narrower than a country is named (a claim's own place)."""
    return any(m.resolution.best.place.kind not in {"country", "continent"} for m in mentions)


def _downed_another(piece: str) -> bool:
    m = _ANOTHER_CAME_DOWN_RE.search(piece)
    return m is not None and m["downed"] is not None


def _when_dated(sentence: str, low: str, ref: DateRef, published: datetime | None
                ) -> DateRef:
    """ "A memorial was held on Sunday for the 46 killed when a missile hit a block in
    January 2023": the attack is told in the "when" (or ", where") clause, and so is its
    date, when that is earlier than the day of the sentence's own verb."""
    at = low.find(" when ", ref.end)
    at = at if at >= 0 else low.find(", where ", ref.end)
    if at < 0 or classify(low[:at])[0] is not None or classify(low[at:])[0] is None:
        return ref
    own = find_date(sentence[at:], published)
    if own is None or own.date is None or ref.date is None or own.date >= ref.date:
        return ref
    return replace(own, start=own.start + at, end=own.end + at)


# "One of the missiles hit a warehouse", "One missile struck the vessel": some of the
# weapons told just before
_SHARE_OF_TOLD_RE = re.compile(rf"^(?P<n>{NUM}) (?:of (?:the|them|those|these)\b|(?:missile|"
                               r"drone|rocket|shell|bomb|uav)s?\b)")


def _share_of_told(low: str, count: int | None) -> re.Match[str] | None:
    """ "One of the missiles hit a warehouse": some of the weapons of the claim before
    (a bare "one missile" only when that claim counted its weapons)."""
    m = _SHARE_OF_TOLD_RE.match(low)
    return m if m and (count or m.group().endswith(("the", "them", "those", "these"))) else None


# "The debris was discovered near Cosauti": the remains of what crossed, told on
_WRECK_TOLD_ON_RE = re.compile(r"^(?:the|its|their) (?:[\w-]+ )?(?:debris|wreckage|fragments|"
                               r"remains|drone|missile|object|rocket|uav)s? (?:was|were|had|"
                               r"has|have|fell|crashed|landed|came down)\b")

# "The attack happened on Friday evening": when the claim before took place
_WHEN_IT_HAPPENED_RE = re.compile(
    r"^(?:the|that|this) (?:[\w-]+ )?(?:attack|strike|shelling|bombardment|explosion|blast|"
    r"incident|airstrike)s? (?:happened|occurred|took place|was carried out)\b")

# soldiers killed where a war is fought, told with no war word (not in an accident)
_SOLDIERS_KILLED_RE = re.compile(
    r"\b(?:soldiers?|troops|servicem[ae]n|service members?|reservists?|fighters|militants|"
    r"officers?)\b(?![^.;]{0,80}\b(?:accident|crash|collision|training|exercise|drown|"
    r"heart|illness|natural causes)\w*)[^.;]{0,40}?\b(?:were|was|have been|had been)\s+killed\b"
    r"(?![^.;]{0,80}\b(?:accident|crash|collision|training|exercise)\b)")
_CAME_AS_RE = re.compile(r"^(?:the|that|this) (?:[\w-]+ ){1,2}?(?:came|comes) (?:as|amid|while|"
                         r"during|at a time)\b")
_HIT_BY_RE = re.compile(r"\b(?:was|were) (?:hit|struck) by\b")
_OVER_THE_REGION_RE = re.compile(r"\bover the (?:wider |whole |entire )?(?:region|oblast|"
                                 r"province)\b(?!\s+of\b)")
_REGION_ANAPHORA_RE = re.compile(r"\b(?:in|across|throughout) the (?:wider |whole |entire )?"
                                 r"(?:region|oblast|province)\b(?!\s+of\b)")
# "Some hit ...", "the remaining two hit ..." after a downing: those that got through
_REMNANT_RE = re.compile(r"(?:but |however,? |yet )?(?:some|several|others|the rest|a few|"
                         # ("The remaining two hit energy infrastructure": two of them)
                         r"(?:the (?:remaining|other) )?(?P<n>one|two|three|four|five|\d+)|"
                         r"a number)(?: of them)?\s+(?:hit|struck|landed|fell|got "
                         r"through|slammed|exploded|impacted)\b")
# "The shelling hit ...", "The strike hit ...": one attack (not "The strikes hit ...", some
# of several; nor a country-wide lead's, whose places are many)
_ONE_ATTACK_RE = re.compile(r"^the (?:(?:air|drone|missile) ?)?(?:attack|strike|shelling|"
                            r"airstrike|bombardment)\b")


def _place_fields(m: Mention) -> dict[str, Any]:
    """A report's place, as the mention resolved it."""
    place = m.resolution.best.place
    note = m.resolution.note
    at = _offset_point(note, place) if note and note.startswith(NEAR_NOTE) and (
        any(c.isdigit() for c in note)) and place.kind in SETTLEMENT_KINDS | {"site"} else None
    return {"place_name": place.name, "place_mention": m.text, "place_id": place.id,
            "place_kind": place.kind, "country": place.country,
            "admin1": place.admin1 if place.kind != "admin1" else place.name,
            "latitude": at[0] if at else place.latitude,
            "longitude": at[1] if at else place.longitude,
            "place_note": f"{note}; {at[2]} from it" if at else note}


def _suburb_of(city: Place, place: Place) -> bool:
    """ "Israeli jets struck Beirut's southern suburbs ... The strike hit a building in Haret
    Hreik": a smaller place within a city's reach is a part of the city's claim."""
    return city.kind in {"city", "town"} and place.kind in {"town", "village", "site"} and (
        place.id != city.id) and haversine_km(
        city.latitude, city.longitude, place.latitude, place.longitude) < 15


def _move_to(report: Report, m: Mention) -> None:
    """The claim before, at the place the next sentence names for it."""
    for name, value in _place_fields(m).items():
        setattr(report, name, value)
    report.extras["place_from"] = "next sentence"


def _refine_place(report: Report, m: Mention, ref: DateRef | None, gz: Gazetteer) -> bool:
    """Put the claim before at the place, inside its own, that the next sentence names
    for the same attack (and on the day that sentence gives)."""
    area = gz.place(report.place_id) if report.place_id else None
    if area is None or not (_contains(area, m.resolution.best.place) or _suburb_of(
            area, m.resolution.best.place)):
        return False
    _move_to(report, m)
    if ref is not None and ref.text and ref.precision not in {"publication", "unknown"}:
        report.event_date, report.date_precision, report.date_text = (
            ref.date, ref.precision, ref.text)
    return True


def extract(article: Article, gz: Gazetteer) -> list[Report]:
    """Every reported strike, shelling, interception, airspace violation or explosion
    in an article, one report per claim and place."""
    text = article.text
    published = dispatch_date(text, article.published)
    mentions = sorted(gz.find_places(text), key=lambda m: m.start)
    if "\u2014" in text or "\u2013" in text:
        mentions = [m for m in mentions if not _signature(m, mentions, text)]
    reports: list[Report] = []
    last_places: list[Mention] = []
    told_places: list[tuple[int, list[Mention], list[Report]]] = []  # each claim's places
    nation: Mention | None = None  # the country a counted attack told before was launched at
    last_date = None
    # the night the lead's "overnight, ... said on Wednesday" names: a bare "overnight"
    # further down is that night too, not the one before publication
    news_night: DateRef | None = None
    first_dated = True
    bare_night = find_date("overnight", published) if published else None
    last_who: str | None = None
    previous: list[Report] = []  # the reports of the sentence before, for figures after
    recent: list[Report] = []  # reports of the last two sentences, for casualty lists
    prev_military = False
    spans = list(sentences(text))
    quoted = _quoted_claimants(text, spans)
    lowtext = lower(text)
    starts = [m.start for m in mentions]
    home = _dateline_country(text, spans, mentions, gz)
    # the places the article is about, but the dateline's only if it names no other ("KYIV
    # (AFP) - A strike on Sumy ... the city centre": Sumy, where the reporter is not)
    head_end = spans[0][0] + _dateline_head(text, *spans[0]) if spans else 0
    about = [m for m in mentions if m.start >= head_end] or mentions
    units = [(a, b, hole, i, s, e) for i, (s, e) in enumerate(spans)
             for a, b, hole in _claim_clauses(text, lowtext, s, e, mentions, starts, gz)]
    names: dict[str, str] = {}
    unit_events: dict[int, str | None] = {}  # each part's event type, for the part after
    para_from = para_before = 0  # the first report of the paragraph being read (and before)
    lead_date = None  # the date of a scene-setting sentence just before a claim
    lead_places: list[Mention] = []  # ... and its places
    lead_arms = "unknown"  # ... and its weapon
    lead_who: str | None = None  # ... and who told of it
    # a toll told before its attack: (figures, place ids, date, source)
    lead_toll: _Told | None = None
    vague_arms: str | None = None  # the weapon of a country-wide lead that gave no report
    # ... and that lead's (type, weapon, source, country), for the harm told right after it
    vague_lead: tuple[str, str, str | None, str | None] | None = None
    # what a claim with no target launched, for the downed count after it, and for how
    # many more sentences it may serve
    launch: tuple[list[tuple[Figure, str]], int] | None = None
    launch_who: str | None = None  # who told the launch ("..., the Air Force said")
    for index, (start, end, hole, sent_no, quote_start, quote_end) in enumerate(units):
        scene, lead_date = lead_date, None  # it dates only the sentence right after it
        if launch is not None:
            launch = (launch[0], launch[1] - 1) if launch[1] > 1 else None
        scene_places, lead_places = lead_places, []
        scene_arms, lead_arms = lead_arms, "unknown"
        scene_who, lead_who = lead_who, None
        toll_scene, lead_toll = lead_toll, None
        vague_from, vague_lead = vague_lead, None
        body, lbody = text, lowtext
        if hole:  # "struck X in response to ..., killing four": the reason is blanked out
            gap = " " * (hole[1] - hole[0])
            body = text[:hole[0]] + gap + text[hole[1]:]
            lbody = lowtext[:hole[0]] + gap + lowtext[hole[1]:]
        head = _dateline_head(text, quote_start, quote_end)
        headed = quote_start  # (where the dateline starts, if any: "IDF: ..." is a source)
        if head:  # "Moscow, 31 December 2023 (dpa/MIA) - ...": the dateline is no claim,
            # nor part of the quote of any claim in its sentence
            start += head if quote_start == start else 0
            quote_start += head
        lead = _LEADING_CLAUSE_RE.match(lbody[start:end])
        core_start = start + (lead.end() if lead else 0)
        sentence = body[start:end]
        core = body[core_start:end]
        low = lbody[start:end]
        # "The attack damaged ...", or "In Kyiv, the attack damaged ...": the attack told
        the_attack, bare_arms = _the_attack_told(low)
        if "\n" in text[max(0, start - 2):start]:
            last_places = [] if text[max(0, start - 3):start].count("\n") > 1 else last_places
            para_before, para_from = para_from, len(reports)
        civil = _unwar(lbody[core_start:end])
        event, trigger_at = classify(civil)
        if event is None and "killed" in civil and _SOLDIERS_KILLED_RE.search(civil) and any(
                m.resolution.best.place.country in _FRONT_COUNTRIES
                for m in _between(mentions, starts, start, end)):
            # "Two Israeli soldiers were killed in the southern Gaza Strip": fighting
            event = "other_attack"
        elif event is None and previous and civil.startswith("of ") and " over " in civil and (
                _SHARE_OVER_RE.match(civil)) and all(
                r.event_type == "interception" for r in previous):
            event = "interception"  # (the downing's breakdown: below)
        elif event is None and civil[:1].isalnum() and _ELLIPTIC_SHARE_RE.match(civil) and (
                launch is not None or any(r.event_type == "strike" and r.count and (
                    r.weapon in _FROM_THE_AIR) for r in reports[-6:])):
            # "Russia launched 40 drones at Ukraine. Thirty were destroyed over the Kyiv
            # region": a share of what was launched, downed (not "Drones hit three houses.
            # Two were destroyed": no weapons counted)
            event = "interception"
        came_as = _CAME_AS_RE.match(civil) if the_attack and event and " came " in civil else None
        if came_as and classify(civil[came_as.end():])[0] is None:
            # "The attack came as Russian forces pressed an offensive in the Kharkiv region":
            # the attack told before, and the setting, no claim of its own
            event = None
        beside = _AS_BESIDE_RE.search(civil) if event and ", as " in civil else None
        if beside:  # "Drones hit Kyiv, killing two, as air defences worked to repel the
            # attack": what happened beside the claim is not its type
            main = classify(civil[:beside.start()])
            if main[0] not in {None, "explosion"}:
                event, trigger_at = main
        if event == "strike" and _MISSED_RE.search(civil):
            # "No ships were hit", "the tanker was not struck": how the attack told before
            # ended, no claim of its own (but "..., but no one was hurt" keeps the attack)
            event = classify(_MISSED_RE.sub(_blank, civil))[0]
        if event == "interception" and _WRECK_OF_DOWNED_RE.search(civil):
            # "launched a drone attack on Kyiv, killing three, as debris from downed drones
            # rained down": the attack is the claim; what was downed only its harm's cause
            event = classify(_WRECK_OF_DOWNED_RE.sub(_blank, civil))[0] or (
                # "Fragments of a downed Shahed landed on a building in Odesa, injuring
                # two": the harm the attack did, a strike (as "falling debris damaged a
                # school"), not only a downing
                "strike" if _WRECK_HARM_RE.search(civil) else event)
        if civil != low:  # the trigger's place in the whole sentence, for is_background
            event = event or classify(_unwar(low))[0]
            trigger_at = classify(low)[1]
            if event is None and _NOT_INTERCEPTED_RE.search(low) and _GOT_THROUGH_RE.search(
                    low):
                event = "strike"  # "failed to intercept two missiles over Kyiv"
        military = bool(_MILITARY_RE.search(civil) or _STATE_STRIKES_RE.search(civil) or (
            _REMNANTS_RE.search(civil)))
        if event == "interception" and _ground_assault(civil) and not (
                previous and _ATTACK_REPELLED_RE.search(civil) and all(
                    r.weapon in _FROM_THE_AIR for r in previous)):
            # ("Hezbollah attacked Metula with drones. The army said the attack was
            # repelled": how the attack from the air told before ended, a downing)
            event = "other_attack"  # "repelled 25 assaults near Pokrovsk": a ground attack
            if previous and _BACK_REF_RE.search(civil) and all(
                    r.event_type == "other_attack" for r in previous):
                event = None  # "... 85 attacks on the Pokrovsk front. Ukrainian forces
                # repelled all of them": how the assaults told before ended
        elif event == "strike" and _FRONT_ATTACKS_RE.search(civil) and (
                weapon(core, event) == "unknown"):
            event = "other_attack"
        elif event == "other_attack" and _AIR_RAID_RE.search(civil):
            event = "strike"  # "Israeli warplanes carried out a series of raids on Khiam"
        elif ((event == "strike" and (_GUNMEN_RE.search(civil) or _GROUND_ATTACK_RE.search(
                civil)) and not (
                "houthi" in civil or any_in(_SHIP_WORDS, civil))) or (event in {
                "strike", "explosion"} and _PLANTED_BOMB_RE.search(civil))) and weapon(
                core, event) == "unknown":
            # (not "Houthi rebels attacked a cargo ship": with missiles or drones, from afar)
            # "gunmen attacked a checkpoint", "a car bomb exploded": no strike from afar
            event = "other_attack"
        elif event == "strike" and any_in(_SHIP_WORDS, civil) and _BOARDING_PARTY_RE.search(
                civil) and weapon(core, event) == "unknown":
            event = "other_attack"  # "a vessel was fired upon by a small craft": gunfire
        if event == "shelling" and _DEPLOYED_RE.search(civil) and not _FIRED_RE.search(civil):
            event = None  # "Russia deployed Grad launchers near Kharkiv": guns, not fire
        elif event == "interception" and _AIR_POLICING_RE.search(civil) and not (
                _BROUGHT_DOWN_RE.search(civil)) and weapon(core, event) == "aircraft":
            event = None  # "NATO jets intercepted a Russian Il-20 over the Baltic": escorted
        if event in {"strike", "explosion"} and not (military or prev_military) and (
                _deadly_public_blast(civil)):
            event = "explosion"  # "an explosion hit a bus station, killing four"
        elif event in {"strike", "other_attack", "explosion"} and not (
                military or prev_military or (event == "explosion" and _heard_blast(civil))
                or (event == "strike" and _attack_on_a_front_city(
                    lbody, core_start, end, mentions, starts))):
            event = None  # a car "struck" a pedestrian; a storm "hit" the town
        debris = event in {None, "strike"} and bool(_FALLING_DEBRIS_RE.search(civil)) and (
            prev_military or bool(_AERIAL_RE.search(civil)))
        if debris:  # "A woman was injured when debris fell on a car": the attack's harm
            event = "strike"
        prev_military = military
        unit_events[index] = event
        in_sentence = _between(mentions, starts, core_start, end) or _between(
            mentions, starts, start, end)
        if hole:
            in_sentence = [m for m in in_sentence if not hole[0] <= m.start < hole[1]]
        short_of_border = False  # "intercepted before reaching Israeli territory"
        if event and " before " in low and (never := [
                (start + b.start(), start + b.end()) for b in _NOT_ENTERED_RE.finditer(low)]):
            # ("shot down over Ukraine before they could reach Polish airspace": not Poland's)
            in_sentence = [m for m in in_sentence if not any(a <= m.start < b for a, b in never)]
            short_of_border = True
        verdict = _VERDICT_RE.match(civil) if event and civil.startswith(
            ("it ", "this ", "that ")) else None
        if verdict and (verdict.group().endswith("time") or classify(
                civil[verdict.end():])[0] is None):
            event = None  # (but "It was the second attack on Sumy this week, after a
            # missile strike on Monday killed four" tells that strike; "It was the third
            # time this week that drones struck the city" counts the one told before)
        if event and not in_sentence and _BLAME_RE.search(low):
            event = None  # "Officials say the attack bears the hallmarks of the PKK": who did
            # the attack told before, no claim of its own
        who = claimant(sentence)
        if who is None and sent_no in quoted:
            who = (quoted[sent_no], -1, -1)  # said after the quotation closes
        if who is None and headed < quote_start:
            feed = _feed_source(text[headed:quote_end])  # "IDF: Hezbollah launched ..."
            who = (feed[0], -1, -1) if feed else None
        if who is None and (start, end) != (quote_start, quote_end):
            whole = claimant(text[quote_start:quote_end])  # one speaker for every part
            # (but not "..., the ministry said, as Hezbollah fired rockets": the reporter's)
            who = (whole[0], -1, -1) if whole and not (
                quote_start + whole[2] <= start and _AS_PART_RE.search(
                    lowtext, quote_start, start)) else None
        if who is not None and who[1] >= 0 and _CREW_RE.match(who[0]):
            # "The master reported an explosion near the vessel": the crew tell the agency
            # whose notice relays it (", UKMTO said", or UKMTO named before), its source
            outer = claimant(sentence[who[2]:])
            agency = _MARITIME_AGENCY_RE.search(text, 0, start) if outer is None else None
            if outer is not None and not _CREW_RE.match(outer[0]):
                who = (outer[0], outer[1] + who[2], outer[2] + who[2])
            elif agency is not None:
                who = (agency.group(), -1, -1)
        if who is None and ":" in sentence[:24] and (head := _SURNAME_HEAD_RE.match(sentence)) \
                and not any(m.start == start for m in in_sentence) and " " in _expand_name(
                    head[1], text, names):
            # "Gladkov: A drone attacked a car in Shebekino": a live feed's line, by the
            # speaker the article named in full ("Belgorod Governor Vyacheslav Gladkov")
            who = (head[1], head.start(1), head.end(1))
        signed = False
        if who is None and ("\u2014" in sentence or "\u2013" in sentence):
            who = _signed(sentence, start, mentions)  # "... — Syniehubov"
            signed = who is not None
        if who is None and event is None and "," in sentence:
            line = sentence.strip().lstrip("—– ")  # ("... — Vadym Filashkin, head of ...")
            byline = _NAME_AND_OFFICE_RE.fullmatch(line)
            if byline and _role_words(byline["role"]):
                # "... 1 man injured. Serhii Lysak, head of the Dnipropetrovsk OVA.": the
                # post's signature, a name and its office on a line of their own
                who, signed = (line.rstrip("."), -1, -1), True
        if who and not _PRONOUN_RE.match(who[0]):
            last_who = _expand_name(who[0], text, names)
        elif who and last_who is None and who[0][:4].lower() == "the ":
            last_who = who[0]  # ("..., the mayor said. ..., he said": the mayor)
        if who and event is None and (signed or (sentence[:1] == "(" and (
                _SOURCE_NOTE_RE.fullmatch(sentence)))):
            # "... in Antonivka. The driver was injured. (Kherson OVA)": the note's source
            # (and "... Stay in shelters! — Fedorov": the post's signature)
            # (a signature on a line of its own signs the paragraph above it)
            lone = signed and para_from == len(reports) and "\n" in text[max(0, start - 2):start]
            for report in reports[para_before if lone else para_from:]:
                report.claimed_by = report.claimed_by or who[0]
        went_on = False  # a toll that completes the claim before: that claim goes on
        from_vague = False  # the harm of a country-wide lead that gave no claim
        told_by = _told_by(sentence, low) if event is None and previous else None
        if told_by is None and event is None and previous and who and not signed and all(
                r.claimed_by is None for r in previous) and not _PRONOUN_RE.match(who[0]) and (
                _AFTERMATH_RE.search(low)) and _within(in_sentence, previous, gz, region=True):
            # "The enemy attacked Sumy with Shahed drones. Damage to an infrastructure
            # facility was recorded, the city administration reported.": the account of the
            # attack's harm is the attack's source too
            told_by = who[0]
        if told_by:  # "Shelling hit Nikopol. The regional administration reported it."
            for report in previous:
                if report.claimed_by is None:
                    report.claimed_by = told_by
                    report.extras["claimed_by_from"] = "next sentence"
            went_on = True
        tally = event is None and bool(  # not this attack's
            _WAR_TALLY_RE.search(low) or _TOTALS_RE.search(low))
        # "A man was killed in Kupiansk-Vuzlovyi. Four people were injured in the oblast.":
        # the wider region's toll, not the town's
        wider = event is None and recent and not in_sentence and recent[-1].place_kind in (
            SETTLEMENT_KINDS) and bool(_REGION_ANAPHORA_RE.search(low))
        if event is None and previous and not tally and not wider and _names_only_its_speaker(
                in_sentence, who, start) and not is_background(sentence, 0):
            named = None if who is None or _PRONOUN_RE.match(who[0]) else _expand_name(
                who[0], text, names)
            figures = killed_injured(sentence)
            completed = _complete_figures(previous, figures, named)
            if completed and named:
                _sourced_back(reports[para_from:], named)
            elif named and " the " in low and _REPORTED_IT_RE.search(low):
                # "... killing a civilian woman. The Russian-installed mayor reported the
                # casualty.": who told the claim before (as "confirmed the attack" does)
                for report in previous:
                    _told_on(report, named, figures)
                completed = True
            went_on = completed or went_on
            lost = _lost_to_jamming(low)
            if lost is not None and all(r.event_type == "interception" for r in previous):
                for report in previous:  # 'Another 9 drones were "locationally lost"'
                    report.extras.setdefault("lost_count", lost)
        if event in {None, "airspace_violation"} and in_sentence and len(previous) == 1 and (
                previous[0].event_type == "airspace_violation") and (
                previous[0].place_kind in {"airspace", "country"}) and _WRECK_TOLD_ON_RE.match(low):
            # "Fragments of a drone were found on Moldovan territory, the ministry said. The
            # debris was discovered in a field near the village of Cosauti": where, told on
            own = [m for m in event_places(in_sentence, body, start, end, (who[1], who[2]) if (
                who and who[1] >= 0) else None) if m.resolution.best.place.kind in (
                SETTLEMENT_KINDS | {"admin1", "admin2", "region"}) and (
                m.resolution.best.place.country == previous[0].country)]
            if len(own) == 1:
                _move_to(previous[0], own[0])
                went_on = True
                if event is not None:  # ("The drone crashed near Plauru": the same one)
                    continue
        if event is None and len(previous) == 1 and _TOLL_UPDATE_RE.possible(low) and all(
                m.resolution.best.place.id == previous[0].place_id for m in in_sentence
        ) and not tally:
            # "A missile strike on Dnipro killed four. The death toll has since risen to
            # seven, the governor said on Sunday": a new claim on the same attack
            update = _toll_update(previous[0], killed_injured(sentence), low, who)
            if update is not None:
                update.quote, update.quote_start, update.quote_end = (
                    text[quote_start:quote_end], quote_start, quote_end)
                reports.append(update)
                previous = [update]
                continue
        if event is None and recent and recent[-1].event_type in _ANOTHER_KINDS and (
                "other" in low) and _ANOTHER_CAME_DOWN_RE.search(low) and _below_country(
                in_sentence):
            # "A drone crashed near Plauru, while another fell in Moldova near Etulia"
            event, inherited_event = recent[-1].event_type, recent[-1]
        elif (event is None and recent and recent[-1].event_type in {
                "strike", "shelling", "interception"}
                and (wider or any(m.resolution.best.place.kind not in {"country", "continent"}
                        and not _names_only_its_speaker([m], who, start) and (
                            recent[-1].event_type != "interception"
                            or m.resolution.best.place.country == recent[-1].country)
                        for m in in_sentence))
                and _harm_told(low)):
            # ("... have been killed in the clashes since Saturday": a running tally)
            # "Deaths were reported in Dnipro, Kharkiv and Lviv": the same attack as the
            # sentence before, now with its places ("17 drones were downed over the
            # Belgorod region. A woman was injured in Razumnoye": the harm the attack did
            # there, a strike with the weapon downed)
            event = "strike" if recent[-1].event_type == "interception" else (
                recent[-1].event_type)
            inherited_event = recent[-1]
        elif event is None and not recent and vague_from is not None and _in_lead_country(
                in_sentence, vague_from[3], who, start) and _harm_told(low):
            # "Russian missiles and drones struck Ukraine overnight, officials said. Two
            # people were killed in Lutsk.": the harm, in one town, of the attack on the
            # whole country told just before (which gave no claim of its own; such a lead
            # is never a downing)
            event, inherited_event, from_vague = vague_from[0], None, True
        elif vague_from is not None and event == vague_from[0] and not recent and (
                _in_lead_country(in_sentence, vague_from[3], who, start)):
            # "... struck Ukraine overnight. Lutsk was the hardest hit.": the same attack
            inherited_event, from_vague = None, True
        elif event == "strike" and previous and previous[0].event_type == "interception" and (
                _REMNANT_RE.match(low)):
            # "About 180 missiles were launched, most of which were intercepted. Some hit
            # central and southern Israel": those that got through, of that launch
            inherited_event = previous[0]
        else:
            inherited_event = None
        if (event is None or is_background(sentence, trigger_at)
                or _CAPTION_RE.search(low) or _is_title(sentence, article)
                or _is_dateline(sentence)):
            if in_sentence:
                # ("Donetsk Oblast." on its own line, as regional feeds head their news:
                # the place of what follows)
                last_places = _heading_place(sentence, start, in_sentence) if (
                    event is None and len(in_sentence) == 1 and len(sentence) < 60) else []
            previous = previous if went_on else []
            recent = recent[-1:] if recent else []
            # "Sirens sounded in Kyiv early on Thursday as missiles approached. All were
            # shot down.": the scene's date, places and weapon are the next claim's
            if event is None and military and not is_background(sentence, 0):
                lead_date = find_date(sentence, published)
                if _SCENE_RE.search(low):
                    lead_places = event_places(in_sentence, body, start, end, None) if (
                        in_sentence) else []
                    if not lead_places and in_sentence and "siren" in low:
                        # "Sirens sounded in Kiryat Shmona after a rocket was launched from
                        # Lebanon": where the alert sounded (not where it came from)
                        lead_places = _siren_places(in_sentence, sentence, start)
                    if in_sentence and all(m.resolution.best.place.kind == "country"
                                           for m in lead_places):
                        # ("an incident 70NM west of Hodeidah, Yemen": near the town)
                        lead_places = reference_places(in_sentence, body, start) or lead_places
                    lead_arms = weapon(core, "strike")
            if event is None and in_sentence and (any_in(_KILLED_HINT, low) or any_in(
                    _INJURED_HINT, low)) and not _MODAL_RE.search(low) and (
                    " since " not in low) and not is_background(sentence, 0):
                # "Two people were killed in Kharkiv on Monday. Russian missiles hit the
                # city's ... district.": the toll of the attack told next
                tolls = killed_injured(sentence)
                if tolls["killed"] or tolls["injured"]:
                    lead_toll = (tolls, {m.resolution.best.place.id for m in in_sentence},
                                 find_date(sentence, published), who[0] if who else None)
            continue
        who_span = (who[1], who[2]) if who else None
        places = event_places(in_sentence, body, start, end, who_span)
        if " as " in low and len(in_sentence) > 1 and (cut := _meanwhile_cut(low)):
            # "Polish authorities closed the airspace over Rzeszow on Friday as Russia
            # attacked western Ukraine": an attack on Ukraine, not on Rzeszow
            # (but not "two were killed in Przewodow as Russia attacked Ukraine": the harm
            # was there; nor "air defences were active over Kyiv as drones attacked
            # Ukraine": the city is in the country the clause names, and more precise)
            after = [m for m in in_sentence if m.start >= start + cut]
            before = [m.resolution.best.place for m in in_sentence if m.start < start + cut]
            if after and before and not any(
                    _contains(m.resolution.best.place, p) for m in after for p in before) and not (
                    _CASUALTY_RE.search(low[:cut]) or _WRECK_OR_DAMAGE_RE.search(low[:cut])):
                # (only when the clause has a place of the event: "..., as Turkey and
                # activists accused the regime of heavy shelling" names only who told it)
                places = event_places(after, body, start, end, who_span) or places
        if event == "interception" and places and "over the" in low and (
                over := _OVER_THE_REGION_RE.search(low)) and all(
                m.end - start <= over.start() for m in places) and re.search(
                    _DOWN_VERBS, low[max(m.end for m in places) - start:over.start()]):
            # "Air defences were active over Odesa, adding that six drones were destroyed
            # over the region": the city's region, as in the sentence after (not "six
            # were destroyed over Odesa, and two more over the region": Odesa's own)
            places = _regions_of(places, over[0], gz)
        if who_span and places:
            places = _in_speakers_region(places, in_sentence, start, who_span, sentence, gz)
            speakers_own = all(who_span[0] <= m.start - start < who_span[1] for m in places)
            if speakers_own and last_places and previous and " the " in low and all(
                    _home_of(m.resolution.best.place, r) for m in places for r in previous
            ) and _THE_SITE_RE.search(low):
                # "... the Tuapse refinery in Russia's Krasnodar region. Krasnodar officials
                # said a fire broke out at the refinery": the site told, in the officials'
                # region, not their city
                places = []
            elif speakers_own and _REGIONAL_OFFICE_RE.search(
                    sentence, who_span[0], who_span[1]) and not (
                    # ("... had fired on the centre of the regional capital of the same name")
                    _CITY_TOLD_RE.search(low, who_span[1])):
                # "Belgorod Governor Vyacheslav Gladkov said shelling damaged ten homes":
                # the governor's region stands in, not the city it is named after
                places = [_region_named(m, gz) for m in places]
        if event == "airspace_violation" and _IN_THE_WATER_RE.search(low) and (
                _A_SHIP_RE.search(low)):
            # "A missile landed in the water near a merchant vessel": an attack on the ship
            # that missed, not a weapon astray over a neighbour
            event = "strike"
        if event == "interception" and len(places) > 1 and (
                " at " in low or " for " in low or "toward" in low or "target" in low):
            # (the target named as well as where the weapon was downed)
            places = _where_it_came_down(places, in_sentence, text, downed=True)
        if event == "airspace_violation":
            if "fell" in low or "land" in low or "crash" in low or "came down" in low:
                places = _where_it_came_down(places, in_sentence, text)
            specific = [m for m in places if m.resolution.best.place.kind not in {
                "country", "airspace"}]
            # ("drones were observed over Oslo airport, which closed its airspace": Oslo)
            # (nor "violated Moldovan airspace and fell near Ceadir-Lunga": where it fell)
            explicit = ("space" in low or "skies" in low) and not (
                specific and (_SIGHTED_RE.search(low) or _CAME_DOWN_RE.search(low)))
            alerted = scene_places or (_siren_places(in_sentence, sentence, start) if (
                not places and "siren" in low) else [])
            if not explicit and not places and alerted and all(
                    m.resolution.best.place.country in WAR_COUNTRIES for m in alerted):
                # "Sirens sounded in Kiryat Shmona. A rocket fell in an open area.": the
                # end of an attack where the war is fought, at the alert's place (also
                # "Sirens sounded in Kiryat Shmona after two projectiles ... fell")
                event = classify(_unwar(low), skip="airspace_violation")[0] or "strike"
                places = places or ([] if scene_places else alerted)
            elif explicit or not specific:
                air = airspace_of(in_sentence, who[0] if who else None, gz, text, sentence)
                if not explicit and (air.resolution.best.place.country in WAR_COUNTRIES if air
                                     else bool(previous) and all(
                                         r.country in WAR_COUNTRIES for r in previous)):
                    # ("A drone attack on Kursk damaged a building. Fragments of a downed
                    # drone fell on the roof.": the attack told before, where the war is)
                    # "The Israeli military said the drone fell in an open area": how an
                    # attack told before ended, where the war is fought; no violation (but
                    # "two drones were intercepted and one fell in an open area" tells of
                    # the downing)
                    event = classify(_unwar(low), skip="airspace_violation")[0]
                    if event is None:
                        continue
                else:
                    places = [air] if air else places
            elif all(m.resolution.best.place.country in WAR_COUNTRIES for m in specific):
                # Debris or a crash where the war is fought is part of an attack, not a
                # violation of a neighbour's airspace; a drone only seen there is neither
                # (debris that hit a house there is the attack's harm: a strike).
                event = "strike" if _DEBRIS_HIT_RE.search(low) else classify(
                    _unwar(low), skip="airspace_violation")[0] or (
                    None if _SIGHTED_RE.search(low) or _FLEW_IN_FROM_RE.search(low) else "strike")
                if event is None:
                    continue
                places = specific
            else:
                places = specific
                air = airspace_of(in_sentence, who[0] if who else None, gz, text,
                                  sentence) if len(
                    specific) == 1 and "space" in low and " of " in low else None
                own = _OWN_AIRSPACE_RE.search(low) if air else None
                if air and own and not (air.start <= start + own.start() < air.end):
                    # ("the ministry reported that two drones crossed into the country's
                    # airspace, one of which fell near Ocnita": counted where it is told)
                    air = Mention(start + own.start(), start + own.end(), air.text,
                                  air.resolution)
                fell = _per_place_counts(sentence, [air, *specific], start) if air and (
                    air.start < specific[0].start) else None
                if fell and len(fell) == 2 and (
                        fell[air.resolution.best.place.id].value or 0) > (
                        fell[specific[0].resolution.best.place.id].value or 0):
                    # "Four drones violated Moldovan airspace, two of which crashed near
                    # Cahul": the four in the airspace, and the two where they came down
                    places = [air, *specific]
        inherited: bool | str = False
        barrage: Report | None = None  # the attack on a whole country a share was of
        if not places or all(m.resolution.best.place.kind == "country" for m in places):
            # "15 nautical miles west of Mokha, Yemen": near the town, not just the country
            places = reference_places(in_sentence, body, start) or places
        if " capital" in low and all(m.resolution.best.place.kind == "country"
                                     for m in places):
            # "the Iranian capital", "Russia's capital": the capital, not the country
            city = _capital_named(sentence, start, gz)
            places = [m for m in places if not (
                city[0].start <= m.start < city[0].end)] + city if city else places
        if ("largest" in low or "biggest" in low or "second city" in low) and all(
                m.resolution.best.place.kind == "country" for m in places):
            # "KHARKIV, Ukraine (AP) - Russia pounded Ukraine's second-largest city"
            city = _largest_named(sentence, start, gz)
            places = [m for m in places if not (
                city[0].start <= m.start < city[0].end)] + city if city else places
        capital = not places and "the capital" in low and not _CAPITAL_OF_RE.search(low)
        if capital:  # "missiles targeting the capital": the capital, not the last place
            places = _anaphora(sentence, about, gz, start)
            inherited = "article" if places else False
        sibling = index > 0 and units[index - 1][3] == sent_no and (
            unit_events.get(index - 1) not in {event, None})
        # ("it said": the speaker named before)
        speaker = (_named_again(who[0], last_who) if _PRONOUN_RE.match(who[0]) else who[0]
                   ) if who else None
        # "According to Ukraine's Air Force, Russia launched 142 drones ... Air defences
        # shot down 108 of them": the launch's speaker tells the downed count too
        launch_told = speaker is None and event == "interception" and launch is not None and (
            (launch_who or last_who) is not None and ((_BACK_REF_RE.search(low) or (
                _OF_THE_ARMS_RE.search(low))) is not None or _downed_of_launch(
                sentence, launch[0])))
        speaker = (launch_who or last_who) if launch_told else speaker
        defender = _defender(sentence) if event == "interception" else None
        # (but "explosions were heard in Sevastopol; ... air defences repelled an attack":
        # the blasts heard were the defence, over the place told)
        elsewhere = sibling and event == "interception" and bool(last_places) and (
            unit_events.get(index - 1) != "explosion") and (
            _defended_elsewhere(last_places, defender.group(0) if defender else speaker, gz))
        # (and one downed short of the border is not over the target told before it)
        elsewhere = elsewhere or (short_of_border and event == "interception")
        if not elsewhere and not places and event == "interception" and speaker and (
                not launch_told) and "launch" in low and previous and all(
                r.event_type != "interception" and r.claimed_by not in {None, speaker}
                for r in previous):
            # "A drone attack on Sumy wounded two, the regional administration said.
            # Ukraine's air force said it shot down 37 of the 52 drones launched overnight":
            # another speaker's tally of a launch on the whole country, not over Sumy
            elsewhere = bool(_speaker_country(speaker, gz))
        if not elsewhere and not places and event == "interception" and last_places and (
                in_sentence) and all(_FROM_BEFORE_RE.search(lower(
                    text[max(0, m.start - 24):m.start])) for m in in_sentence) and {
                m.resolution.best.place.country for m in last_places} <= {
                m.resolution.best.place.country for m in in_sentence}:
            # "Israeli jets struck Hebbariyeh. About 20 rockets were fired from Lebanon, some
            # of which were intercepted": not over the town of the land they came from
            elsewhere = True
        if not places and last_places and _MANY_REGIONS_RE.search(low):
            # "Drones hit the Ryazan refinery. The ministry said it destroyed 121 drones over
            # 14 regions": somewhere over the country, not over the refinery
            elsewhere = True
        if not places and last_places and event in {"strike", "shelling"} and (
                targets := _target_country(sentence, low, start, gz)) and all(
                m.resolution.best.place.country != targets[0].resolution.best.place.country
                for m in last_places):
            # "Debris was found in Tulcea county after a Russian attack on Ukrainian ports":
            # the targets' country, not the place of the clause before
            places = targets
        if not places and last_places and not sibling and who and told_places and (
                event in {"strike", "shelling"}) and _HARM_WHO_RE.search(who[0]) and (
                speaker_home := _speaker_country(who[0], gz)) and all(
                m.resolution.best.place.country != speaker_home[0].resolution.best.place.country
                for m in last_places):
            # "Israel struck Nabatieh, hours after rockets wounded two in Kiryat Shmona.
            # Lebanese state media said three were killed in the strike": the harm a
            # country's own medics or media tell is in that country (not the attacker's
            # army: "Israel's military said the strike killed three fighters")
            places, told_reports = next(((p, r) for no, p, r in reversed(told_places) if no == (
                told_places[-1][0]) and {m.resolution.best.place.country for m in p} == {
                    speaker_home[0].resolution.best.place.country}), ([], previous))
            inherited, previous = (True, told_reports) if places else (inherited, previous)
        if not places and last_places and event == "interception" and not elsewhere and (
                not sibling) and _COUNTED_LAUNCH_RE.search(low) and any(
                m.resolution.best.place.kind != "country" for m in last_places):
            # "A drone hit a house in Odesa. Russia launched 112 drones, the air force said,
            # adding that 90 were downed": over the country the launch was at
            country = _country_of(last_places[0], gz) if len({
                m.resolution.best.place.country for m in last_places}) == 1 else None
            places, inherited = ([country], True) if country else (places, inherited)
            elsewhere = True
        if not places and last_places and event == "strike" and (
                _COUNTED_LAUNCH_RE.search(low)) and any(
                m.resolution.best.place.kind != "country" for m in last_places):
            # "A man was killed in Nikopol, the regional head said. Ukraine's air force said
            # Russia launched 56 drones overnight": the night's launch on the whole country
            # (its count told for what is downed next), not an attack on Nikopol; what is
            # downed next is downed over the country too
            last_places = []
        if not places and last_places and not capital and not elsewhere:
            # (but "struck launchers in Khiam, and 35 rockets crossed from Lebanon, most of
            # which were intercepted": not over Khiam; over the speaker's country below)
            places, inherited = last_places, "previous clause" if sibling else True
            places = _regions_of(places, low, gz)
            if event == "interception" and nation is not None:
                # "Russia attacked Ukraine with 58 drones, damaging energy facilities in the
                # Lviv region. The air force said it destroyed 41": over the whole country
                places = [nation]
            elif event == "interception" and len(places) == 1 and (
                    _SHARE_DOWNED_RE.possible(low) or _BACK_REF_RE.possible(low)) and (
                    barrage := _barrage_at(places[0], reports, previous)) and (
                    _SHARE_DOWNED_RE.search(low) or _BACK_REF_RE.search(low)):
                # "Iran launched a wave of missiles at Israel. One hit Bat Yam. The military
                # said most of the missiles were intercepted": most of the wave, over Israel
                places = [m for m in [_country_of(places[0], gz)] if m is not None] or places
        from_scene = not places and bool(scene_places)
        if from_scene:  # "An incident was reported 70 nm west of ..."
            places, inherited = scene_places, True
        if not places and not capital and reports:
            places = _unknown_named(sentence, start, reports[-1], gz)
        if not places and not capital:
            places = _anaphora(sentence, about, gz, start)
            inherited = "article" if places else False
        if not places and event == "interception" and speaker:
            # "...downed 55 drones, the Ukrainian air force said": over the speaker's
            # country, at country precision
            places = _speaker_country(speaker, gz)
        if defender and not places:
            # "Ukrainian forces shot down 12 of 15 drones, the air force said"
            places = _speaker_country(defender.group(0), gz, note="over the defenders' "
                                      "country")
        if event == "interception" and speaker and _OWN_TERRITORY_RE.search(low):
            # "Belarus said it shot down drones over its territory": the speaker's country
            own = _speaker_country(speaker, gz, note="over its own territory")
            if own and own[0].resolution.best.place.country not in {
                    m.resolution.best.place.country for m in places}:
                places = own
        prepared = _PREPARED_RE.search(low) if event == "interception" else None
        if prepared:  # "destroyed missiles prepared to launch from Yemen": a strike there
            event = "strike"
            places = [m for m in in_sentence if m.start == start + prepared.end()] or places
        if not places and home is not None and (event == "interception" or any(
                f.value for f in projectile_counts(sentence))) and all(
                m.resolution.best.place.country != home.best.place.country for m in in_sentence):
            # "KYIV, Ukraine (AP) — Russia launched 94 drones overnight, the air force
            # said": no target named but the country the dispatch comes from, at war
            places = [Mention(start, start, home.query, replace(
                home, note=f"{_NO_PLACE}; the dateline's country ({home.query})"))]
            inherited = "dateline"
        if not places and event == "strike" and speaker and _ENEMY_ATTACKED_RE.search(low) and (
                any(f.value for f in projectile_counts(sentence))):
            # "Overnight, the enemy attacked with 87 attack UAVs from the directions of Kursk
            # and Millerovo, the Ukrainian Air Force said": the enemy's target is the
            # speaker's own country
            places = _speaker_country(speaker, gz, note="the enemy attacked")
        if not places and elsewhere and not in_sentence and len({
                m.resolution.best.place.country for m in last_places}) == 1:
            # "Russian missiles hit Kyiv, the air force said, adding that most of them were
            # intercepted": somewhere over the country that was hit, not over Kyiv (but
            # "35 rockets crossed from Lebanon" names where they came from, not where
            # they were shot down)
            country = _country_of(last_places[0], gz)
            places, inherited = ([country], "previous clause") if country else (
                places, inherited)
        if not places and event in {"strike", "shelling"}:
            # "Thai jets bombed Cambodian military targets": the targets' country
            places = _target_country(sentence, low, start, gz)
        if not places:  # "the southern Lebanese town of Houmine", a town the index lacks
            places = _unknown_town_country(sentence, low, start, gz)
        places = [_area_like_city(m, lowtext, gz) for m in places]
        if event == "interception" and len(places) > 1 and any(
                m.resolution.best.place.kind == "admin1" for m in places):
            places = _listed_with_regions(places, lowtext, gz)
        if not places and event == "interception" and in_sentence and "siren" in low:
            # "Sirens sounded in Kiryat Shmona as two projectiles crossed from Lebanon; one
            # was intercepted": downed where the alert sounded, where the war is fought
            places = [m for m in _siren_places(in_sentence, sentence, start)
                      if m.resolution.best.place.country in WAR_COUNTRIES]
        if not places:  # ("attacked with 40 drones from the Kursk region": no target named)
            # (a lead with no place named, "Russian missiles hit six regions overnight",
            # dates the details that follow; a later one may be another event)
            told = find_date(sentence, published) if in_sentence or not reports else None
            last_date = told if told is not None and told.text and (
                in_sentence or told.precision in {"day", "night"}) else last_date
            fired = projectile_counts(sentence) if event != "interception" else []
            if fired and fired[0].value:  # "... 35 were shot down": how many were launched
                arms = weapon(core, "strike")  # (each figure's own weapon where it names one)
                launch = ([(f, kind if kind != "unknown" else arms) for f in fired if f.value
                           for kind in (weapon(f.what, "strike"),)], 3)
                launch_who = speaker
                previous = []  # ("Of those, 30 were shot down": of the launch, not the
                # claim before it)
            if in_sentence and "siren" in low:
                # "Sirens sounded in Kiryat Shmona after a rocket was launched from Lebanon.
                # The rocket fell in an open area.": the alert's place is the scene of
                # what the next sentence tells of the rocket
                lead_places = _siren_places(in_sentence, sentence, start)
                lead_arms = weapon(core, "strike")
                lead_who = speaker
            continue
        whole = lbody[quote_start:quote_end]
        came = _CAME_AFTER_RE.search(whole) if " after " in whole else None
        if came is not None and end < quote_start + came.end():
            came = None  # ("The strike on the hospital came": the attack told before)
        after = [m for m in places if m.start >= quote_start + came.end()] if came else []
        if came and (after or classify(whole[:came.start()])[0] is None):
            # "The strike on the hospital came two days after an attack on Kostiantynivka",
            # "It comes a week after a strike on the city killed 12": the claim is the one
            # after "after", and it happened that much earlier
            places = after or places
            ref = _dated_before(body, came, quote_start, start, end, published, last_date)
        else:  # ("The blast came a day after the U.S. military said ...": the blast's day)
            ref = find_date(body[start:quote_start + came.start()] if came else sentence,
                            published)
            if ref is not None and not came and (" when " in low or ", where " in low):
                ref = _when_dated(sentence, low, ref, published)
            came = None
        if ref is not None and _SINCE_BEFORE_RE.search(low, 0, ref.start):
            ref = None  # "since 24 February 2022" dates the background, not the claim
        if ref is None and _TOTALS_RE.search(low):
            continue  # "more than 10,000 drones this year": a tally, not an event
        if ((ref.precision in {"month", "year"}) if ref else " since " in low) and (
                "have killed" in low or "has killed" in low) and _RUNNING_TOLL_RE.search(low):
            continue  # "Russian attacks have killed 100 people in the region this month"
        if ref is None and published is not None and ("in 20" in low or "in 19" in low) and any(
                int(y) < published.year for y in _IN_YEAR_RE.findall(low)):
            continue  # "In 2022, Russian forces shelled the plant repeatedly": history, a
            # year with no day (a dated row of a database's export has its day)
        if ref is None and scene is not None and scene.date is not None:
            ref = replace(scene, text=None)
        if ref is None and last_date is not None:
            ref = replace(last_date, text=None)
        if ref is None:  # "Between 11pm and 3am Moscow time, ...": a time and no day
            ref = clock_date(sentence, published)
        if ref is not None and ref.text is not None and came is None:
            bare = ref.precision == "night" and bool(_BARE_NIGHT_RE.fullmatch(lower(ref.text)))
            if first_dated and bare and bare_night is not None and (
                    ref.date != bare_night.date):
                news_night = ref  # ("overnight, ... said on Wednesday": the statement's day)
            elif news_night is not None and bare and bare_night is not None and (
                    ref.date == bare_night.date):
                ref = replace(ref, date=news_night.date)
            first_dated = False
            last_date = ref
        toll_who = None
        if who is not None and who[1] >= 0 and ("according to" in low or ";" in sentence):
            split = _toll_told_by_another(sentence, low, who)
            if split:  # "X said it fired ..., killing four, according to Y": X's claim,
                who, toll_who = split  # Y's toll
        who_text = who[0] if who else None
        disputed = disputed_by(sentence) if _DISPUTED_RE.possible(low) else None
        if who_text and _PRONOUN_RE.match(who_text):
            who_text = _group_named(_named_again(who_text, last_who), sentence, gz)
        elif who_text:
            who_text = _expand_name(who_text, text, names)
        if inherited_event is not None and who_text and not disputed:
            # "Drones attacked Kharkiv overnight. A man was killed in Korotych, the governor
            # said.": whoever tells the attack's harm told the attack
            _sourced_back(reports[para_from:], who_text)
        refers_back = bool(_BACK_REF_RE.search(low)) or (  # "36 of them"
            event == "interception" and bool(_ELLIPTIC_SHARE_RE.match(lbody, core_start))
            and bool(previous) and "\n" not in text[previous[0].quote_end:start])
        back = bool(previous) and refers_back
        claim_from = None
        went_on_from: Report | None = None  # the claim this sentence tells more of
        if who_text is None and launch_told:
            # ("Russian attacks killed four, regional authorities said. Russia launched 27
            # drones, the Air Force said. Air defence downed 22": the launch's speaker, not
            # the claim's before it)
            who_text, claim_from = speaker, "previous sentence"
        elif who_text is None and (inherited or back or (
                (inherited_event or debris or (event == "interception" and (all(
                    r.event_type != "interception" for r in previous) or (
                    # ("destroyed 16 drones over Russian regions, the ministry said.
                    # Eight were downed over the Belgorod region": its breakdown)
                    bool(previous) and "\n" not in text[previous[0].quote_end:start]))))
                and _within(places, previous, gz, region=(
                    # ("Drones attacked Odesa, the governor said. Three were shot down over
                    # the Odesa region": the downing in the city's region, his account)
                    inherited_event is not None or event == "interception") and (
                    bool(previous) and "\n" not in text[previous[0].quote_end:start]))) or (
                _in_region_told(places, previous, event, text[previous[0].quote_end:start], gz)
                if previous and places and (ref is None or ref.text is None) else False)) and (
                previous and previous[0].claimed_by):
            # "..., CENTCOM said. One missile struck the vessel.": the account goes on
            # ("Air defences engaged targets over Kyiv, the administration said. Debris fell
            # in the Darnytskyi district, injuring two": the downing's harm, its account)
            # (and "The air force said Russia attacked Ukraine with 47 drones. Air defences
            # shot down 40 over the Kharkiv region": the same speaker's count of the downed)
            # (and "... dropped 14 bombs on the Sumy region, the administration said. The
            # Krasnopillia and Myropillia communities came under fire": places in that region)
            who_text, claim_from = previous[0].claimed_by, "previous sentence"
        elif who_text is None and event == "airspace_violation" and previous and places and (
                previous[0].claimed_by) and "\n" not in text[previous[0].quote_end:start] and (
                _of_speakers_country(previous[0].claimed_by, places, gz)):
            # "..., Poland's Operational Command said. A Russian cruise missile briefly
            # entered Polish airspace": the speaker's own airspace, the same account
            who_text, claim_from = previous[0].claimed_by, "previous sentence"
        elif who_text is None and from_scene and scene_who:
            # "The Home Front Command said sirens sounded in Kiryat Shmona after a rocket
            # was launched from Lebanon. The rocket fell in an open area."
            who_text, claim_from = scene_who, "previous sentence"
        elif who_text is None and previous and previous[0].quote_start == quote_start and (
                previous[0].extras.get("claimed_by_from")):
            # "..., the air force said. Air defences shot down 80 drones, while 12 hit the
            # Sumy region": the part before went on with that account, and so does this
            # (not "..., the ministry said, as Hezbollah fired rockets": the reporter's)
            who_text = previous[0].claimed_by
            claim_from = previous[0].extras["claimed_by_from"]
        elif who_text is None and previous and previous[0].claimed_by and (
                _GOES_ON_RE.match(low) or _THEY_ALSO_RE.match(low)) and (
                "\n" not in text[previous[0].quote_end:start]):
            # "..., Romania's defence ministry said. The drone crashed near Chilia Veche.":
            # the same account goes on, in the same paragraph
            who_text, claim_from = previous[0].claimed_by, "previous sentence"
            went_on_from = previous[0]
        if who_text is None and from_vague and vague_from and vague_from[2]:
            who_text, claim_from = vague_from[2], "previous sentence"
        if who_text is None and event == "airspace_violation":
            finder = _FINDER_RE.match(sentence)
            who_text = finder["who"] if finder else None  # who found it tells of it
        figures = killed_injured(sentence)
        tally = _attack_tally(core) if any_in(_TALLY_HINT, low) else None
        if " more " in low and not any(figures.values()) and reports and index > 0 and (
                units[index - 1][3] == sent_no):
            figures = _more_of_the_toll(low, reports[-1], figures)
        counts = projectile_counts(sentence)
        if not counts and event == "airspace_violation":
            # (not the jets sent up against it: "two F-16 jets were scrambled")
            sent_up = [j.span() for j in _SCRAMBLED_RE.finditer(low)]
            counts = [_figure(m) for m in _CRAFT_COUNT_RE.finditer(low) if not any(
                a < m.end() and m.start() < b for a, b in sent_up)]
        if not counts and inherited_event is not None and event == "strike" and (
                inherited_event.event_type == "interception") and (
                (rest := _REMNANT_RE.match(low)) and rest["n"]):
            # "... destroyed 15 of 17 drones. The remaining two hit energy infrastructure"
            counts = [Figure(parse_number(rest["n"])[0], None, rest.start("n"),
                             what=rest.group())]
        launched = counted_arms = None
        mixed_arms: list[str] = []
        if event == "interception":  # "shot down 51 of them", "74 were shot down"
            downed = _DOWNED_N_RE.search(low) or _N_DOWNED_RE.search(low) or (
                _SHARE_OVER_RE.search(low) if " over " in low else None)
            fig = _figure(downed) if downed else None
            if downed is None and (other := _OTHER_DOWNED_RE.search(low)):
                # "two rockets were fired, one of which fell in an open area while the
                # other was intercepted": one downed of the two
                downed, fig = other, Figure(1, None, other.start(), what=other.group())
            alls = _all_downed(low, counts, previous) if "all" in low else []
            listed = _downed_by_weapon(counts, downed, event, alls) if (
                downed or alls) else None
            if listed:  # "launched 72 drones and six missiles ..., 61 drones and four
                # missiles had been downed": each weapon's downed of its launched
                counts, fig = listed, None
                if len(listed) == 1:  # "... 24 drones; shot down all the drones"
                    counted_arms = weapon(listed[0].what, event)
            elif fig is not None and fig.value is not None:
                own = weapon(fig.what, event)
                if own != "unknown":  # "attacked with 1 missile and 49 drones; 37 drones
                    # were shot down": the drones' launch, and the drones downed
                    counted_arms = own
                    launched = next((c for c in counts if c.value is not None and (
                        c.value > fig.value) and c.start < downed.start() and (
                        weapon(c.what, event) == own)), None)
                elif counts and counts[0].value is not None and counts[0].value > fig.value:
                    launched = counts[0]  # "attacked with 112 drones; 74 were shot down"
                if not counts or launched is not None or (
                        counts[0].value is not None and counts[0].value < fig.value):
                    counts = [fig]  # (fewer launched than downed: not the launched number)
            prior = (previous[0].count or previous[0].extras.get("group_count")) if (
                previous) else None  # what the claim before fired
            if barrage is not None:  # (what the wave fired, not the town's one missile)
                prior = barrage.count
            fired_all = [r for r in previous if r.quote_start == previous[0].quote_start and (
                r.event_type == previous[0].event_type)] if back and fig is not None and (
                counted_arms is None) else []
            if len({r.weapon for r in fired_all}) > 1 and all(r.count for r in fired_all):
                # "launched 479 drones and 20 missiles ... shot down 460 of them": of all 499
                prior = sum(r.count or 0 for r in fired_all)
                mixed_arms = list(dict.fromkeys(r.weapon for r in fired_all))
            # (not a downing's own count: "destroyed 47 drones. Of these, 24 were downed over
            # the Bryansk region" is a share of the 47 downed, none of them launched)
            before = prior if back and previous[0].event_type != "interception" else None
            if launched is None and before and counts and (
                    counts[0].value is not None and before > counts[0].value):
                # "attacked with 40 drones. Air defences destroyed 36 of them."
                launched = Figure(before, None, -1)
            # (also "several were intercepted": a vague figure that is a share)
            share = _SHARE_DOWNED_RE.search(low) if (
                fig is None or fig.value is None) and not listed else None
            if share:  # "30 rockets were fired, most of which were intercepted"; "... 30
                # rockets. Most were intercepted."
                if counts and counts[0].value is not None:
                    launched = counts[0]
                elif prior and (inherited or back):
                    launched = Figure(prior, None, -1)
                word = share.group("n") or share.group("n2") or share.group("n3") or (
                    share.group("n4") or share.group("n5") or share.group("pct"))
                if word[0].isdigit():  # ("99 per cent": "99%")
                    word = _PERCENT_WORD_RE.sub("%", word)
                if launched is not None and word == "half" and launched.value:
                    counts = [Figure(launched.value // 2, "about" if launched.value % 2 else None,
                                     share.start())]  # "half of the 60 drones": 30
                elif launched is not None:
                    counts = [Figure(launched.value if word == "all" else None,
                                     None if word == "all" else word, share.start())]
                elif not counts:  # "shot down most of the missiles": how many, unsaid
                    counts = [Figure(None, word, share.start())]
            elif fig is not None and fig.value is None:  # "40 drones; dozens were shot down"
                if counts and counts[0].value is not None:
                    launched = launched or counts[0]
                counts = [fig]
            if launched is None and counts:
                launched = _launched_of(counts[0])  # "destroyed 22 of 27 drones"
        if any_in(_FRONT_SECTOR_WORDS, low):
            places = [_front_sector(m, text) for m in places]
        vague = all(m.resolution.best.place.kind in {"country", "continent"} for m in places)
        if vague:  # "targets in southern Lebanon": a part of the country, said plainly
            places = [_with_direction(m, text) for m in places]
            vague = not any(m.resolution.note and not m.resolution.note.startswith(
                _NO_PLACE) for m in places)  # (a country only: the targets', too)
        if vague and not (any(figures.values()) or counts) and event not in {
                "interception", "airspace_violation"} and not (
                # (the date told in the part before: "shot down two drones over the Red
                # Sea on Saturday and destroyed a missile launcher in Yemen")
                # (and "They also destroyed a launcher in Yemen": the day of the claim before)
                ref is not None and (ref.text or sibling or (previous and (
                    " also " in low) and previous[0].date_text)) and (
                    _SITE_RE.search(lower(core)) or _FIRED_AT_RE.search(lower(core)) or (
                        any_in(_SHIP_WORDS, lower(core))))):
            # (but "US forces struck a Houthi radar site in Yemen on Friday", "gunmen fired
            # on a tanker off the coast of Somalia on Friday": a dated attack on a named
            # kind of target, at country precision)
            vague_arms = weapon(core, event)  # the lead's weapons, for "The attack ..."
            lands = {m.resolution.best.place.country for m in places}
            vague_lead = (event, vague_arms, who_text, lands.pop()) if len(lands) == 1 else None
            continue  # "Russia's attacks on Ukraine have sparked concern": no claim
        place_tolls = _per_place_tolls(
            sentence, places, _between(mentions, starts, start, end), start, figures
        ) if (figures["killed"] or figures["injured"]) and (
            len(places) > 1 or any_in(_PART_HINT, low)) else None
        per_place = _per_place_counts(sentence, places, start, frozenset(
            f.start for own in place_tolls[0].values() for f in own.values()
        ) if place_tolls else frozenset()) if counts else None
        group = f"{article.id}:{index}" if len(places) > 1 else None
        target = _national_target(places, _between(mentions, starts, start, end), text, start) if (
            counts and not per_place and event in {"strike", "shelling"}) else None
        sentence_reports: list[Report] = []
        strength = 0.35 + (0.15 if not inherited else 0.0) + (
            0.05 if claim_from else 0.1 if who_text else 0.0) \
            + (0.1 if ref is not None and ref.text else 0.0) \
            + (0.1 if any(figures.values()) or counts else 0.0)
        named = weapons_named(core, event)
        lead_weapons: list[str] = mixed_arms
        arms = inherited_event.weapon if inherited_event and "separate" not in low else (
            named[0] if named else "artillery" if event == "shelling" else "unknown")
        arms = counted_arms or arms
        if event == "shelling" and arms in {"drone", "missile", "aircraft"} and (
                "artillery" in named) and "shell" not in low:
            # "attacked Nikopol with drones and artillery": a strike by the weapon named
            # first (the artillery is kept in the weapons listed), not shelling by drones
            event = "strike"
        # ("killed in a separate incident": not the same weapon)
        if arms == "unknown" and previous and (inherited or debris or back or (
                event in {"interception", "airspace_violation"}
                and previous[0].quote_start == quote_start)):
            # "Most were intercepted"; "..., but the army said they were intercepted":
            # what the sentence (or the part of it) before fired
            arms = previous[0].weapon
        elif arms == "unknown" and previous and previous[0].weapon != "unknown" and (
                _ANOTHER_HIT_RE.search(lower(core))):
            arms = previous[0].weapon  # "one missile was downed, while another hit a plant"
        elif arms == "unknown" and event == "interception" and previous and all(
                r.event_type == event and r.weapon == previous[0].weapon for r in previous) and (
                "\n" not in text[previous[0].quote_end:start]) and _within(
                places, previous, gz):
            arms = previous[0].weapon  # "... 21 drones over Russian regions. Eleven were
            # downed over the Kursk region": the breakdown of that downing
        elif arms == "unknown" and went_on_from is not None and (
                went_on_from.event_type == event):
            arms = went_on_from.weapon  # "... 100 drones. Hits were recorded in Sumy."
        if arms == "unknown" and scene_arms != "unknown" and (refers_back or (
                inherited and from_scene)):
            arms = scene_arms  # "... as missiles approached. All of them were shot down."
        if arms == "unknown" and the_attack:
            # "Israeli air strikes killed four in southern Lebanon ... The strikes hit the
            # towns of Aitaroun and Bint Jbeil": the weapon of the attack on their area (or
            # on the country it named, told just before: "Israeli airstrikes pounded southern
            # Lebanon and the Bekaa Valley ... The strikes hit Nabatieh")
            arms = next((r.weapon for r in reversed(reports[-6:]) if r.event_type == event
                         and r.weapon != "unknown" and (_within(places, [r], gz) or (
                             _named_their_country(r, places, previous, mentions, starts)))),
                        arms)
        if arms == "unknown" and from_vague and vague_from:
            arms = vague_from[1]  # ("... struck Ukraine overnight. Two were killed in Lutsk")
        if arms == "unknown" and vague_arms and the_attack:
            # "Russia pounded Ukraine's grid with missiles overnight. The attack damaged
            # energy facilities in the Lviv region": the lead's weapon
            arms = vague_arms
        vague_arms = None
        if event == "strike" and arms == "unknown" and not named and previous and all(
                r.event_type == "interception" and "launched_count" in r.extras
                for r in previous) and _IMPACTS_RE.search(low):
            # "31 of 42 Shahed drones and 2 of 4 missiles were destroyed. Hits were
            # recorded in Kyiv": the weapons that got through, of those launched
            both = list(dict.fromkeys(r.weapon for r in previous))
            arms, lead_weapons = both[0], both if len(both) > 1 else lead_weapons
        if event == "strike" and arms != "unknown" and not named and counted_arms is None and (
                the_attack or inherited):
            # "a combined attack with 68 drones and 12 missiles ... The attack targeted
            # Lviv": the weapons of the claim told on, the first named shown
            src = next((r for r in reversed(reports[-6:]) if r.event_type == event
                        and r.weapon == arms), None)
            both = list(dict.fromkeys(r.weapon for r in reports[-6:] if src is not None and (
                r.quote_start == src.quote_start and r.event_type == event) and (
                # (not "..., hours after drones struck Tuapse": another attack, elsewhere)
                r.place_id == src.place_id)))
            arms, lead_weapons = (both[0], both) if len(both) > 1 else (arms, lead_weapons)
        if event == "strike" and arms == "artillery" and not named:
            event = "shelling"  # "... shelled Kherson. The attack damaged a hospital"
        told_fired = {kind: f for f, kind in reversed(launch[0])} if launch else {}
        if event == "interception" and not told_fired and previous and counts:
            # "Russia attacked Ukraine with 4 missiles and 145 drones overnight. Air defences
            # downed 90 drones": the attack on the whole country told how many were launched
            # (or downed over its regions: "... shot down 40 drones over the Kharkiv and
            # Sumy regions")
            told_fired = {r.weapon: Figure(r.count, r.count_qualifier, -1) for r in reversed(
                previous) if r.event_type == "strike" and r.place_kind == "country" and (
                r.count and _within(places, [r], gz))} or {
                r.weapon: Figure(r.extras["launched_count"], r.extras.get(
                    "launched_count_qualifier"), -1) for r in reversed(previous)
                if "launched_at" in r.extras and r.country in {
                    m.resolution.best.place.country for m in places}}
        if event == "interception" and arms == "unknown" and len(told_fired) == 1 and (
                refers_back or launch_told):
            arms = next(iter(told_fired))  # "launched 56 drones. Of those, 30 were shot down"
        told = told_fired.get(arms) or told_fired.get("unknown")
        if event == "interception" and told and launched is None and counts and (
                counts[0].value is not None and told.value and told.value > counts[0].value):
            # "The enemy attacked with 40 Shahed drones from the Kursk region. Air defence
            # shot down 35 drones over ...": the Air Force's launched and downed counts
            launched = Figure(told.value, told.qualifier, -1)
        of_told = event == "interception" and len(told_fired) > 1
        if of_told:
            # "Russia launched 88 missiles and 63 drones. Air defences shot down 37 of the
            # missiles and 55 of the drones": each weapon's launched count
            counts = [_of_fired(f, told_fired, event) for f in counts]
        launch = None
        if previous and _WHEN_IT_HAPPENED_RE.match(low) and not counts and all(
                m.resolution.best.place.id == previous[0].place_id for m in places):
            # "..., governor Alexei Smirnov said on Saturday. The attack happened on Friday
            # evening.": the claim's own day, not the day it was told ("The shelling
            # happened as residents queued for bread": the same claim)
            if ref is not None and ref.text and ref.precision in {"day", "night"}:
                for report in previous:
                    report.event_date, report.date_precision, report.date_text = (
                        ref.date, ref.precision, ref.text)
                    report.extras["date_from"] = "next sentence"
            _complete_figures(previous, figures)
            continue
        hit_by = bool(previous) and bool(previous[0].count) and " by " in low and bool(
            _HIT_BY_RE.search(low))
        told_here = previous[0] if len(previous) == 1 and (
            the_attack or bare_arms or event == "explosion" or hit_by or (
                _share_of_told(low, previous[0].count))) and (all(
                m.resolution.best.place.id == previous[0].place_id for m in places) or (
                # "The Defence Ministry in Moscow confirmed the attack": the speaker's seat
                the_attack and _names_only_its_speaker(places, who, start))) and (
            ref is None or ref.date == previous[0].event_date) else None
        share = _share_of_told(low, told_here.count) if told_here and len(
            counts) <= 1 else None
        if told_here is None and len(previous) == 1 and len(counts) == 1 and (
                previous[0].count is None and counts[0].value and all(
                    m.resolution.best.place.id == previous[0].place_id for m in places)) and (
                previous[0].event_type == event and arms == previous[0].weapon) and (
                ref is None or ref.date == previous[0].event_date) and _same_speaker(
                who_text, previous[0].claimed_by) and all(
                getattr(previous[0], name) is None
                for name, fig in figures.items() if fig is not None) and (
                _COUNTED_WEAPONS_HIT_RE.match(low)):
            # "A Russian missile attack on Odesa killed at least 20. Two Iskander-M missiles
            # hit a residential area": the weapons of the attack told, counted
            previous[0].count, previous[0].count_qualifier = counts[0].value, _added(counts[0])
            _told_on(previous[0], who_text, figures)
            continue
        if told_here and (
                # "Drones struck Sumy overnight, killing three. The attack hit a residential
                # neighbourhood, the regional administration said."
                ((the_attack or (bare_arms and arms in {"unknown", told_here.weapon})) and (
                    not counts) and told_here.event_type == event)
                # "Kharkiv came under a missile attack on Thursday. Ten explosions were
                # heard in the city, the mayor said.": the blasts of the attack told
                # (another speaker's blasts are that speaker's report)
                # (and "A car bomb exploded in Manbij. Five were wounded in the blast")
                or (event == "explosion" and not counts and places and told_here.event_type in {
                    "strike", "shelling", "interception", "other_attack"} and not (
                    who_text and told_here.claimed_by and who_text != told_here.claimed_by))
                # "... attacked Kharkiv with three guided bombs. The hypermarket was hit by
                # two KAB-250 bombs": where some of the weapons told fell
                or (hit_by and len(counts) == 1 and counts[0].value is not None and (
                    counts[0].value <= told_here.count) and told_here.event_type == event
                    and arms == told_here.weapon and not any(figures.values()))
                # "Russia fired three missiles at Odesa. One of the missiles hit a
                # warehouse, injuring two": some of the weapons told
                or (share and told_here.event_type == event and (
                    told_here.count is None or (
                        parse_number(share["n"])[0] or 0) <= told_here.count) and (
                    not counts or counts[0].qualifier is None) and (
                    arms in {"unknown", told_here.weapon}))):
            _told_on(told_here, who_text, figures)  # the same claim told on, not a second
            continue
        if event == "interception" and previous and not counts and places and all(
                m.resolution.best.place.kind == "country" for m in places) and all(
                r.event_type == "interception" for r in previous) and any(
                r.country == m.resolution.best.place.country for r in previous
                for m in places):
            # "Air defences destroyed three drones over the Bryansk region. 'An attempt by
            # the Kyiv regime to carry out a terrorist attack ... on the territory of the
            # Russian Federation was thwarted,' the ministry said": the same downing (also
            # after one "over the Belgorod Region and the Republic of Crimea")
            _complete_figures(previous, figures)
            continue
        if event == "interception" and previous and not in_sentence and len(counts) == 1 and (
                counts[0].value) and all(r.event_type == "interception" for r in previous) and (
                counts[0].value == _told_total(previous)) and arms in {"unknown", previous[
                    0].weapon} and not _ONE_MORE_RE.search(low):
            # "... destroyed 35 drones over the Belgorod, Kursk and Bryansk regions, the
            # ministry reported. 'On-duty air defence assets intercepted and destroyed 35
            # Ukrainian drones,' the ministry said": the same downing, quoted
            _complete_figures(previous, figures)
            continue
        if len(previous) == 1 and len(places) == 1 and not counts and (
                previous[0].event_type == event) and (previous[0].place_kind != "country" or (
                # ("a strike on a car in southern Lebanon killed two. The strike hit the
                # vehicle near Bint Jbeil": a part of the country, now named)
                (previous[0].place_note or "").endswith(_PART_NOTE))) and (
                _ONE_ATTACK_RE.match(low)) and _refine_place(previous[0], places[0], ref, gz):
            # "RSF shelling of a camp in North Darfur killed 25, a source said. The
            # shelling hit the Abu Shouk camp near El Fasher on Friday evening": where and
            # when the claim before happened, told more closely (and quoted with it)
            if not text[previous[0].quote_end:quote_start].strip():
                previous[0].quote_end = quote_end
                previous[0].quote = text[previous[0].quote_start:quote_end]
            _complete_figures(previous, figures)
            continue
        split = _by_weapon(counts, event) if len(counts) > 1 and not per_place and not any(
            figures.values()) else None  # "37 of 60 drones and 58 of 90 missiles"
        if split is None and len(counts) > 1 and not per_place:
            counts = _listed_total(counts, low, event) or counts
        parts = split or [(arms, counts, launched)]
        if target is not None:  # the number launched at the whole country, not at these
            parts = [(a, [], c[0] if c else f) for a, c, f in parts]
        lost = _lost_to_jamming(low) if event == "interception" else None
        until = date_until(sentence, ref, published) if ref is not None and ref.text and (
            sentence[ref.start:ref.end] == ref.text) else None
        tallied = {o.start for o in places if body.startswith(" ", o.end) and (
            _TIMES_AFTER_RE.match(body, o.end)) and all(_contains(
                o.resolution.best.place, p.resolution.best.place)
                for p in places if p is not o)} if tally is not None and len(
            places) > 1 else set()  # ("hit the Zaporizhzhia region 412 times, killing one in
        # Stepnohirsk": the region's own tally, none of the town's)
        for arms, counts, launched in parts:
            if split and len(places) > 1:
                group = f"{article.id}:{index}:{arms}"
            for m in places:
                best = m.resolution.best
                place = best.place
                if best.place.kind != "country" and m.resolution.note is None:
                    side = _side_before(m, text)[1]
                    m = _with_part(m, side["part"]) if side else m
                count = per_place.get(place.id) if per_place else (
                    counts[0] if counts and len(places) == 1 else None)
                own_arms = weapon(text[count.start + start:m.start], event) if (
                    per_place and count is not None and count.start >= 0) else "unknown"
                report = Report(
                    article_id=article.id, event_type=event,
                    # "20 drones over Belgorod and two missiles over Kursk"
                    weapon=arms if own_arms == "unknown" else own_arms,
                    quote=text[quote_start:quote_end], quote_start=quote_start,
                    quote_end=quote_end,
                    **_place_fields(m),
                    event_date=ref.date if ref else day_of(published),
                    date_precision=(ref.precision if ref else
                                    "publication" if published else "unknown"),
                    date_text=ref.text if ref else None,
                    count=count.value if count else None,
                    count_qualifier=count.qualifier if count else None,
                    claimed_by=who_text, group=group, outlet=article.outlet, url=article.url,
                    confidence=round(min(0.95, strength) * (0.5 + 0.5 * best.score), 3),
                )
                if until is not None:  # ("on Friday and Saturday": the span's last day)
                    report.extras["date_until"] = until.isoformat()
                if group is None:
                    _set_figures(report, figures)
                    own, totals = place_tolls or ({}, {})
                    for name, fig in own.get(place.id, {}).items():
                        if name in totals:  # "killed 12 people, including five in Pokrovsk"
                            setattr(report, name, fig.value)
                            setattr(report, f"{name}_qualifier", fig.qualifier)
                            report.extras[f"total_{name}"] = totals[name].value
                else:  # one toll for several places belongs to the group, not each place
                    own, totals = place_tolls or ({}, figures)
                    for name, fig in own.get(place.id, {}).items():
                        setattr(report, name, fig.value)
                        setattr(report, f"{name}_qualifier", fig.qualifier)
                    for name in ("killed", "injured"):
                        if totals.get(name) is not None:
                            report.extras[f"group_{name}"] = totals[name].value
                            report.extras[f"group_{name}_qualifier"] = totals[name].qualifier
                if toll_who:
                    for name in ("killed", "injured"):
                        if getattr(report, name) is not None or (
                                report.extras.get(f"group_{name}") is not None):
                            report.extras[f"{name}_claimed_by"] = toll_who
                if tally is not None and (not tallied or m.start in tallied):
                    # how many attacks, not weapons: "shelled 12 times"
                    key = "attacks" if len(places) == 1 or tallied else "group_attacks"
                    report.extras[key] = tally.value
                    if tally.qualifier:
                        report.extras[f"{key}_qualifier"] = tally.qualifier
                if counts and group and not per_place:
                    report.extras["group_count"] = counts[0].value
                    report.extras["group_count_qualifier"] = counts[0].qualifier
                if per_place and counts and count is not None and counts[0].value and (
                        counts[0].value != count.value) and (len(places) == 1 or (
                        counts[0].value > max(f.value or 0 for f in per_place.values()))):
                    # all regions together ("35 UAVs, including 14 over the Bryansk region
                    # and 9 over the Kursk region")
                    report.extras["total_count"] = counts[0].value
                if lost is not None:
                    report.extras["lost_count"] = lost
                if launched is not None:
                    report.extras["launched_count"] = launched.value
                    if target is not None:
                        report.extras["launched_at"] = target.resolution.best.place.name
                    if launched.qualifier:  # ("about 180 missiles, with most intercepted")
                        report.extras["launched_count_qualifier"] = launched.qualifier
                if len(named) > 1 and not split and own_arms == "unknown" and (
                        report.weapon == named[0]):
                    report.extras["weapons"] = named  # "with drones and missiles"
                elif lead_weapons and report.weapon == lead_weapons[0]:
                    report.extras["weapons"] = lead_weapons
                if inherited:  # ("the capital": the city the article is about)
                    report.extras["place_from"] = inherited if isinstance(
                        inherited, str) else "previous sentence"
                if claim_from:
                    report.extras["claimed_by_from"] = claim_from
                if disputed:
                    report.extras["denied_by"] = disputed
                reports.append(report)
                sentence_reports.append(report)
        if sentence_reports and ref is not None and ref.text and " and " in low and (
                "once" in low or "twice" in low or "times" in low):
            later = _day_by_day(sentence, low, ref, published, sentence_reports)
            reports += later
            sentence_reports += later
        intruders = _DOWNED_INTRUDERS_RE.search(low) if event == "airspace_violation" else None
        if intruders:
            # "shot down several Russian drones that violated Polish airspace": the downing
            # is a claim too, where they flew in (or where it is told: "and was shot down
            # near the village of Wyryki")
            there = next((m for m in in_sentence if m.start >= start + intruders.end() and (
                m.resolution.best.place.kind not in {"country", "airspace"})), None)
            flown = sentence_reports if there is None else sentence_reports[:1]
            there_fields = _place_fields(there) if there is not None else {}
            downed = [replace(r, event_type="interception", extras=dict(r.extras),
                              **there_fields) for r in flown]
            reports.extend(downed)
            sentence_reports += downed
        if toll_scene and len(sentence_reports) == 1 and not any(figures.values()):
            _toll_told_before(sentence_reports[0], toll_scene, gz)
        if back and event == "interception" and sentence_reports:
            # "... 35 drones over the Belgorod, Kursk and Bryansk regions. Of these, 20 were
            # downed over the Belgorod region": that region's own share of the claim
            sentence_reports = _counts_to_told(sentence_reports, previous, reports)
        if event == "interception" and len(sentence_reports) > 1 and (
                "total_count" in sentence_reports[0].extras):
            _drop_told_total(sentence_reports, reports)
        if inherited_event is not None and sentence_reports:
            # "Russian forces shelled Nikopol. A man was injured in Nikopol.": the toll of
            # the claim already told there, not a second claim on the same place
            sentence_reports = _tolls_to_told(sentence_reports, previous or recent, reports)
        if sentence_reports and previous and the_attack:
            _part_refined(sentence_reports, previous, reports, gz)
        if sentence_reports and (of_told or (launched is not None and launched.start < 0)) and (
                who_text) and (
                not claim_from) and previous and "\n" not in text[previous[-1].quote_end:start]:
            # "Iran fired 120 missiles at Israel. About 90 percent of them were shot down,
            # the army said.": who counted the downed of that launch told the launch too
            _sourced_back(previous, who_text, "next sentence")
        elif sentence_reports and inherited and who_text and not claim_from and previous and (
                all(r.claimed_by is None for r in previous)) and (
                "\n" not in text[previous[-1].quote_end:start]):
            # "In Kherson Oblast, one person was killed and eight injured. Russian troops
            # targeted residential areas in the region, Governor Prokudin said.": the
            # account of the place before goes on and ends with its source
            _sourced_back(previous, who_text, "next sentence")
        elif sentence_reports and who_text and not claim_from and previous and all(
                r.claimed_by is None for r in previous) and (
                "\n" not in text[previous[-1].quote_end:start] or reports[0] is previous[0]) and (
                _THEY_ALSO_RE.match(low) or (_within(places, previous, gz, region=True) and (
                    {r.event_type for r in previous} == {r.event_type for r in sentence_reports}
                    or _GOES_ON_RE.match(low)))) and not (
                all(r.place_kind == "country" for r in previous) and _LOCAL_WHO_RE.search(
                    who_text)):
            # "Russian drones violated Latvian airspace on Saturday. One drone crashed in
            # the Rezekne municipality, the armed forces said.": a lead told with no source
            # is the account of whoever tells the claim that goes on right after it (but
            # not a town's governor or medics, of an attack on the whole country)
            _sourced_back(previous, who_text, "next sentence")
        last_places = places
        if places:
            told_places.append((sent_no, places, sentence_reports))
        nation = target if sentence_reports else None
        previous = sentence_reports
        recent = sentence_reports[-1:]
    _summary_sourced(reports, gz)
    return _dedupe(reports)


# "landed in the water", "splashed into the sea": a weapon that missed a ship
_IN_THE_WATER_RE = re.compile(r"\b(?:land(?:ed|ing)|splash(?:ed|ing)(?: down)?|f(?:e|a)ll"
                              r"(?:ing|en)?|crashed|impact(?:ed|ing))\s+(?:in|into)\s+the\s+"
                              r"(?:water|sea)\b")
_A_SHIP_RE = re.compile(r"\b(?:vessels?|ships?|tankers?|carriers?|boats?|freighters?|"
                        r"destroyers?|frigates?)\b")


# Who tells the harm done where they are (not the army that struck)
_HARM_WHO_RE = re.compile(r"\b(?:media|news agency|health|civil defen[cs]e|red crescent|"
                          r"red cross|paramedics|medics|rescuers|emergency|ambulance|hospital|"
                          r"residents|witnesses)\b", re.I)
# Speakers for a town or a region, who do not tell an attack on the whole country
_LOCAL_WHO_RE = re.compile(r"\b(?:governor|mayor|regional|city|municipal|local|village|"
                           r"paramedics|medics|rescuers|emergency services|ambulance|hospital|"
                           r"magen david adom)\b", re.I)


# "Over the past day, Russian troops launched 512 attacks on 9 settlements of the
# Zaporizhzhia region, Ivan Fedorov said": a regional day's summary, its lines told after it
_SUMMARY_RE = re.compile(r"(?:over|during|in) the (?:past|last) (?:day|24 hours)\b")


def _summary_sourced(reports: list[Report], gz: Gazetteer) -> None:
    """Claims told with no speaker after a speaker's summary of a region's day, in that
    region, are lines of the summary: its speaker's ("The enemy carried out 8 air strikes
    on Huliaipole ..." after the governor's summary of the Zaporizhzhia region)."""
    summary: tuple[str, str] | None = None
    for report in reports:
        if report.claimed_by and report.place_kind == "admin1" and (
                "past" in report.quote or "last" in report.quote) and _SUMMARY_RE.search(
                lower(report.quote)):
            summary = report.claimed_by, report.place_id
        elif summary and report.claimed_by is None and report.place_id:
            place = gz.place(report.place_id)
            if place is not None and summary[1] in {place.id, place.admin1_id}:
                report.claimed_by = summary[0]
                report.extras["claimed_by_from"] = "summary before"


# "Russia attacked Ukraine with 58 drones", "launched 120 drones and 40 missiles at Ukraine"
_AT_COUNTRY_RE = re.compile(
    r"\b(?:(?P<verb>attacked|struck|targeted|pounded|bombarded|hit)|at|on|against)\s+$")
_LAUNCH_VERB_RE = re.compile(r"\b(?:launched|fired)\b")
# "Russia launched 56 Shahed drones overnight": a counted launch, where to left unsaid
_COUNTED_LAUNCH_RE = gated("launched", r"\blaunched\s+(?:a total of\s+|about\s+|around\s+|"
                           r"some\s+|more than\s+|over\s+|at least\s+|up to\s+)?\d[\d,]*\s+"
                           r"(?![^.;]{0,60}?\b(?:at|on|towards?)\s+(?:the\s+)?(?:city|town|"
                           r"capital|region|it|them)\b)")
_OWNED_THING_RE = re.compile(r"['’]s?(?:\s+[\w-]+){1,4}?(?=\s+with\b)")


def _national_target(places: list[Mention], in_sentence: list[Mention], text: str,
                     sent_start: int) -> Mention | None:
    """The country a counted attack was launched at, when the claims are the places it
    damaged there: "Russia attacked Ukraine with 58 drones overnight, damaging energy
    facilities in the Lviv and Ivano-Frankivsk regions" (58 were not launched at those
    two regions alone)."""
    for m in in_sentence:
        country = m.resolution.best.place
        if country.kind != "country" or m in places:
            continue
        end = m.end
        if text.startswith(("'", "’"), end):
            # "pounded Ukraine's energy infrastructure with 60 missiles"; not "at
            # Ukraine's Kharkiv region": there the region is the target
            owned = _OWNED_THING_RE.match(text, end)
            if owned is None or any(end < o.start < owned.end() for o in in_sentence):
                continue
            end = owned.end()
        before = _AT_COUNTRY_RE.search(text, max(sent_start, m.start - 30), m.start)
        if before is None:
            continue
        if before.group("verb"):
            if not text.startswith(" with", end):
                continue
        elif _LAUNCH_VERB_RE.search(text, sent_start, m.start) is None:
            continue
        if places and all(p.start > m.end and p.resolution.best.place.country == (
                country.country) for p in places):
            return m
    return None


def _between(mentions: list[Mention], starts: list[int], a: int, b: int) -> list[Mention]:
    return mentions[bisect_left(starts, a):bisect_left(starts, b)]


def _named_their_country(report: Report, places: list[Mention], previous: list[Report],
                         mentions: list[Mention], starts: list[int]) -> bool:
    """Whether ``report`` was told in the sentence just before, in the places' country,
    and its sentence named that country ("pounded southern Lebanon and the Bekaa Valley":
    the strikes told next, on Nabatieh, are that attack's; not after "drones struck
    Odesa", where "the strikes on Kharkiv" may be another's)."""
    return bool(previous) and report.quote_start == previous[0].quote_start and {
        m.resolution.best.place.country for m in places} == {report.country} and any(
        m.resolution.best.place.kind == "country"
        for m in _between(mentions, starts, report.quote_start, report.quote_end))


_AIR_RAID_RE = gated("raid fire",
                     r"\b(?:warplanes?|jets?|aircraft|helicopters?|drones?|aviation)\b"
                     r"[^.;]{0,60}?\braids?\b|\braids?\b[^.;]{0,20}?\bby (?:[\w-]+ ){0,2}"
                     r"(?:warplanes?|jets?|aircraft|helicopters?|drones?)\b|"
                     # "a quadcopter opened fire on residents", "a helicopter gunship strafed
                     # the village": gunfire from the air (ACLED's air/drone strike)
                     r"\b(?:warplanes?|jets?|aircraft|helicopters?|gunships?|drones?|uavs?|"
                     r"(?:quad|hexa|octo|multi)copters?)\s+(?:[\w-]+\s+){0,2}?(?:opened fire|"
                     r"fired (?:on|at|upon))\b")
_BLAME_RE = gated("hallmarks responsibility_for behind_the blamed blames",
                  r"\b(?:bears? the hallmarks|responsibility for (?:the|this|that)|"
                  r"behind the (?:attack|bombing|blast|strike)s?|blam(?:ed|es) (?:[\w-]+ ){1,4}"
                  r"for the (?:attack|bombing|blast|strike)s?)\b")
# "It was the second attack on the city in as many days": a verdict on the claim told
# before, no claim of its own
_VERDICT_RE = re.compile(r"^(?:it|this|that) (?:was|is|marked|became) (?:the|an?|its|one of "
                         r"the) (?:[\w-]+ ){0,3}?(?:attacks?|strikes?|time|shelling|barrages?|"
                         r"bombardments?|assaults?|incidents?|raids?)\b")
_AS_PART_RE = re.compile(r",\s+as\s+$")
# "..., as Russia attacked western Ukraine", "... on Friday as drones struck Lviv": what
# happened meanwhile (not "such as", "as well as", "as many as", "known as")
_AS_MEANWHILE_RE = re.compile(r"(?<!such)(?<!known)(?<!well)(?<!many)(?<!much)\s+as\s+"
                              r"(?!well\b|(?:many|much|long|soon|far|part|a|an|the|of|if|"
                              r"though|usual|expected|result)\b)")


_WRECK_OR_DAMAGE_RE = re.compile(r"\b(?:damag|destroy|fell\b|landed\b|crash|explo|blaze|"
                                 r"fire\b|debris|fragments?\b|wreck)")


def _meanwhile_cut(low: str) -> int | None:
    """Where the "as" clause that tells the event starts, when the clause before it tells
    none ("closed the airspace ... as Russia attacked western Ukraine")."""
    for m in _AS_MEANWHILE_RE.finditer(low):
        if classify(_unwar(low[:m.start()]))[0] is None and classify(
                _unwar(low[m.end():]))[0] is not None:
            return m.end()
    return None
_AS_BESIDE_RE = re.compile(_AS_CLAUSE)
_ATTACK_REPELLED_RE = re.compile(r"\b(?:the|this|that) (?:attack|strike|assault|raid)s? "
                                 r"(?:was|were|had been|has been) (?:successfully )?"
                                 r"(?:repelled|repulsed|thwarted)\b")
_FROM_THE_AIR = frozenset({"drone", "missile", "aircraft", "naval_drone"})
_REPEL_RE = re.compile(r"\b(?:repelled|repulsed|thwarted|repelling)\b")
_AERIAL_RE = gated("drone uav missile rocket shahed aircraft defen jet helicopter projectile "
                   "bomb air",
                   r"\b(?:drones?|uavs?|missiles?|rockets?|shaheds?|aircraft|air defen[cs]es?|"
                   r"jets?|helicopters?|projectiles|bombs?|air (?:attack|raid|strike)s?)\b")


# What debris hit: the harm of an attack where the war is fought, a violation elsewhere
_DEBRIS_HIT_RE = re.compile(
    r"\b(?:debris|fragments?|wreckage|parts)\b[^.;]{0,80}?\b(?:hit|struck|damaged)\b|"
    # ("debris from a downed drone fell on a house, injuring a man"; "a man was injured
    # when debris from a downed missile fell on his house": harm, not only a downing)
    r"\b(?:debris|fragments?|wreckage)\b[^.;]{0,60}?" + _LANDED_ON + r"[^.;]*?" + _HARMING
    + "|" + _HARMED_WORD + r"[^.;]{0,30}?\b(?:when|as|after) (?:falling )?(?:debris|fragments|"
    r"wreckage)\b[^.;]{0,60}?" + _LANDED_ON + "|" + _HIT_BY_DEBRIS + r"\b")
# Debris of a downed drone or missile falling where the war is fought, after an attack
# or with the weapon named ("debris of a drone" alone abroad is an airspace violation).
_FALLING_DEBRIS_RE = gated(
    "debris fragment wreckage shrapnel",
    r"\b(?:debris|fragments|wreckage|shrapnel)\b[^.;]{0,40}?\b(?:fell|falling|landed|hit|"
    r"struck|damaged|injured|wounded|killed|sparked|caused|started)\b|"
    r"\bfalling (?:debris|fragments|wreckage)\b|"
    # "a man was lightly wounded by shrapnel in Kiryat Shmona"
    r"\b(?:injured|wounded|killed|hurt|hit|struck|damaged) by (?:the |falling |flying )?"
    r"(?:debris|fragments|wreckage|shrapnel)\b")
# "Russia has deployed artillery near Kharkiv", "Grad systems were moved to Donetsk",
# "mortar positions were set up": guns brought in, told with no fire
_DEPLOYED_RE = gated(
    "deploy set_up moved moving stationed stationing positioned positioning install "
    "transferr relocat amass massed "
    "concentrat brought_in",
    r"\b(?:deploy(?:ed|s|ing)?|set up|mov(?:ed|ing)|station(?:ed|ing)|position(?:ed|ing)|"
    r"install(?:ed|s|ing)?|transferr(?:ed|ing)|relocat(?:ed|es|ing)|amass(?:ed|es|ing)|"
    r"massed|concentrat(?:ed|es|ing)|brought in)\b")
_FIRED_RE = re.compile(r"\b(?:fir(?:ed|es|ing)|shell(?:ed|ing|s)|struck|strikes?|hit|hits|"
                       r"pound(?:ed|ing)|attack\w*|kill\w*|wound\w*|injur\w*|damag\w*|"
                       r"destroy\w*|bombard\w*|salvos?|barrages?|under fire|opened fire|"
                       r"fire on|landed|fell|explod\w*)\b")
# Air policing: "NATO jets intercepted a Russian Il-20", "RAF Typhoons were scrambled to
# intercept two Tu-95 bombers": fighters meet a crewed aircraft and see it off, no one is
# shot at (where it entered a country's airspace, the claim is that violation)
_AIR_POLICING_RE = gated(
    "intercept",
    r"\b(?:jets?|fighters?|fighter jets?|eurofighters?|typhoons?|gripens?|rafales?|"
    r"f-\d+s?|scrambled)\b[^.;]{0,60}?\bintercept(?:ed|s|ing)?\b")
_BROUGHT_DOWN_RE = re.compile(r"\b(?:shot down|shoot down|downed|destroy\w*|hit|struck|"
                              r"killed|crashed|fired on|opened fire)\b")
_PLANTED_BOMB_RE = re.compile(r"\b(?:car|truck|roadside|suicide|parcel|letter|planted|buried|"
                              r"nail|pipe|home-?made|booby[- ]?trap(?:ped)?) "
                              r"bomb(?:s|er|ers|ing|ings)?\b|\bimprovised explosive|"
                              r"\bbooby[- ]?trap(?:s|ped)?\b|"
                              r"\bexplosive devices?\b|"
                              r"\bieds?\b|\bsuicide (?:attack|bombing)")
# (and "an RSF attack on the village of Wad al-Nourah", "attacks by militants": fighters
# on the ground, with no weapon from afar named)
_GROUND_FORCE = (r"(?:rsf|rapid support forces|militants?|militi(?:a|as|amen)|paramilitar(?:y|"
                 r"ies)|rebels?|insurgents?|jihadists?|(?:[\w-]+ )?fighters|(?:al-)?shabaab|"
                 r"jnim|janjaweed)")
_GUNMEN_RE = re.compile(r"\b(?:gunm[ae]n|armed men|(?:an )?armed group|militants stormed|"
                        r"ambush(?:ed)?|stormed|settlers|mob|(?:shooting|stabbing|"
                        r"(?:car-)?ramming) attacks?)\b")
# UKMTO's "a small craft approached and fired small arms", pirates in a skiff
_BOARDING_PARTY_RE = re.compile(r"\b(?:small (?:craft|boats?)|skiffs?|speedboats?|pirates?|"
                                r"small[- ]arms|gunm[ae]n|armed men)\b")
_GROUND_ATTACK_RE = gated(
    "rsf rapid militant militi paramilitar rebel insurgent jihadist fighters shabaab jnim "
    "janjaweed position trench",
    rf"\b{_GROUND_FORCE}\s+(?:(?:have|had|has)\s+)?(?:attack(?:ed|s)?|raided|overran)\b|"
    rf"\b(?:attacks?|assaults?)\s+by\s+(?:the\s+)?{_GROUND_FORCE}\b|"
    # "Russian troops attacked Ukrainian positions near Pokrovsk": an assault on the ground
    r"\b(?:troops|soldiers|infantry|forces|units|assault groups?)\s+(?:(?:have|had|has)\s+)?"
    r"(?:attack(?:ed|s)?|stormed|assault(?:ed|s)?)\s+(?:[\w-]+\s+){0,2}?(?:positions?|"
    r"trenches)\b")


# "launched 85 attacks on the Pokrovsk front", "attacked 14 times in the Kupiansk
# direction": the General Staff's tally of ground assaults along a stretch of the front
_FRONT_ATTACKS_RE = gated(
    "front direction axis sector",
    r"\b(?:attack(?:s|ed)?|assaults?|offensive actions?|combat (?:clashes|engagements)|"
    r"clashes)\b[^.;]{0,30}?\b(?:front(?![- ]line)|direction|axis|sector)\b")


def _ground_assault(low: str) -> bool:
    """An interception only by "repelled" with nothing in the air: a ground assault."""
    if not _REPEL_RE.search(low) or _AERIAL_RE.search(low):
        return False
    rest = _REPEL_RE.sub(_blank, low)
    return not any(pattern.search(rest) for name, pattern in _EVENT_RES
                   if name == "interception")


# "Explosions were heard in Belgorod": how war blasts are reported when nobody names the
# cause yet; a gas leak, a boiler, fireworks or a mine accident is stated when known.
_HEARD_BLAST_RE = gated(
    "heard hearing rocked rang loud series reported reports_of explosions_in explosions_over "
    "explosions_near blasts_in blasts_over blasts_near",
    # "A vessel reported an explosion in its vicinity" (UKMTO notices)
    r"\b(?:vessel|ship|master|crew|captain)\b[^.;]{0,20}?\breported (?:an? |a loud |two |"
    r"several )?(?:explosions?|blasts?)\b|"
    r"\b(?:explosions?|blasts?|bangs?)\b[^.;]{0,30}?\b(?:were|was) heard\b|"
    # ("heard at least five explosions", "heard what sounded like blasts"; not "heard no")
    r"\bhear(?:d|ing)\s+(?!no\b|any\b)(?:[\w-]+\s+){0,3}?(?:explosions?|blasts?|bangs?)\b|"
    r"\b(?:explosions?|blasts?) (?:rocked|rang out)\b|"
    r"\bloud (?:bangs?|explosions?|blasts?)\b|"
    # "Blasts were reported in the Crimean city of Dzhankoi" (a series, not one accident)
    r"\b(?:explosions|blasts)\s+(?:were|have been)\s+reported\b|"
    # a feed's one-line note: "Explosions reported in Kharkiv", "Loud blasts heard in Kyiv"
    # (and "Explosions in the city.", "Loud explosions in Kharkiv"; "08:15 — Explosions
    # heard in Odesa", "⚡️ Explosions in Kyiv": after a feed's time or mark)
    r"^(?:\d{1,2}[:.]\d\d)?\W*(?:(?:several|multiple|loud|powerful|new) )?(?:explosions|blasts) "
    r"(?:reported|heard|"
    r"in|over|near)\b|"
    r"\bseries of (?:loud )?(?:explosions|blasts)\b|"
    # "The mayor reported explosions in the city", "reports of blasts in Sevastopol",
    # "reported two explosions", "reported at least five blasts"
    r"\breport(?:ed|s of) (?:(?:at least|about|some|up to) )?(?:(?:several|multiple|loud|"
    r"powerful|new|more|\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|"
    r"a (?:series|number|string) of) )*(?:explosions|blasts)\b")
_CIVIL_BLAST_RE = re.compile(r"\b(?:gas|boiler|fireworks?|pyrotechnics?|methane|coal mine|"
                             r"mine|quarry|pipeline|transformer|cylinder|leak|accident|"
                             r"industrial|chemical plant|factory|sonic boom|thunder)\b")


_HEADING_PLACE_RE = re.compile(r"^\W*(?P<name>\w[\w'’ .-]*?)(?:\s+(?:region|oblast|"
                               r"province|district))?\W*$", re.I)


def _heading_place(sentence: str, start: int, in_sentence: list[Mention]) -> list[Mention]:
    """ "🔴 Zaporizhzhia region." alone: a heading that names the place of the news under
    it (its one place written whole, with no more than a kind word)."""
    m = _HEADING_PLACE_RE.match(sentence)
    place = in_sentence[0]
    return [place] if m and start + m.start("name") == place.start and (
        start + m.end("name") <= place.end) else []


def _heard_blast(low: str) -> bool:
    return bool(_HEARD_BLAST_RE.search(low)) and not _CIVIL_BLAST_RE.search(low)


# "An explosion ripped through a crowded market in Peshawar, killing five": a deadly blast
# where crowds gather, its cause unstated (a gas leak or a factory names its own)
_PUBLIC_BLAST_RE = gated(
    "explosion blast",
    r"\b(?:explosions?|blasts?)\b[^.;]{0,40}?\b(?:markets?|bazaars?|mosques?|churches|church|"
    r"shrines?|temples?|rall(?:y|ies)|checkpoints?|bus (?:station|stop)s?|buses|bus|"
    r"police (?:station|post)s?|weddings?|funerals?|crowds?|crowded|restaurants?|cafes?|"
    r"hotels?|stadiums?|schools?|madrassas?|convoys?)\b")
_HARMED_RE = re.compile(r"\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|ies|es)|"
                        r"dead|died|casualties)\b")


def _deadly_public_blast(low: str) -> bool:
    return bool(_PUBLIC_BLAST_RE.search(low)) and bool(_HARMED_RE.search(low)) and (
        not _CIVIL_BLAST_RE.search(low))


# Where an attack on a whole city is an air or artillery strike, whoever made it: not where
# a deadly attack on a town may as well be a gunman's (Israel) or a bomber's (Russia)
_FRONT_COUNTRIES = WAR_COUNTRIES - {"RU", "IL", "IR", "IQ"}
_ATTACK_ON_RE = re.compile(r"\battacks? on (?:the (?:city|town|village|port) of )?")
_ATTACK_HARM_RE = re.compile(r"(?:,[^,.;]{1,80},)?\s+(?:on \w+ |overnight |last night )?"
                             r"(?:killed|wounded|injured|damaged|destroyed|left)\b")


def _attack_on_a_front_city(lbody: str, start: int, end: int, mentions: list[Mention],
                            starts: list[int]) -> bool:
    """ "The attack on Kryvyi Rih killed 20 people": the attack on a city, town or region
    of a country at war, with its harm told right after it, is a strike even when the
    sentence has no other war word."""
    if lbody.find("attack", start, end) < 0:
        return False
    for m in _ATTACK_ON_RE.finditer(lbody, start, end):
        at = bisect_left(starts, m.end())
        if at < len(mentions) and mentions[at].start == m.end():
            place = mentions[at].resolution.best.place
            if place.country in _FRONT_COUNTRIES and place.kind not in {"country", "site"} and (
                    _ATTACK_HARM_RE.match(lbody, mentions[at].end)):
                return True
    return False


# ("a child, born in 2014, was killed": no date of the claim)
_IN_YEAR_RE = re.compile(r"(?<!born )(?<!built )(?<!founded )(?<!opened )\bin "
                         r"((?:19|20)\d\d)\b(?![-/])")
_TOTALS_RE = re.compile(r"\b(?:(?:so far )?this year|last year|so far this month|since the "
                        r"(?:start|beginning) of (?:the|this) year)\b")
# many attacks' toll to date: "attacks have killed more than 100 people this month"
# (but a toll of a few days is kept: "strikes have killed 30 since Friday")
_RUNNING_TOLL_RE = re.compile(
    r"\b(?:attacks|strikes|airstrikes|bombardments|shelling|raids)\s+(?:have|has)\s+killed\b"
    rf"(?![^.;]*\bsince\s+(?:{'|'.join(WEEKDAYS)}|yesterday|last night|"
    r"the weekend|this morning)\b)")
_PART_OF_COUNTRY_RE = re.compile(r"\b(?P<part>(?:north|south|east|west)(?:-?(?:east|west))?"
                                 r"(?:ern)?|central)\s+$")


_PART_NOTE = ": country precision"
_NO_PLACE = "no place stated"  # (how a note on a country that stands in for a place opens)
_SIDES = {"north": (0, 1), "south": (0, -1), "east": (1, 1), "west": (1, -1)}
_COORDINATED_RE = re.compile(r"(?:,\s+|,?\s+and\s+)(?:the\s+)?(?:(?:city|town|village|port) "
                             r"of\s+)?")


def _side_before(m: Mention, text: str) -> tuple[int, re.Match[str] | None]:
    """The side word written before a mention ("southern" Lebanon), read in a short
    window: (where the window starts, the match in it)."""
    at = max(0, m.start - 16)
    return at, _PART_OF_COUNTRY_RE.search(lower(text[at:m.start]))


def _country_part(m: Mention, text: str) -> bool:
    """ "southern Lebanon": a part of a country, named by its side."""
    return m.resolution.best.place.kind == "country" and _side_before(m, text)[1] is not None


_AND_THE_RE = re.compile(r"\s+and\s+(?:the\s+)?")


def _and_its_own(m: Mention, kept: list[Mention], text: str) -> bool:
    """ "nine sites in Pakistan and Pakistan-administered Kashmir": a country and its own
    region joined by "and" are two areas, not the region and its parent."""
    return m.resolution.best.place.kind == "country" and any(
        _AND_THE_RE.fullmatch(text, m.end, o.start) for o in kept if o is not m)


# "12 over the Kharkiv region", "three over the city of Kharkiv": a figure of its own
_COUNTED_AT_RE = re.compile(rf"\b{NUM}\s+(?:[\w-]+\s+){{0,3}}?(?:over|above|in)\s+(?:the\s+)?"
                            r"(?:(?:city|town|village)\s+of\s+)?$")


def _each_counted(m: Mention, kept: list[Mention], text: str) -> bool:
    """ "12 drones over the Kharkiv region and three over the city of Kharkiv": an area
    and a place inside it, each with its own figure, are two places."""
    before = lower(text[max(0, m.start - 60):m.start])
    return _COUNTED_AT_RE.search(before) is not None and any(
        o is not m and _contains(m.resolution.best.place, o.resolution.best.place) and (
            _COUNTED_AT_RE.search(lower(text[max(m.end, o.start - 60):o.start]))) and (
            # (not "12 in the Donetsk region, including five in Pokrovsk": a part)
            "including" not in lower(text[m.end:o.start]))
        for o in kept)


# "Of these, 24 were over the Bryansk region": the downing told before, region by region
_SHARE_OVER_RE = re.compile(rf"\bof (?:these|those|them|which),?\s+(?P<q>{QUAL}\s+)?"
                            rf"(?P<n>{NUM})\s+(?:[\w-]+\s+)?(?:were|was)\s+over\b")
_AND_THEN_STRUCK_RE = re.compile(
    r",?\s+and\s+(?:also\s+)?(?:struck|hit|destroyed|shot down|downed|targeted|attacked)\b")
_CAPTURED_BEFORE_RE = re.compile(
    r"(?<!shelled and )(?<!attacked and )(?<!stormed and )\b(?:captured|seized|(?:taken|took) "
    r"(?:full )?control of|took|liberated|recaptured|retook|retaken)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|settlement|hamlet)\s+of\s+)?$")


def _example_after(m: Mention, kept: list[Mention], text: str) -> bool:
    """ "13 targets across eight locations in Yemen, including in the capital Sanaa": the
    country is the claim's area, the city one example in it (as a region's "35
    settlements, including Kherson")."""
    country = m.resolution.best.place.country
    return any(o.start > m.end and o.resolution.best.place.country == country and (
        _INCLUDED_RE.search(lower(text[max(m.end, o.start - 40):o.start]))) for o in kept)


def _part_beside(m: Mention, kept: list[Mention], text: str) -> bool:
    """ "Targets across southern Lebanon and the Bekaa Valley": a part of a country listed
    beside a place of that country that lies outside the part is a place of its own, not
    the container of the other (as in "Nabatieh in southern Lebanon")."""
    at, part = _side_before(m, text)
    word = part.group("part") if part else ""
    if not word or word == "central":
        return False
    country = m.resolution.best.place
    mid = (country.latitude, country.longitude)
    return any(_COORDINATED_RE.fullmatch(text, m.end, o.start) or _COORDINATED_RE.fullmatch(
        text, o.end, at + part.start()) for o in kept) and not any(
        _in_part(word, mid, o.resolution.best.place) for o in kept
        if o is not m and o.resolution.best.place.country == country.country)


def _in_part(word: str, mid: tuple[float, float], place: Place) -> bool:
    """Whether a place lies in the "southern" (...) part of its country: on that side of
    the country's middle point, a rough test that needs no boundary."""
    sides = [_SIDES[w] for w in _SIDES if w in word]
    at = (place.latitude, place.longitude)
    return bool(sides) and all((at[axis] - mid[axis]) * sign > 0 for axis, sign in sides)


def _part_refined(new: list[Report], previous: list[Report], reports: list[Report],
                  gz: Gazetteer) -> None:
    """ "Israeli airstrikes pounded southern Lebanon and the Bekaa Valley, killing 12. The
    strikes hit the towns of Nabatieh and Tyre": the towns are where the strikes on the
    part of the country fell, so they join the lead's claim (its group and its toll) in
    its place. (The claim may be told in another part of the sentence before: "...,
    the ministry said, as Hezbollah fired rockets into northern Israel.")"""
    for told in [r for r in reports[-8:] if r.quote_start == previous[0].quote_start]:
        note = told.place_note or ""
        if not (note.endswith(_PART_NOTE) and told.country):
            continue
        country = gz.place(f"ne0:{told.country}")
        if country is None or not all(
                r.event_type == told.event_type and r.country == told.country
                and r.event_date == told.event_date and r.place_kind != "country" and _in_part(
                    note.split(" ")[0], (country.latitude, country.longitude),
                    gz.place(r.place_id or "") or country) for r in new):
            continue
        shared = {k: v for k, v in told.extras.items() if k.startswith("group_")}
        if told.group is None:  # the part alone: its toll is the toll of the places in it
            shared = {f"group_{name}{end}": getattr(told, f"{name}{end}")
                      for name in ("killed", "injured") for end in ("", "_qualifier")
                      if getattr(told, name) is not None}
        for r in new:
            if len(new) > 1 or told.group is not None:
                r.group = told.group or r.group
                r.extras.update(shared)
            else:  # one place: the toll is its own
                for key, value in shared.items():
                    if getattr(r, key[6:]) is None:
                        setattr(r, key[6:], value)
            if shared:
                r.extras["toll_from"] = "previous sentence"
                for name in ("killed", "injured"):  # (the toll's own source, kept)
                    if f"group_{name}" in shared and told.claimed_by and (
                            told.claimed_by != r.claimed_by):
                        r.extras[f"{name}_claimed_by"] = told.claimed_by
        reports.remove(told)
        return


def _with_direction(m: Mention, text: str) -> Mention:
    """ "southern Lebanon": the country at country precision, the part named in the note."""
    part = _side_before(m, text)[1]
    if part is None or m.resolution.best.place.kind != "country":
        return m
    note = f"{part.group('part')} {m.resolution.best.place.name}{_PART_NOTE}"
    return Mention(m.start, m.end, m.text, replace(m.resolution, note=note))


# "in the Pokrovsk direction", "on the Kupiansk axis": a stretch of the front named after a
# town; the fighting is along it, not in the town
_FRONT_SECTOR_WORDS = needles("direction axis sector front")
_FRONT_SECTOR_AFTER_RE = re.compile(r"\s+(direction|axis|sector|front)(?![- ]line)\b",
                                    re.IGNORECASE)


def _front_sector(m: Mention, text: str) -> Mention:
    """A front sector: the town's point, with a note that the claim is near it, not at it."""
    after = _FRONT_SECTOR_AFTER_RE.match(text, m.end)
    place = m.resolution.best.place
    if after is None or place.kind not in SETTLEMENT_KINDS or m.resolution.note:
        return m
    note = (f"{NEAR_NOTE}: '{m.text} {after[1].lower()}', a stretch of the front named after "
            f"{place.name}")
    return Mention(m.start, m.end, m.text, replace(m.resolution, note=note))


def _with_part(m: Mention, side: str) -> Mention:
    """ "the southern Kherson region", "eastern Khan Younis", "the north of the Kharkiv
    region": the area at its own precision, the part named in the note."""
    side = side.replace("-", "")
    side = side if side.endswith("ern") or side == "central" else f"{side}ern"
    note = f"the {side} part of {m.resolution.best.place.name}"
    return Mention(m.start, m.end, m.text, replace(m.resolution, note=note))


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def _is_title(sentence: str, article: Article) -> bool:
    """The headline repeats the story's main claim; the body states it with its source."""
    title = article.title
    return bool(title) and len(sentence) >= len(title) // 2 and " ".join(
        sentence.split()) == " ".join(title.split())


_DATELINE_RE = re.compile(r"^[A-Z][\w .'’-]{1,40},[^.(]{0,40}\([\w/ .-]{1,25}\)\s*[-—–]\s*$")


def _is_dateline(sentence: str) -> bool:
    return len(sentence) < 80 and bool(_DATELINE_RE.match(sentence))


def _set_figures(report: Report, figures: dict[str, Figure | None]) -> None:
    for name in ("killed", "injured"):
        fig = figures[name]
        if fig is not None:
            setattr(report, name, fig.value)
            setattr(report, f"{name}_qualifier", fig.qualifier)
    for name in ("children_killed", "children_injured"):
        fig = figures[name]
        if fig is not None:
            setattr(report, name, fig.value)


_CASUALTY_RE = gated(
    "death casualties killed died dead injured wounded",
    r"\b(?:deaths|casualties|(?:was|were|been) killed|died|dead|injured|wounded)"
    r"\b[^.;]{0,20}\b(?:were |was )?(?:reported|recorded|confirmed)?")
_SINCE_BEFORE_RE = re.compile(r"\bsince\s+(?:(?:the|early|late|mid-?)\s+)?$")
_CAPITAL_OF_RE = re.compile(r"\bthe capital of\b|\bthe capital['’]s\b")
_ANAPHORA_RE = re.compile(r"\bthe (?:wider |same |border |entire |whole )?"
                          r"(?P<what>region|oblast|province|city|town|capital)\b"
                          r"(?!\s+of\b)")  # ("the town of Hanniyeh": a town of its own)


_CAPITAL_NAMED_RE = re.compile(r"\b(?:the (?P<adj>[A-Z][a-z]+)|(?P<own>[A-Z][a-z]+)['’]s) "
                               r"capital\b(?!\s+(?:region|oblast|province|district))")


_LARGEST_NAMED_RE = re.compile(
    r"\b(?:the (?P<adj>[A-Z][a-z]+)|(?P<own>[A-Z][a-z]+)['’]s) (?:(?P<nth>second|third|"
    r"fourth|fifth|2nd|3rd|4th|5th)[- ](?:largest|biggest)(?: city)?|(?:largest|biggest) "
    r"city|(?P<nth2>second|third) city)\b")
_NTH = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}


def _largest_named(sentence: str, start: int, gz: Gazetteer) -> list[Mention]:
    """ "Ukraine's second-largest city": the city of that rank by population (what
    agencies write of Kharkiv in a dispatch datelined there)."""
    m = _LARGEST_NAMED_RE.search(sentence)
    iso = _country_written(m, gz) if m else None
    city = gz.largest_city(iso, _NTH.get(m["nth"] or m["nth2"] or "", 1)) if (
        m and iso) else None
    return _city_said(m, start, city, 0.7, "largest city", ", by population") if (
        m and city) else []


def _capital_named(sentence: str, start: int, gz: Gazetteer) -> list[Mention]:
    """ "Explosions rocked the Iranian capital": the capital of the country named."""
    m = _CAPITAL_NAMED_RE.search(sentence)
    iso = _country_written(m, gz) if m else None
    city = gz.capital_of(iso) if iso else None
    return _city_said(m, start, city, 0.8, "capital") if m and city else []


def _country_written(m: re.Match[str], gz: Gazetteer) -> str | None:
    """The country a city's epithet names: by its adjective ("the Iranian capital") or
    by its name ("Russia's capital")."""
    if m["adj"]:
        return gz.demonym_country(fold(m["adj"]))
    named = gz.resolve(m["own"]).best
    return named.place.country if named and named.place.kind == "country" else None


def _city_said(m: re.Match[str], start: int, city: Place, score: float, how: str,
               why: str = "") -> list[Mention]:
    said = m.group()
    res = Resolution(said, Candidate(city, score, how), note=f"'{said}' read as {city.name}{why}")
    return [Mention(start + m.start(), start + m.end(), said, res)]


def _unknown_named(sentence: str, start: int, before: Report, gz: Gazetteer
                   ) -> list[Mention]:
    """ "an airstrike on the town of Hanniyeh killed three": a settlement the gazetteer
    lacks, in the country of the claim before, at country precision with a note (an editor
    can place it), rather than no report."""
    spans = unknown_settlement_spans(sentence, gz.has_key)
    country = gz.place(f"ne0:{before.country}") if spans and before.country else None
    if country is None:
        return []
    names = ", ".join(sentence[s.start:s.end] for s in spans)
    note = (f"{names!r} is not in the gazetteer: {country.name}, the country of the claim "
            "before, at country precision")
    at = start + spans[0].start
    return [Mention(at, at, names, Resolution(names, Candidate(country, 0.5, "unknown"),
                                              note=note))]


def _dateline_country(text: str, spans: list[tuple[int, int]], mentions: list[Mention],
                      gz: Gazetteer) -> Resolution | None:
    """The country an agency dispatch comes from ("KYIV, Ukraine (AP) —", "MOSCOW
    (Reuters) -"), when a war is fought there: a launch or an interception told with no
    target is over it. (A dispatch from Washington says nothing of where.)"""
    for s, e in spans[:4]:
        head = _dateline_head(text, s, e)
        if not head:
            continue
        named = [m.resolution.best.place for m in mentions if s <= m.start < s + head]
        country = next((p for p in named if p.kind == "country"), None) or next(
            (gz.place(f"ne0:{p.country}") for p in named if p.country), None)
        if country is None or country.country not in WAR_COUNTRIES:
            return None
        return Resolution(country.name, Candidate(country, 0.5, "dateline"))
    return None


def _anaphora(sentence: str, mentions: list[Mention], gz: Gazetteer, at: int = 0
              ) -> list[Mention]:
    """ "over the wider region", "in the city": the region or city the article is
    about, when one clearly dominates its mentions (a city's mentions count for its
    region)."""
    m = _ANAPHORA_RE.search(lower(sentence))
    if not m:
        return []
    what = m.group("what")
    regional = what in {"region", "oblast", "province"}
    tally: dict[str, list[Mention]] = {}
    for mention in mentions:
        place = mention.resolution.best.place
        if regional:
            key = place.id if place.kind == "admin1" else (
                place.admin1_id if place.kind in {"city", "town", "village"} else None)
        elif what == "capital":  # "missiles targeting the capital"
            key = place.id if gz.is_capital(place) else None
        else:
            key = place.id if place.kind in {"city", "town"} else None
        if key:
            tally.setdefault(key, []).append(mention)
    if not tally:
        return []
    ranked = sorted(tally.items(), key=lambda item: len(item[1]), reverse=True)
    if len(ranked) > 1 and len(ranked[0][1]) < 2 * len(ranked[1][1]):
        # no clear subject: the one of the leaders named before the sentence, if only one
        # was ("A strike on Sumy killed 34. ... slammed into the city centre"), else no
        # place rather than a guess
        top = len(ranked[0][1])
        told = [item for item in ranked if len(item[1]) * 2 > top and any(
            m.start < at for m in item[1])]
        if len(told) != 1:
            return []
        ranked = told
    place = gz.place(ranked[0][0])
    if place is None:
        return []
    said = sentence[m.start():m.end()]
    note = f"'{said}' read as {place.name}, the {what} the article is about"
    res = Resolution(said, Candidate(place, 0.6, "anaphora"), note=note)
    start = ranked[0][1][0].start
    return [Mention(start, start, said, res)]


_OPEN_QUOTES, _CLOSE_QUOTES = "\u201c\"", "\u201d\""


def _quoted_claimants(text: str, spans: list[tuple[int, int]]) -> dict[int, str]:
    """ '"12 adults and two children were killed. Another 108 were injured," the ministry
    said.': every sentence of a quotation belongs to whoever is credited after it."""
    out: dict[int, str] = {}
    for i, (a, b) in enumerate(spans):
        sentence = text[a:b].lstrip()
        if not sentence or sentence[0] not in _OPEN_QUOTES:
            continue
        closes = sentence.count("\u201d") + (sentence.count('"') - 1 if sentence[0] == '"'
                                             else sentence.count('"'))
        if closes > 0 and sentence[0] == "\u201c":
            continue
        if sentence[0] == '"' and sentence.count('"') % 2 == 0:
            continue  # the quotation closes in this sentence
        for j in range(i + 1, min(len(spans), i + 5)):
            later = text[spans[j][0]:spans[j][1]]
            if any(q in later for q in _CLOSE_QUOTES):
                who = claimant(later)
                if who:
                    out[i] = _expand_name(who[0], text)
                    for k in range(i + 1, j):
                        out.setdefault(k, out[i])
                break
    return out


_DEFENDER_RE = re.compile(r"(?:the\s+)?[A-Z][a-z]+(?:['’]s)?\s+(?:armed forces|forces|"
                          r"air[- ]defen[cs]es?|military|army|troops|air force|navy)\b")


def _defender(sentence: str) -> re.Match[str] | None:
    """Who shot down, at the head of the sentence or of its clause after a semicolon
    ("Russia launched 40 drones; Ukrainian air defences shot down 35 of them")."""
    m = _DEFENDER_RE.match(sentence)
    at = sentence.find("; ")
    while m is None and at >= 0:
        m = _DEFENDER_RE.match(sentence, at + 2)
        at = sentence.find("; ", at + 2)
    return m


def _defended_elsewhere(places: list[Mention], speaker: str | None, gz: Gazetteer) -> bool:
    """Whether an interception told beside a strike may have been anywhere but where the
    strike hit: over the speaker's own country ("struck Khiam, ... 35 rockets crossed from
    Lebanon, most of which were intercepted, the IDF said"), or, with no country to the
    speaker, anywhere in the country the struck town is in. A speaker of the strike's
    country, or a strike on a whole country ("struck Ukraine with 94 drones ..., adding
    that 68 had been shot down"), keeps the place, and so does an attack at sea (a
    warship defends itself where it sails, whatever its flag)."""
    if all(m.resolution.best.place.kind == "sea" for m in places):
        return False
    own = _speaker_country(speaker, gz) if speaker else []
    if not own:
        return any(m.resolution.best.place.kind != "country" for m in places)
    return own[0].resolution.best.place.country not in {
        m.resolution.best.place.country for m in places}


def _barrage_at(m: Mention, reports: list[Report], previous: list[Report]) -> Report | None:
    """A claim before the last one of an attack on the whole country the place named last
    lies in: a share downed after it is of that barrage, not of the town's."""
    place = m.resolution.best.place
    if not previous or place.kind in {"country", "sea", "airspace"}:
        return None
    return next((r for r in reversed(reports[-6:]) if r.event_type == "strike" and (
        r.place_kind == "country" and r.country == place.country and (
            r.quote_start < previous[0].quote_start))), None)


def _country_of(m: Mention, gz: Gazetteer) -> Mention | None:
    """The country a place named before lies in, at country precision, with a note."""
    place = m.resolution.best.place
    country = gz.place(f"ne0:{place.country}") if place.country else None
    if country is None:
        return None
    res = Resolution(m.text, Candidate(country, 0.5, "strike's country"), note=(
        f"where the interception was is not stated; the country of {place.name}, "
        "hit in the same sentence"))
    return Mention(m.start, m.start, m.text, res)


# Speakers named by acronym whose air defences guard their own country ("the IDF said";
# not CENTCOM, whose ships are far from home)
_HOME_ACRONYMS = {"IDF": "IL", "IAF": "IL", "SANA": "SY", "NNA": "LB", "IRNA": "IR",
                  "IRGC": "IR", "ISPR": "PK", "TASS": "RU", "RIA": "RU", "SAF": "SD"}


_ENEMY_ATTACKED_RE = gated("enemy", r"\bthe enemy (?:(?:[a-z]+ly|also|again) )?(?:attacked|"
                                   r"launched|struck|fired)\b")


# A sentence that opens by pointing back at the claim before it: "The drone crashed ...",
# "A second strike hit ...", "Another missile ...", "One drone was found ..."
# "U.S. forces shot down two drones. They also destroyed a launcher, CENTCOM said."
_THEY_ALSO_RE = re.compile(r"(?:they|it|he|she)\s+(?:also|then|later)\b")
_GOES_ON_RE = re.compile(
    r"(?:the|this|that|another|a (?:second|third|further)|one(?: of the)?)\s+(?:[\w-]+\s+)?"
    r"(?:drones?|uavs?|"
    r"missiles?|rockets?|strikes?|attacks?|projectiles?|shells?|objects?|debris|wreckage|"
    r"blasts?|explosions?)\b|"
    # "Hits were recorded in the Sumy and Kharkiv regions": where what was fired landed
    r"(?:(?:drone|missile)\s+)?(?:hits|impacts)\s+(?:were|have been)\s+(?:recorded|"
    r"registered|reported)\b")


def _downed_of_launch(sentence: str, launched: list[tuple[Figure, str]]) -> bool:
    """ "Russia launched 810 drones and 13 missiles ... Air defences downed 747 drones and 4
    missiles": each weapon downed is one launched, and no more of it."""
    counts = [f for f in projectile_counts(sentence) if f.value]
    return bool(counts) and all(any(
        k == weapon(fig.what, "interception") and f.value is not None and fig.value is not None
        and fig.value <= f.value for f, k in launched) for fig in counts)


def _of_speakers_country(who: str, places: list[Mention], gz: Gazetteer) -> bool:
    home = _speaker_country(who, gz)
    return bool(home) and all(m.resolution.best.place.country == home[0].resolution.best.place
                              .country for m in places)


# "struck Ukrainian energy facilities", "bombed Cambodian military targets", "shelled
# Russian border villages": what was hit, named only by its country's adjective (not
# "Russian positions" or "troops": those stand where the front is, often abroad)
_TARGET_VERBS = needles("struck hit attack bombed shelled pounded target strik")
_TARGET_DEMONYM_RE = re.compile(
    r"\b(?:struck|hit|hitting|attacked|bombed|shelled|pounded|"
    r"targeted|targeting|striking|attacking|"
    # "carried out a massive strike with long-range precision weapons on Ukrainian military
    # airfields"
    r"(?:strikes?|attacks?)\s+(?:[\w-]+\s+){0,6}?(?:on|against))\s+(?:the\s+|several\s+|"
    r"two\s+|three\s+|"
    r"a number of\s+|dozens of\s+)?(?P<adj>[A-Z][a-z]+)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:cities|towns|villages|settlements|territory|regions|infrastructure|facilities|"
    r"power (?:plants|stations)|refiner(?:y|ies)|oil depots?|airports?|airfields?|"
    r"air ?bases?|ports?|military targets|targets|sites|bases|positions)\b")


def _adjective_country(adjective: str, gz: Gazetteer) -> Place | None:
    """The country a demonym names ("Lebanese" -> Lebanon), or None."""
    iso = gz.demonym_country(fold(adjective))
    return gz.place(f"ne0:{iso}") if iso else None


def _target_country(sentence: str, low: str, start: int, gz: Gazetteer) -> list[Mention]:
    # (the pattern reads the adjective's capital, so it runs on the sentence as written,
    # behind a gate on its lower-cased copy)
    m = _TARGET_DEMONYM_RE.search(sentence) if any_in(_TARGET_VERBS, low) else None
    place = _adjective_country(m["adj"], gz) if m else None
    if m is None or place is None:
        return []
    said = " ".join(sentence[m.start("adj"):m.end()].split())
    res = Resolution(m["adj"], Candidate(place, 0.5, "demonym"),
                     note=f"{_NO_PLACE}; the country of the targets ({said})")
    return [Mention(start + m.start("adj"), start + m.end("adj"), m["adj"], res)]


_TOWN_OF = needles("town_of village_of city_of hamlet_of settlement_of")
_DEMONYM_TOWN_RE = re.compile(
    r"\b(?P<adj>[A-Z][a-z]+)\s+(?:[a-z]+\s+){0,2}?(?P<kind>town|village|city|hamlet|"
    r"settlement) of (?P<name>(?:al-|el-)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")


def _unknown_town_country(sentence: str, low: str, start: int, gz: Gazetteer
                          ) -> list[Mention]:
    """ "In the southern Lebanese town of Houmine": a town the gazetteer lacks is
    still in the country its adjective names, which is where the claim is mapped."""
    m = _DEMONYM_TOWN_RE.search(sentence) if any_in(_TOWN_OF, low) else None
    place = _adjective_country(m["adj"], gz) if m else None
    if m is None or place is None:
        return []
    res = Resolution(m["adj"], Candidate(place, 0.5, "demonym"), note=(
        f"{m['kind']} {m['name']!r} is not in the gazetteer; resolved to {place.name}, the "
        f"country told ({' '.join(sentence[m.start():m.end()].split())})"))
    return [Mention(start + m.start("name"), start + m.end("name"), m["name"], res)]


def _harm_told(low: str) -> bool:
    """Whether a sentence tells deaths or injuries as news of one attack (not a forecast,
    diplomacy, a running tally "since Saturday", nor a part of a toll told before)."""
    return bool(_CASUALTY_RE.search(low)) and not _MODAL_RE.search(low) and not (
        _DIPLOMACY_RE.search(low)) and " since " not in low and not _PART_OF_TOLL_RE.search(low)


def _in_lead_country(in_sentence: list[Mention], country: str | None,
                     who: tuple[str, int, int] | None, start: int) -> bool:
    """Whether the sentence names a place below country level in the country a lead told
    of (not only its speaker's: "the Lviv governor said")."""
    return country is not None and any(
        m.resolution.best.place.kind not in {"country", "continent"}
        and m.resolution.best.place.country == country
        and not _names_only_its_speaker([m], who, start) for m in in_sentence)


def _speaker_country(who: str, gz: Gazetteer, note: str = _NO_PLACE) -> list[Mention]:
    for found in re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*(?![-\w])|\b[A-Z]{3,5}\b", who):
        # "the IDF", "the Ukrainian air force" ("the Ukrainian Air Force": its first word;
        # "The Ukrainian Air Force" at a sentence's start: the word after the article; not
        # "the Russian-installed governor": a patron's adjective, not his country)
        found = found.removeprefix("The ")
        head = found.split()[0]
        word = head if head != found and gz.demonym_country(fold(head)) and not (
            gz.demonym_country(fold(found))) else found
        iso = _HOME_ACRONYMS.get(word) or gz.demonym_country(fold(word))
        if iso is None and word.isupper():
            continue  # (an acronym of no known country)
        if iso is None:  # "Ukraine's air force" ("the defence ministry in Bucharest")
            named = gz.resolve(word).best
            iso = named.place.country if named and (named.place.kind == "country" or (
                named.place.kind == "city" and gz.is_capital(named.place))) else None
        place = gz.place(f"ne0:{iso}") if iso else None
        if place is not None:
            res = Resolution(word, Candidate(place, 0.5, "speaker"),
                             note=f"{note}; the country of the speaker ({who})")
            return [Mention(0, 0, word, res)]
    return []


_Told = tuple[dict[str, Figure | None], set[str], DateRef | None, str | None]


def _toll_told_before(report: Report, told: _Told, gz: Gazetteer) -> None:
    """A toll in the sentence before a claim, at the claim's place (or its region), is
    the claim's, with that sentence's date and source when the claim has none."""
    tolls, ids, when, said_by = told
    if report.place_id not in ids:
        place = gz.place(report.place_id)
        if place is None or place.admin1_id not in ids:
            return
    _set_figures(report, tolls)
    report.extras["figures_from"] = "previous sentence"
    if report.date_text is None and when is not None and when.date is not None:
        report.event_date, report.date_precision, report.date_text = (
            when.date, when.precision, when.text)
    if report.claimed_by is None and said_by:
        report.claimed_by = said_by
        report.extras["claimed_by_from"] = "previous sentence"


def _added(fig: Figure) -> str | None:
    """A figure's qualifier, but not "another" when nothing of its kind was told before
    ("Two were killed. Another six people were injured": six injured, no more)."""
    return None if fig.qualifier in {"another", "a further"} else fig.qualifier


# "This was reported by the regional administration", "The governor reported it on
# Telegram", "Ukrinform reports this with reference to the air force": a sentence that
# only names who told the one before
_TOLD_BY_RE = gated(
    "reported stated announced confirmed said wrote posted informed reports",
    r"^\W*(?:(?:this|it|that|the (?:information|news))\s+(?:was|has been|had been|is)\s+"
    r"(?:reported|stated|announced|confirmed|said|posted|written)\s+(?:on (?:telegram|"
    r"facebook|x)\s+)?by\s+(?P<by>[^.;!?]+?)|(?P<who>[^.;!?]+?)\s+(?:reported|reports|"
    r"stated|states|announced|announces|confirmed|confirms|said|wrote|posted|informed)\s+"
    r"(?:about\s+)?(?:it|this|so|that)(?:\s+with reference to\s+[^.;!?]+?)?)"
    r"(?:,?\s+(?:on|in|via)\s+(?:telegram|facebook|x|(?:an? |his |her |its |the )?"
    r"(?:post|statement|briefing|video address|evening address)))?(?:\s+on \w+day)?"
    r"\W*$")


# What an attack left behind, told with no attack of its own
_AFTERMATH_RE = gated(
    "damage fire blaze outage windows inside rubble trapped no_military rescuer",
    r"\b(?:damaged?|fires?\s+(?:broke out|erupted|started|was extinguished)|caught fire|"
    r"blazes?|(?:power|electricity) outages?|windows were (?:shattered|blown out|broken))\b|"
    # ("There were children inside", "people are trapped under the rubble", "there was no
    # military target there", "rescuers are at the scene": the scene of the attack)
    r"\b(?:(?:children|people|civilians|residents|families) (?:were |are )?inside|"
    r"(?:under|from) the rubble|trapped|no military (?:target|facilit|object|site)|"
    r"rescuers (?:are|were) (?:at|on|working|searching))")


def _told_by(sentence: str, low: str) -> str | None:
    m = _TOLD_BY_RE.search(low)
    if m is None:
        return None
    if m["by"]:
        return sentence[m.start("by"):m.end("by")]
    who = claimant(sentence)
    if who is None or who[1] != m.start("who"):
        return None  # ("Officials said so": only a speaker claimant() knows)
    return who[0]  # (with whom it cites: "Ukrinform reports this with reference to ...")


def _sourced_back(reports: list[Report], who: str, told: str = "later sentence") -> None:
    """ "Overnight, the enemy attacked the Dnipropetrovsk region. Nikopol came under fire.
    A man was injured, Serhiy Lysak said.": the speaker who ends an account is the source
    of the paragraph's claims before it that named none (back to one that named one)."""
    for report in reversed(reports):
        if report.claimed_by is None:
            report.claimed_by = who
            report.extras["claimed_by_from"] = told
        elif report.claimed_by != who:
            return


# "Twelve of the dead were in a school": a part of the toll told before, where it fell
_PART_OF_TOLL_RE = gated("of_the of_those", rf"\b{NUM}\s+of\s+(?:the|those)\s+(?:dead|killed|"
                         r"victims|injured|wounded|casualties)\b")
_TOLL_FIELDS = ("killed", "killed_qualifier", "injured", "injured_qualifier",
                "children_killed", "children_injured")


def _tolls_to_told(new: list[Report], told: list[Report], reports: list[Report]
                   ) -> list[Report]:
    """Each new toll-only report whose claim was told before at the same place, on the
    same day and with no toll of its own, completes that claim instead (and leaves
    ``reports``); returns what the sentence now stands for."""
    out: list[Report] = []
    for r in new:
        same = next((p for p in told if p.place_id == r.place_id and p.event_type == (
            r.event_type) and p.event_date == r.event_date and p.killed is None and (
            p.injured is None) and not any(k.startswith("group_") for k in p.extras)), None)
        if same is None:
            out.append(r)
            continue
        if any(getattr(r, name) is not None for name in _TOLL_FIELDS):
            for name in _TOLL_FIELDS:
                setattr(same, name, getattr(r, name))
            same.extras["toll_from"] = "next sentence"
            if r.claimed_by and r.claimed_by != same.claimed_by and (
                    "claimed_by_from" not in r.extras):
                for name in ("killed", "injured"):  # (its own source, as the map shows it)
                    if getattr(r, name) is not None:
                        same.extras[f"{name}_claimed_by"] = r.claimed_by
        reports.remove(r)
        if same not in out:
            out.append(same)
    return out


def _drop_told_total(new: list[Report], reports: list[Report]) -> None:
    """ "Air defences destroyed 47 drones over six regions ... 47 UAVs: 20 over the
    Belgorod Region, 12 over ...": the country-wide claim told before is this one, now
    told region by region, and leaves ``reports`` (its total stays, as total_count)."""
    first = new[0]
    total = first.extras["total_count"]
    before = reports[max(0, len(reports) - len(new) - 8): len(reports) - len(new)]
    for r in before:
        if r.event_type == "interception" and r.place_kind == "country" and (
                r.country == first.country and r.count == total) and (
                r.event_date == first.event_date and r.weapon in {first.weapon, "unknown"}):
            reports.remove(r)
            for report in new:
                report.extras.setdefault("total_from", "earlier sentence")
            return


def _counts_to_told(new: list[Report], told: list[Report], reports: list[Report]
                    ) -> list[Report]:
    """Each new count of the downed, in a place a claim over several places told before
    with no count of its own, is that place's count (and leaves ``reports``)."""
    out: list[Report] = []
    for r in new:
        same = next((p for p in told if p.place_id == r.place_id and p.group and (
            p.event_type == r.event_type) and p.count is None and r.count is not None), None)
        if same is None:
            out.append(r)
            continue
        same.count, same.count_qualifier = r.count, r.count_qualifier
        same.extras["count_from"] = "next sentence"
        reports.remove(r)
        out.append(same)
    return out


# "Another 10 drones were destroyed later": more of them, not the same told again
_ONE_MORE_RE = gated("another more further additional other second also again later",
                     r"\b(?:another|more|further|additional|other|second|also|again|"
                     r"later)\b")


def _told_total(reports: list[Report]) -> int | None:
    """The count of weapons the claims of one sentence told in all."""
    shared = reports[0].extras.get("group_count") or reports[0].extras.get("total_count")
    if shared:
        return shared
    counts = [r.count for r in reports if r.count]
    return sum(counts) if len(counts) == len(reports) else None


def _told_on(report: Report, who: str | None, figures: dict[str, Figure | None]) -> None:
    """A sentence that tells more of the claim before: its speaker is the claim's source
    when the claim named none, and its figures complete the claim's."""
    if who and report.claimed_by is None:
        report.claimed_by = who
        report.extras["claimed_by_from"] = "next sentence"
    elif who and not _PRONOUN_RE.match(who) and not _same_speaker(who, report.claimed_by):
        # "..., the governor said. The Defence Ministry in Moscow confirmed the attack":
        # a second source of the same claim, kept beside the first
        also = report.extras.setdefault("also_claimed_by", [])
        if who not in also:
            also.append(who)
    _complete_figures([report], figures)


def _complete_figures(reports: list[Report], figures: dict[str, Figure | None],
                      who: str | None = None) -> bool:
    """ "Shelling hit Kupiansk. One civilian was killed.": a toll in the next sentence
    belongs to the claim before it (a claim over several places keeps it on its group,
    never split); its speaker is the claim's source when the claim named none."""
    if len(reports) > 1 and reports[0].group and all(
            r.group == reports[0].group for r in reports):
        # "Two were killed in Pokrovsk and one in Kostiantynivka. Another six people were
        # injured.": a toll of the whole claim, on its group
        told = False
        for name in ("killed", "injured"):
            fig = figures[name]
            if fig is not None and all(getattr(r, name) is None and (
                    f"group_{name}" not in r.extras) for r in reports):
                for r in reports:
                    r.extras[f"group_{name}"] = fig.value
                    r.extras[f"group_{name}_qualifier"] = _added(fig)
                told = True
        if told and who:
            _sourced_back(reports, who, "next sentence")
        return told
    if len(reports) != 1:
        return False
    report = reports[0]
    told = False
    for name in ("killed", "injured", "children_killed", "children_injured"):
        fig = figures[name]
        if fig is not None and getattr(report, name) is None:
            setattr(report, name, fig.value)
            told = True
            if name in ("killed", "injured"):
                setattr(report, f"{name}_qualifier", _added(fig))
            if who and report.claimed_by and who.lower() != report.claimed_by.lower():
                # "Shelling hit Omdurman, residents said. At least 15 were killed, the
                # Sudan Doctors Network said": the toll keeps its own source
                report.extras[f"{name}_claimed_by"] = who
    if told and who and report.claimed_by is None:
        report.claimed_by = who
        report.extras["claimed_by_from"] = "next sentence"
    return told


_BARE_NIGHT_RE = re.compile(r"overnight|last night|during the night|at night")
_TOLL_AT_RE = re.compile(r"\b(?:kill(?:ing|ed)|wound(?:ing|ed)|injur(?:ing|ed)|dead|died)\b")


def _toll_told_by_another(sentence: str, low: str, who: tuple[str, int, int]
                          ) -> tuple[tuple[str, int, int], str] | None:
    """(who tells the attack, who tells its toll) when a sentence gives them apart: "Iran's
    Revolutionary Guards said they fired missiles at Erbil, killing four, according to
    Kurdish officials"; "Russia said it struck Kharkiv; the governor said two were
    killed"."""
    toll = _TOLL_AT_RE.search(low)
    if toll is None:
        return None
    at = toll.start()
    if who[1] > at and "according to" in low[at:]:
        opening = _claimant(sentence[:at])
        if opening and opening[0] != who[0]:
            return opening, who[0]
        return None
    semi = sentence.rfind(";", 0, at)
    if who[2] <= semi:
        other = _claimant(sentence[semi + 1:])
        if other and other[0] != who[0]:
            return who, other[0]
    return None


# "The death toll in the war has risen to 10,000": a running tally, no attack's toll (as
# are the yearly ones of _TOTALS_RE)
_WAR_TALLY_RE = gated(
    "war conflict invasion",
    r"\b(?:in|of|during|since) the (?:[\w-]+ )?(?:war|conflict|invasion)\b|"
    # "The war ... erupted in April 2023 and has killed at least 24,000 people"
    r"\b(?:war|conflict|invasion)\b[^.;]{0,80}?\b(?:has|have) (?:\w+ )?(?:killed|left|claimed)\b")
_TOLL_UPDATE_RE = gated(
    _ROSE.replace("|", " ") + " reached",
    rf"\b(?:{_ROSE}|reached)\s+(?:to\s+)?(?:{QUAL}\s+)?{NUM}\b")


def _toll_update(report: Report, figures: dict[str, Figure | None], low: str,
                 who: tuple[str, int, int] | None) -> Report | None:
    """The attack of ``report`` with the toll a later sentence gives it ("the death toll
    has risen to seven"): its own report, so the first figure and its source are kept
    beside the new one; dated by the attack, not by the day it was said."""
    if _TOLL_UPDATE_RE.search(low) is None:
        return None
    changed = {name: fig for name in ("killed", "injured") if (fig := figures[name]) is not None
               and fig.value is not None and getattr(report, name) is not None
               and fig.value != getattr(report, name)}
    if not changed:
        return None
    update = replace(
        report, count=None, count_qualifier=None, killed=None, killed_qualifier=None,
        injured=None, injured_qualifier=None, children_killed=None, children_injured=None,
        claimed_by=who[0] if who else report.claimed_by,
        extras={"updates": "previous report"})
    for name, fig in changed.items():
        setattr(update, name, fig.value)
        setattr(update, f"{name}_qualifier", fig.qualifier)
    return update


# Ukraine's air force counts drones "locationally lost" to electronic warfare apart from
# those shot down: "76 were shot down and 96 were 'lost'", "Another 9 drones were
# locationally lost"
_LOST_RE = gated("lost", rf"\b(?P<n>{NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:were|was|have been|"
                         r"had been)\s+[\"“'‘]?(?:locationally\s+|location-)?lost\b")


def _lost_to_jamming(low: str) -> int | None:
    m = _LOST_RE.search(low)
    return parse_number(m["n"])[0] if m else None


def _dated_before(body: str, came: re.Match[str], quote_start: int, start: int, end: int,
                  published: datetime | None, last_date: DateRef | None) -> DateRef | None:
    """ "It comes a day after a barrage killed 39": what follows "after" happened that long
    before the attack the sentence opens with (dated in it, or by the last date told, or
    the article's day), unless it is dated itself. Offsets are the claim's (start..end);
    ``came`` was found in the sentence that starts at ``quote_start``."""
    at, to = quote_start + came.start(), quote_start + came.end()
    own = find_date(body[max(start, to):end], published)
    if own is not None:
        shift = max(start, to) - start
        return replace(own, start=own.start + shift, end=own.end + shift)
    anchor = find_date(body[quote_start:at], published) or last_date
    base = anchor.date if anchor is not None else day_of(published)
    if base is None:
        return None
    n = parse_number(came.group("n"))[0] or 1
    weeks = came.group("unit").startswith("week")
    precision = "week" if weeks else anchor.precision if anchor is not None and (
        anchor.precision in {"week", "month"}) else "day"
    return DateRef(body[at:to], max(0, at - start), max(0, to - start),
                   base - timedelta(days=n * (7 if weeks else 1)), precision)


def _launched_of(fig: Figure) -> Figure | None:
    """ "22 of 27 drones": 27 were launched (only when no fewer than were downed: "all
    24 of 24")."""
    if fig.of is not None and fig.value is not None and fig.of >= fig.value:
        return Figure(fig.of, None, fig.start)
    return None


def _of_fired(fig: Figure, fired: dict[str, Figure], event: str) -> Figure:
    """The downed figure with the number of its weapon launched, as told before."""
    told = fired.get(weapon(fig.what, event))
    if fig.of is not None or fig.value is None or told is None:
        return fig
    return replace(fig, of=told.value)


_AND_RE = re.compile(r"\s+and\s+")


def _all_downed(low: str, counts: list[Figure], previous: list[Report]) -> list[Figure]:
    """ "All the drones were destroyed": as many as were launched of that weapon, in the
    sentence or the claim before it."""
    out = []
    for m in _ALL_DOWNED_RE.finditer(low):
        what = m.group("what") or m.group("what2")
        arms = weapon(what, "interception")
        value = _fired_before(counts, m.start(), arms) or next(
            (r.count for r in previous if r.weapon == arms and r.count), None)
        if value is None:
            continue
        out.append(Figure(value, None, m.start(), of=value, what=what))
        tail = _AND_RE.match(low, m.end())  # "shot down all the drones and one missile"
        for f in counts:
            if tail and f.start == tail.end() and f.value is not None:
                fired = _fired_before(counts, m.start(), weapon(f.what, "strike"))
                out.append(replace(f, of=f.of or (fired if fired and fired >= f.value
                                                  else None)))
    return out


def _fired_before(counts: list[Figure], at: int, arms: str) -> int | None:
    """The last number of a weapon told before a position ("launched 24 drones")."""
    told = [f.value for f in counts if f.start < at and f.value is not None
            and weapon(f.what, "strike") == arms]
    return told[-1] if told else None


def _downed_by_weapon(counts: list[Figure], downed: re.Match[str] | None, event: str,
                      alls: list[Figure]) -> list[Figure] | None:
    """The figures one downing lists for different weapons ("61 drones and four missiles
    had been downed"), each with the number of its weapon launched before it; with
    "all drones and one missile", the drones are as many as were launched."""
    inside = [f for f in counts if downed and downed.start() <= f.start < downed.end()]
    every = {weapon(f.what, event) for f in alls}
    inside = sorted([*alls, *(f for f in inside if weapon(f.what, event) not in every)],
                    key=lambda f: f.start)
    arms = [weapon(f.what, event) for f in inside]
    if len(inside) < (1 if alls else 2) or "unknown" in arms or len(set(arms)) < len(arms):
        return None
    fired = {weapon(f.what, "strike"): f.value for f in counts
             if downed and f.start < downed.start()}
    return [replace(f, of=f.of or (launched if launched and f.value is not None and (
        launched >= f.value) else None)) for f, kind in zip(inside, arms, strict=True)
        for launched in (fired.get(kind),)]


def _by_weapon(counts: list[Figure], event: str
               ) -> list[tuple[str, list[Figure], Figure | None]] | None:
    """ "shot down 37 of 60 drones and 58 of 90 missiles": one claim per weapon, each with
    its own figures (None when the figures count one weapon)."""
    parts: dict[str, tuple[str, list[Figure], Figure | None]] = {}
    for fig in counts:
        arms = weapon(fig.what, event)
        if arms == "unknown":
            return None
        parts.setdefault(arms, (arms, [fig], _launched_of(fig)))
    return list(parts.values()) if len(parts) > 1 else None


_LIST_JOIN_RE = re.compile(r"\s*(?:,|,?\s+and|,?\s+as well as)\s+")


def _listed_total(counts: list[Figure], low: str, event: str) -> list[Figure] | None:
    """ "shot down four Storm Shadow missiles and 15 HIMARS rockets": figures of one kind
    of weapon listed side by side add up to the claim's count (19), not the first alone."""
    if any(f.value is None or f.of is not None or f.start < 0 for f in counts):
        return None
    kinds = {weapon(f.what, event) for f in counts}
    if len(kinds) != 1 or "unknown" in kinds:
        return None
    for before, after in itertools.pairwise(counts):
        if not _LIST_JOIN_RE.fullmatch(low, before.start + len(before.what), after.start):
            return None
    total = sum(f.value or 0 for f in counts)
    qualifier = next((f.qualifier for f in counts if f.qualifier), None)
    return [Figure(total, qualifier, counts[0].start, None, counts[0].what)]


def _in_region_told(places: list[Mention], previous: list[Report], event: str | None,
                    between: str, gz: Gazetteer) -> bool:
    """Whether an attack on places in the region an attack was just told on, in the same
    paragraph and with no day of its own, goes on with that account."""
    return "\n" not in between and event in {"strike", "shelling", "other_attack",
                                             "explosion"} and all(
        r.place_kind in {"admin1", "admin2"} and r.event_type in {
            "strike", "shelling", "other_attack"} for r in previous) and all(
        m.resolution.best.place.kind not in {"admin1", "admin2"} for m in places) and (
        _within(places, previous, gz))


def _within(places: list[Mention], reports: list[Report], gz: Gazetteer,
            region: bool = False) -> bool:
    """Whether every place is, or lies in, one the reports are about: "Deaths were
    reported in Dnipro and Lviv" goes on with an account of Ukraine, not of Belgorod.
    With ``region``, a place in the region of a settlement the reports are about will do:
    "a drone struck a car in Belgorod, the governor said. Two were injured in Shebekino"
    is his account too."""
    areas = [area for r in reports if r.place_id and (area := gz.place(r.place_id))]
    return all(any(m.resolution.best.place.id == area.id or _contains(
        area, m.resolution.best.place) or (region and area.admin1_id is not None and (
            area.kind in SETTLEMENT_KINDS) and area.admin1_id == m.resolution.best.place.admin1_id)
        for area in areas) for m in places)


def _names_only_its_speaker(mentions: list[Mention], who: tuple[str, int, int] | None,
                            start: int) -> bool:
    """Whether the only places a sentence names are in its speaker's name ("Crews
    recovered 11 bodies, the Gaza health ministry said"): then its figures go on with the
    claim before (a place of its own makes a claim of its own)."""
    return all(who is not None and who[1] <= m.start - start < who[2] for m in mentions)


def _dedupe(reports: list[Report]) -> list[Report]:
    """The same claim told twice in one article (lede and body) is one report."""
    seen: set[tuple] = set()
    out = []
    for r in reports:
        key = (r.event_type, r.weapon, r.place_id, r.event_date, r.killed, r.injured, r.count,
               r.claimed_by, " ".join(r.quote.split()))
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out
