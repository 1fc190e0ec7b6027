//! A noun phrase walked back word by word from its last word: where a
//! source's words begin ("a senior official at the agency", "49% of
//! voters in Ohio").

use super::*;

/// The noun phrase ending at `end`, walking back to a clause boundary.
pub(super) fn noun_phrase_back(
    tagged: &Tagged,
    range: &Range<usize>,
    end: usize,
) -> Option<(usize, usize)> {
    phrase_back(tagged, range, end, true, 0)
}

/// How many issuers [`phrase_back`] follows back ("a statement issued by
/// the firm's report published by ..."): a bound on its depth, which a
/// text repeating "A statement posted at" would otherwise take as deep as
/// its length.
const ISSUER_HOPS: u8 = 3;

/// [`noun_phrase_back`]; with `shares`, a share of people placed after
/// it is sought too (the search for one asks again without, so that no
/// input nests it deeper); `hops`, the issuers followed back so far.
fn phrase_back(
    tagged: &Tagged,
    range: &Range<usize>,
    end: usize,
    shares: bool,
    hops: u8,
) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    // "GOP Candidates Resoundingly Reject", "Tim Allen Just Got Asked": a
    // title-case headline's adverbs and verbs end no subject.
    // (At most three words, in a headline's length of words.)
    let mut end = end;
    let headline = || range.len() <= 40 && crate::cue::is_title_case(tagged, range);
    let mut steps = 0;
    while steps < 3
        && end > range.start
        && end < tokens.len()
        && tokens[end].capitalized()
        && super::is_headline_verb(tagged, end)
        // ("Media Reports Reveal": a document's noun heads the subject.)
        && !tagged.word_in(end, List::Documents)
        && headline()
    {
        end -= 1;
        steps += 1;
    }
    if end < range.start || end >= tokens.len() || tagged.quoted[end] {
        return None;
    }
    let end_ok = tokens[end].is_word()
        || (tokens[end].kind() == Kind::Period && end > range.start && tokens[end - 1].is_word());
    if !end_ok {
        return None;
    }
    let b = match walk_back(tagged, range, end) {
        Walk::Start(b) => b,
        // "Teneo issued a statement saying": the statement's author.
        // ("Reyes played the reports down, issuing a statement through
        // Arsenal describing them as": a participle's subject is the main
        // clause's.)
        Walk::Issuer(k) if k > range.start && tagged.tokens[k - 1].kind() == Kind::Comma => {
            return super::introducing_subject(tagged, range)
                .filter(|&(_, l, v)| l < k && v < k)
                .map(|(f, l, _)| (f, l));
        }
        Walk::Issuer(k) => {
            if hops >= ISSUER_HOPS || k <= range.start {
                return None;
            }
            return phrase_back(tagged, range, k - 1, true, hops + 1);
        }
    };
    if let Some(share) = shares
        .then(|| share_before_place(tagged, range, b, end))
        .flatten()
    {
        return Some(share);
    }
    let b = trim_front(tagged, range, b, end)?;
    if b > end || !(tokens[b].is_word()) {
        return None;
    }
    Some((b, end))
}

/// "63% of respondents in the Sunday Times poll thought", "40 percent of
/// voters in Ohio say": the phrase from `b` to `end` only places a share of
/// people, which is the subject.
fn share_before_place(
    tagged: &Tagged,
    range: &Range<usize>,
    b: usize,
    end: usize,
) -> Option<(usize, usize)> {
    // (The walk back stops at the share's "of", at the preposition or at
    // a word of the place, before the phrase's end: the search starts a
    // few words before where it stopped.)
    let from = b.saturating_sub(1).max(range.start + 2);
    // ("... adults quizzed by ICM for the BBC": the walk stopped at "for".)
    // (Asked only when a preposition ends the walk, as it does there.)
    let after_preposition = b > range.start + 1 && tagged.in_set(b - 1, &PREPOSITIONS);
    let asked_by = (b.saturating_sub(8).max(range.start + 1)..b)
        .rev()
        .filter(|_| after_preposition)
        .find(|&k| {
            tagged.in_set(k, &POLLED)
                && (k + 1..b).all(|j| {
                    (j == k + 1 && tagged.is(j, "by"))
                        || tagged.tokens[j].capitalized()
                        || (j + 1 == b && tagged.in_set(j, &PREPOSITIONS))
                })
        });
    let from = asked_by.map_or(from, |k| from.min(k));
    // ("87% of the 1,000 adults quizzed by ICM for the BBC said": the
    // people asked, then who asked them.)
    let places = words!["in", "from", "for", "across", "at"];
    (from..end)
        .filter(|&k| tagged.is_any(k, places) || tagged.in_set(k, &POLLED))
        .find_map(|k| {
            let people = k - 1;
            if !crate::attribute::is_people(tagged, people) {
                return None;
            }
            let (first, last) = phrase_back(tagged, range, people, false, 0)?;
            let share = (first..last).any(|k| {
                tagged.is(k + 1, "of")
                    && (crate::attribute::is_share_unit(tagged, k)
                        || crate::attribute::is_share_word(tagged, k))
            });
            // ("Those asked in a poll said": the people a poll asked, when
            // no poll named or set by "the" is the source, "in the survey".)
            let asked = tagged.in_set(people, &POLLED) && unnamed_place(tagged, k, end);
            // ("the bosses polled": the participle is the phrase's.)
            let last = if tagged.in_set(k, &POLLED) { k } else { last };
            // ("78 percent of voters in a recent CBS News poll said": the
            // findings of a poll whose author is named; the poll is the
            // source.)
            // ("nations surveyed in a BBC poll": the poll after the
            // participle's preposition.)
            if share && named_poll(tagged, k, end) {
                let poll = k + 1 + usize::from(tagged.in_set(k + 1, &PREPOSITIONS));
                return Some((poll, end));
            }
            (share || asked).then_some((first, last))
        })
}

/// Whether the place from the preposition at `k` to `end` is a poll its
/// author names ("in a recent CBS News poll", "in the Sunday Times survey").
fn named_poll(tagged: &Tagged, k: usize, end: usize) -> bool {
    tagged.is_any(end, words!["poll", "survey"])
        && (k + 1..end).any(|d| tagged.tokens[d].capitalized())
}

/// Whether the place from the preposition at `k` to `end` is an unnamed
/// one: an indefinite article and lowercase words ("in a poll", "in an
/// online survey"; not "in the survey", "in a Gallup poll").
fn unnamed_place(tagged: &Tagged, k: usize, end: usize) -> bool {
    tagged.is_any(k + 1, words!["a", "an"])
        && (k + 2..=end).all(|d| tagged.tokens[d].is_word() && tagged.tokens[d].lowercase())
}

/// Where the walk back from a phrase's last word stops.
enum Walk {
    /// The phrase's first token.
    Start(usize),
    /// The phrase names a document that the verb at this token issued.
    Issuer(usize),
}

/// What the walk back does at a token.
enum Step {
    /// The token is part of the phrase.
    Take,
    /// The token ends the phrase.
    Stop,
    /// A verb of issuing ("Teneo issued a statement").
    Issuer,
}

/// Walks back from `end`, at most 14 tokens, while the tokens can belong
/// to one noun phrase.
fn walk_back(tagged: &Tagged, range: &Range<usize>, end: usize) -> Walk {
    let tokens = &tagged.tokens;
    let mut b = end;
    while b > range.start && end - b < 14 {
        let k = b - 1;
        if tagged.quoted[k] {
            break;
        }
        // "Congressional Budget Office (CBO) forecasts": a name's acronym
        // in brackets, after it.
        if k >= range.start + 3
            && super::initials_in_brackets(tagged, k)
            && tokens[k - 3].capitalized()
            // (Before a title, a document or a name: not "(IFPTE) sent",
            // nor "(NHTCU) A survey", a sentence run on.)
            && (tokens[b].capitalized() && !tagged.is_any(b, words!["a", "an", "the"])
                || tagged.word_in(b, List::Titles)
                || tagged.word_in(b, List::Documents))
        {
            b = k - 2;
            continue;
        }
        let step = match tokens[k].kind() {
            Kind::Word => step_at_word(tagged, range, k, b, end),
            // Abbreviation dots: "Sen.", "J.", "Jr.", "F.A.A."
            Kind::Period
                if k > range.start
                    && tokens[k - 1].is_word()
                    && (tokens[k - 1].span().len() <= 4 || tagged.bytes(k - 1).contains(&b'.'))
                    && tokens[k - 1].capitalized() =>
            {
                Step::Take
            }
            Kind::Other if tagged.word(k) == "&" => Step::Take,
            // ("filed a $40 million lawsuit": a sum before a document's
            // noun.)
            Kind::Other
                if matches!(tagged.word(k), "$" | "£" | "€")
                    && crate::token::is_numeral(tagged.bytes(b))
                    && tagged.is_any(b + 1, words!["million", "billion", "trillion"])
                    && (b + 2..=end).any(|d| tagged.word_in(d, List::Documents)) =>
            {
                Step::Take
            }
            // "40% of Republicans": a share of people, with its number. (Not
            // "15% of all traffic analysis by the firm", whose source is
            // after a preposition; "70% of those asked" ends in a
            // participle of polling, no preposition.)
            Kind::Other
                if tagged.word(k) == "%"
                    && k > range.start
                    && crate::token::is_numeral(tagged.bytes(k - 1))
                    && tagged.is(b, "of")
                    && !(b + 1..=end)
                        .any(|d| tagged.in_set(d, &PREPOSITIONS) && !tagged.in_set(d, &POLLED)) =>
            {
                Step::Take
            }
            // "the Musicians' Union": a plural's possessive mark in a name.
            // "Apacs' figures", "Retail Decisions' survey": a name's, before
            // the noun of what it issued or employs.
            // ("Sanders' fundraising email": one modifier between.)
            Kind::Quote
                if plural_possessive(tagged, range, k)
                    && (tokens[k + 1].capitalized()
                        || tokens[k - 1].capitalized()
                            && (tagged.word_in_any(k + 1, OWNED_NOUNS)
                                || tokens[k + 1].lowercase()
                                    && tagged.word_in_any(k + 2, OWNED_NOUNS))
                        // ("Australian tennis' top official", "the players'
                        // union": a body or a post of the owner's.)
                        || (k + 1..(k + 3).min(range.end)).any(|j| {
                            tokens[j].lowercase()
                                && tagged.word_in_any(j, MEMBER_LISTS)
                                && !is_plural(tagged, j)
                        }))
                    && !tagged.quoted[k] =>
            {
                Step::Take
            }
            Kind::Comma if place_list_comma(tagged, range, k, end) => Step::Take,
            // "Politico/Morning Consult": joint names of pollsters and outlets.
            Kind::Other
                if tagged.word(k) == "/"
                    && k > range.start
                    && tokens[b].capitalized()
                    && tokens[k - 1].capitalized() =>
            {
                Step::Take
            }
            _ => Step::Stop,
        };
        match step {
            Step::Take => b = k,
            Step::Stop => break,
            Step::Issuer => return Walk::Issuer(k),
        }
    }
    Walk::Start(b)
}

/// "voters in Alabama, Georgia and Virginia said": the comma at `k` lists
/// places, which the words to `end` close with "and", after a preposition
/// of place that a noun before it owns; or an office's brief after its
/// "for" ("The Secretary of State for Culture, Media and Sport"). Within a
/// few names, so that the walk stays bounded. Not a list of people
/// ("Bingham, Steyn and Hope said"), nor a place ending an opening phrase
/// ("In Toledo, Clinton").
fn place_list_comma(tagged: &Tagged, range: &Range<usize>, k: usize, end: usize) -> bool {
    let tokens = &tagged.tokens;
    let list = |d: usize| {
        tokens[d].capitalized() || tokens[d].kind() == Kind::Comma || tagged.is(d, "and")
    };
    if k <= range.start
        || !tokens[k - 1].capitalized()
        || end > k + 8
        || !(k + 1..=end).all(list)
        || !(k + 1..end).any(|d| tagged.is(d, "and"))
    {
        return false;
    }
    let mut j = k - 1;
    while j > range.start && k - j < 12 {
        let t = tokens[j];
        if tagged.is_any(j, words!["in", "across", "from"]) {
            // (The noun may open the sentence: "Voters in Ohio, ...".)
            return j > range.start
                && tokens[j - 1].is_word()
                && (tokens[j - 1].lowercase() || j - 1 == range.start);
        }
        // ("The Secretary of State for Culture, Media and Sport, Tessa
        // Jowell": an office's brief, listed.)
        if tagged.is(j, "for") {
            return j > range.start && tagged.lists_ending_at(j - 1).has(List::Titles);
        }
        if !(t.capitalized() || t.kind() == Kind::Comma) {
            return false;
        }
        j -= 1;
    }
    false
}

/// Words that may stand before a share's number as part of its phrase.
#[rustfmt::skip]
const SHARE_OPENERS: &[u64] = words![
    "about", "some", "over", "under", "nearly", "almost", "just", "only", "barely", "roughly",
    "around", "than", "of", "and", "fully", "another", "a", "the", "those",
];

/// Nouns of what a body issues or of who speaks for it, which a name's
/// plural possessive may stand before.
const OWNED_NOUNS: Lists = Lists::of(&[
    List::Documents,
    List::Titles,
    List::GroupNouns,
    List::MediaNouns,
    // ("Sanders' campaign said".)
    List::InstitutionNouns,
]);

/// The walk back at word `k`, the phrase so far starting at `b` and ending
/// at `end`.
fn step_at_word(tagged: &Tagged, range: &Range<usize>, k: usize, b: usize, end: usize) -> Step {
    let tokens = &tagged.tokens;
    let t = tokens[k];
    // ("surprised by the announcement many analysts said": a quantifier
    // opens its phrase; "the many analysts", "so many" keep theirs.)
    if tagged.is_any(b, words!["many", "some", "several", "most", "few"])
        && t.lowercase()
        && !tagged.in_set(k, &DEFINITE)
        && !tagged.is_any(
            k,
            words![
                "so", "too", "how", "very", "not", "of", "a", "his", "her", "their", "its", "our",
                "also", "and", "but"
            ],
        )
        && !tagged.in_set(k, &PREPOSITIONS)
    {
        return Step::Stop;
    }
    if tagged.is(k, "and") {
        // ("current and former officials": two times of one group.)
        let times = words!["current", "former", "present", "past", "serving", "retired"];
        let times_joined =
            k > range.start && tagged.is_any(k - 1, times) && tagged.is_any(b, times);
        return if times_joined || joins_subjects(tagged, range, k, b) {
            Step::Take
        } else {
            Step::Stop
        };
    }
    // "Critics such as Ann Lee", "proponents like Mr. Eisenbrey": a group
    // and the names of some of its members are one source.
    let group = |i: usize| i >= range.start && tagged.word_in(i, List::GroupNouns);
    let named = tokens[b].capitalized();
    let example = (named && tagged.is_any(k, words!["like", "including"]) && k > 0 && group(k - 1))
        || (named && tagged.is(k, "as") && k > 1 && tagged.is(k - 1, "such") && group(k - 2))
        || (tagged.is(k, "such") && tagged.is(b, "as") && k > 0 && group(k - 1));
    if example {
        return Step::Take;
    }
    // "advisers to Mr. Obama", "people close to her": "to" inside the phrase.
    // ("Sanders' fundraising email to his supporters notes": a document
    // sent to someone.)
    let to_in_phrase = tagged.is(k, "to")
        && k > range.start
        && (tagged.word_in(k - 1, List::GroupNouns)
            // (Not "in order to", nor "logs to trace": an infinitive.)
            || tagged.word_in(k - 1, List::Documents)
                && !tagged.is(k - 1, "order")
                && (b < range.end && tagged.tokens[b].capitalized()
                    || tagged.is_any(b, words!["the", "a", "an", "his", "her", "its", "their", "our"])
                    || tagged.bytes(b).ends_with(b"s")
                    || tagged.word_in(b, List::GroupNouns))
            || tagged.is_any(k - 1, words!["close", "next", "privy"])
            // ("Organizers of the push to boycott the speech": an effort's
            // aim, inside the phrase.)
            || tagged.is_any(k - 1, words!["push", "effort", "efforts", "bid", "drive", "attempt", "attempts"])
                && k > range.start + 2
                && (k.saturating_sub(5).max(range.start)..k).any(|j| tagged.is(j, "of"))
            // ("A letter sent to Martin Mubanga said": a document sent.)
            || k > range.start + 1
                && tagged.is_any(k - 1, super::SENT)
                && tagged.word_in(k - 2, List::Documents)
            // "the deputy head of China's delegation to the forum": a body
            // sent to another.
            || tagged.is_any(k - 1, words!["delegation", "mission"])
                && tagged.tokens[k - 1].lowercase()
            // "Pakistan's High Commissioner to Britain", "the US envoy to
            // Iraq": a post held at another state.
            // (With its holder's name after a comma, "ambassador to the
            // WTO, Carlo Trojan", the name is the source.)
            || tagged.is_any(k - 1, super::ENVOYS)
                && (b..range.end.min(b + 12))
                    .take_while(|&j| !tagged.word_in(j, List::CueVerbs))
                    .all(|j| tagged.tokens[j].kind() != Kind::Comma)
            // "the Committee to Protect Journalists": a body's cause.
            || tagged.tokens[k - 1].capitalized()
                && tagged.word_in(k - 1, List::InstitutionNouns)
                && b < end
                && super::names::names_a_cause(tagged, b, end)
            // "Democrats trying to regain control say", "officials hoping
            // to avoid a strike say": people striving for something.
            || striving(tagged, range, k - 1));
    // "has also included members of ...": a verb, not a modifier.
    if t.lowercase()
        && tagged.bytes(k).ends_with(b"ed")
        && k > range.start
        && (subject::is_auxiliary(tagged, k - 1)
            || tagged.is_any(
                k - 1,
                words!["also", "not", "just", "still", "now", "only", "even", "then",],
            ))
    {
        return Step::Stop;
    }
    if t.lowercase()
        && tagged.is_any(k, ISSUING)
        && (b..=end).any(|d| tagged.word_in(d, List::Documents))
    {
        return Step::Issuer;
    }
    // "Paul Boateng attacked the Tory plans": after a name (not a
    // sentence's capitalised first word) and before an object, a
    // past tense is the name's verb ("Democratic registered
    // voters", "Ukrainian state-owned Naftohaz" have none).
    if t.lowercase()
        && k > range.start + 1
        && tokens[k - 1].capitalized()
        && tagged.bytes(k).ends_with(b"ed")
        && !tagged.bytes(k).contains(&b'-')
        && (tagged.is_any(
            k + 1,
            words!["the", "a", "an", "his", "her", "its", "their", "them", "him"],
        ) || tokens[k + 1].capitalized())
    {
        return Step::Stop;
    }
    // "Rosneft now owns Yugansk and Russia has said": a verb of owning
    // before a name is the verb of a clause before the source (verbs
    // that are no nouns: "its hosts Ant and Dec" is one phrase).
    if t.lowercase()
        && tokens[b].capitalized()
        && tagged.is_any(
            k,
            words!["owns", "bought", "buys", "sold", "sells", "controls", "acquires"],
        )
    {
        return Step::Stop;
    }
    if t.lowercase() && honorific_opens_name(tagged, b, k) {
        return Step::Stop;
    }
    // "To make matters worse 90% of firms": a share starts at its number or
    // at a word that qualifies it ("about", "some", "a total of").
    if tagged.is(b + 1, "%")
        && crate::token::is_numeral(tagged.bytes(b))
        && !tagged.is_any(k, SHARE_OPENERS)
    {
        return Step::Stop;
    }
    // "A report on the projects says", "a survey by the bank
    // found", ", reports from the region say": a document noun before its
    // topic, author or origin, no verb.
    // ("raised its estimate of oil demand": an object, after a
    // possessive inside the sentence.)
    let document = tagged.word_in(k, List::Documents)
        && tagged.is_any(k + 1, words!["on", "into", "of", "by", "from"])
        && !(k > range.start + 1 && tagged.is_any(k - 1, words!["its", "his", "her", "their"]));
    if (tagged.in_set(k, &STOP_BACK)
        && !to_in_phrase
        && !modal_surname(tagged, k)
        && !count_compared(tagged, range, k, b))
        || ((tagged.word_in(k, List::CueVerbs) || tagged.word_in(k, List::WeakCueVerbs))
            && t.lowercase()
            && !tagged.word_in(k, List::GroupNouns)
            && !document
            // ("Critics of the plan in Ohio say": a noun after its article;
            // "opponents of admitting refugees": a gerund after "of"; "the
            // first grand slam": a tournament.)
            && !crate::cue::grand_slam(tagged, k)
            && !striving(tagged, range, k)
            // ("Lawyers for the alleged killer", "the accused man": a
            // participle between an article and its noun.)
            && !(k > range.start
                && t.lowercase()
                && tagged.bytes(k).ends_with(b"ed")
                && tagged.is_any(k - 1, words!["the", "a", "an", "his", "her", "their", "its"])
                && tokens[b].lowercase()
                && tokens[b].is_word())
            && !(k > range.start
                && (tagged.is_any(k - 1, words!["the", "a", "an"]) && tagged.in_set(b, &PREPOSITIONS)
                    || tagged.is_any(k - 1, words!["of", "against"])
                        && tagged.bytes(k).ends_with(b"ing"))))
    {
        return Step::Stop;
    }
    Step::Take
}

/// Whether the "than" at `k` compares the count that opens the phrase at
/// `b`, after an "of" ("the survey of more than 1,000 people", "a group
/// of fewer than 20 lawmakers").
fn count_compared(tagged: &Tagged, range: &Range<usize>, k: usize, b: usize) -> bool {
    k >= range.start + 2
        && tagged.is(k, "than")
        && tagged.is_any(k - 1, words!["more", "less", "fewer"])
        && tagged.is(k - 2, "of")
        && crate::token::is_numeral(tagged.bytes(b))
}

/// Whether the participle at `k`, before "to", tells what people named
/// just before it strive for ("Democrats trying to", "officials hoping
/// to"): a modifier of theirs, inside the phrase.
pub(in crate::source) fn striving(tagged: &Tagged, range: &Range<usize>, k: usize) -> bool {
    #[rustfmt::skip]
    const STRIVING: &[u64] = words![
        "trying", "hoping", "seeking", "looking", "working", "fighting", "aiming", "struggling",
        "vying", "scrambling", "pushing", "racing", "rushing", "wanting", "planning", "eager",
        "anxious",
    ];
    k > range.start
        && tagged.is(k + 1, "to")
        && tagged.is_any(k, STRIVING)
        && (tagged.word_in(k - 1, List::GroupNouns)
            || tagged.tokens[k - 1].capitalized() && super::is_plural(tagged, k - 1))
}

/// Whether the "and" at `k`, before the phrase starting at `b`, joins two
/// subjects into one: "Trump and Pence said", "leaders and diplomats said".
pub(super) fn joins_subjects(tagged: &Tagged, range: &Range<usize>, k: usize, b: usize) -> bool {
    let tokens = &tagged.tokens;
    // Names, or groups, joined by "and" are one subject.
    // ("Labour and the Tories", "the Commission for Latin America and the
    // Caribbean": "the" before a name; not before an office, "the head of
    // the Bank of England and the Chancellor".)
    let named_at = |b: usize| {
        tokens[b].capitalized()
            // "Former Secretary of State Hillary Clinton and former Maryland
            // Gov. Martin O'Malley": a past office before the name.
            || tagged.is(b, "former") && tokens.get(b + 1).is_some_and(|t| t.capitalized())
            || tagged.is(b, "the")
                && tokens.get(b + 1).is_some_and(|t| t.capitalized())
                && !tagged.word_in(b + 1, List::Titles)
                && !tagged.word_in(b + 1, List::PersonNouns)
    };
    // ("has been training in Holland and Ferguson said": a place after a
    // preposition, then a person; not one subject.)
    let place = |i: usize| {
        tagged
            .lists_ending_at(i)
            .any_of(Lists::of(&[List::Places, List::Regions]))
    };
    let place_then_other = k > range.start + 1
        && place(k - 1)
        && tagged.is_any(k - 2, words!["in", "at", "from", "to"])
        && !(b..(b + 3).min(range.end)).any(place);
    let names = named_at(b) && k > range.start && tokens[k - 1].capitalized() && !place_then_other;
    // "Mike Pence and other senior Republicans", "the
    // commentator and Clinton supporter": people on each side.
    let people = |i: usize| {
        tagged.word_in(i, List::GroupNouns)
            || tagged.word_in(i, List::PersonNouns)
            || tagged.word_in(i, List::Titles)
    };
    // "MPs and peers", "senators and governors".
    let groups = k > range.start && people(b) && people(k - 1);
    let mixed = k > range.start
        && (tokens[k - 1].capitalized() || people(k - 1))
        // ("Hawkins and others who want a ban".)
        && (tagged.is_any(b, words!["other", "others"]) || tokens[b].capitalized() && people(k - 1));
    // ("Mrs. Clinton and her surrogates", "Trump and his aides": a name and
    // its own people.)
    // (Their people in the plural, "his wife" is one person named by
    // relation; not after a preposition, "ties with Clinton and her
    // organizations".)
    let own_people = k > range.start
        && tokens[k - 1].capitalized()
        && tagged.is_any(b, words!["his", "her", "their", "its"])
        && b + 1 < range.end
        && people(b + 1)
        // ("Gibson and his partner Bruce Davey": one named with his name.)
        && (is_plural(tagged, b + 1) || tokens.get(b + 2).is_some_and(|t| t.capitalized()))
        && {
            let name = (range.start..k)
                .rev()
                .take_while(|&j| tokens[j].capitalized() || tokens[j].kind() == Kind::Period)
                .last()
                .unwrap_or(k - 1);
            name == range.start || !tagged.in_set(name - 1, &PREPOSITIONS)
        };
    // ("Work and pensions minister Alan Johnson": a portfolio of two
    // words before the office.)
    let portfolio = k > range.start
        && tokens[k - 1].is_word()
        && tokens[b].is_word()
        && tokens[b].lowercase()
        && !tagged.in_set(b, &DEFINITE)
        && !tagged.in_set(b, &INDEFINITE)
        && (b + 1..(b + 3).min(range.end)).any(|j| tagged.word_in(j, List::Titles));
    names || groups || mixed || own_people || portfolio
}

/// The phrase's first token once the words before its noun phrase proper
/// are left out: a verb after "to", a sum, a time, an opening adverb, a
/// preposition.
fn trim_front(tagged: &Tagged, range: &Range<usize>, mut b: usize, end: usize) -> Option<usize> {
    let tokens = &tagged.tokens;
    // "likely to placate nervous Democrats, who argued": the verb after
    // "to" is not part of the phrase.
    if b > range.start
        && b < end
        && (tagged.is(b - 1, "to") || subject::is_auxiliary(tagged, b - 1))
        && tokens[b].lowercase()
        && !tagged.in_set(b, &DEFINITE)
        && !tagged.in_set(b, &INDEFINITE)
    {
        b += 1;
    }
    // "the $20 million experts say it costs": the sum is not the source.
    if b > range.start && matches!(tagged.word(b - 1), "$" | "£" | "€") {
        while b < end
            && (tagged.bytes(b).first().is_some_and(u8::is_ascii_digit)
                || tagged.is_any(b, words!["million", "billion", "trillion", "thousand"]))
        {
            b += 1;
        }
    }
    // "just last week the online bank Cahoot": a time before the phrase is
    // no part of it.
    let time = words!["just", "last", "this", "next", "earlier", "later", "week", "month", "year"];
    let starts_with_time = tagged.is_any(b, time)
        && (b..end).any(|k| tagged.is_any(k, words!["week", "month", "year", "weekend"]));
    if starts_with_time {
        while b < end && (tagged.is_any(b, time) || tagged.in_set(b, &DAYS)) {
            b += 1;
        }
    }
    // "But so far Canova": the adverb is no part of the phrase.
    if b < end && b > range.start && tagged.is(b, "far") && tagged.is(b - 1, "so") {
        b += 1;
    }
    // "Later the Tory leader said": an opening adverb before a determiner
    // ("...: soon Donald J. Trump had declared", after a colon, before a
    // name).
    let after_colon = b > range.start && tokens[b - 1].kind() == Kind::Colon;
    if b < end
        && (tokens[b].capitalized()
            || after_colon && tokens.get(b + 1).is_some_and(|t| t.capitalized()))
        && tagged.is_any(
            b,
            words![
                "soon",
                "later",
                "earlier",
                "meanwhile",
                "then",
                "now",
                "still",
                "also",
                "yesterday",
                "today",
                "instead",
                "however",
                "afterwards",
                "finally",
                "separately",
                "first",
                "next",
            ],
        )
        && (tagged.is_any(
            b + 1,
            words!["the", "a", "an", "this", "that", "his", "her", "its"],
        ) || after_colon
            // ("Yesterday Argentina's economy minister": before a name too,
            // but for words that open one, "First Lady".)
            || tokens.get(b + 1).is_some_and(|t| t.capitalized())
                && !tagged.is_any(b, words!["first", "next", "still", "finally"]))
    {
        b += 1;
    }
    // "About 40% of Republicans", "just under half of voters": "about" a
    // share is no preposition.
    let approximate = words!["about", "over", "under"];
    if b + 1 < end && tagged.is(b, "just") && tagged.is_any(b + 1, approximate) {
        b += 1;
    }
    let share = b + 2 <= end
        && tagged.is_any(b, approximate)
        && (crate::token::is_numeral(tagged.bytes(b + 1))
            && tagged.is_any(b + 2, words!["%", "percent"])
            || crate::attribute::is_share_word(tagged, b + 1) && tagged.is(b + 2, "of"));
    // A leading preposition or clause opener belongs to another phrase:
    // "After the debate Trump" → "Trump".
    if !share && tagged.in_set(b, &PREPOSITIONS) && tokens[b].is_word() {
        // (", with some analysts saying": an absolute phrase's subject
        // follows its "with".)
        // ("with figures expected to reach": only before a participle in
        // "-ing" is the phrase a subject.)
        let absolute = b < end
            && b > range.start
            && tagged.is(b, "with")
            && matches!(tokens[b - 1].kind(), Kind::Comma | Kind::Dash)
            && end + 1 < range.end
            && super::absolute_participle(tagged, range, end + 1);
        // ("At a press conference on Thursday Intel": a day before the name
        // is no part of it.)
        // (Not the "Sunday" of "the Sunday Times".)
        // (Nor "April" of "April Ryan", a given name.)
        let day = |k: usize| {
            super::is_day_or_month(tagged.word(k))
                && tagged.entry_at(k, List::Outlets).is_none()
                && !tagged.word_in_any(k, super::GIVEN_NAMES)
        };
        // (Not the second of two capitalised words joined by "and": "from
        // the Public and Commercial Services union".)
        // (A body's name after its article: not "at Oldham and Keegan".)
        let joined = |k: usize| {
            k >= b + 3 && tagged.is(k - 1, "and") && tokens[k - 2].capitalized() && {
                let mut s = k - 2;
                while s > b + 1 && tokens[s - 1].capitalized() {
                    s -= 1;
                }
                tagged.is(s - 1, "the")
            }
        };
        let opens = |k: usize| {
            tagged.in_set(k, &DEFINITE)
                || (tokens[k].capitalized()
                    && !day(k)
                    && !joined(k)
                    && (k == b + 1 || !tokens[k - 1].capitalized() || day(k - 1)))
        };
        // ("In the north the regional governor Bill Smith", "by economics
        // minister Heizo Takenaka", "in San Francisco Apple chief Tim Cook":
        // a name after a noun of a person goes with the noun and its
        // modifiers.)
        // ("In a speech the Labour leader said": the article before a
        // capitalised modifier opens the phrase.)
        let mut restart = (b + 1..=end)
            .rev()
            .find(|&k| opens(k))
            .map(|k| person_noun_before(tagged, b, k, &day))
            .map(|k| {
                if k > b + 1 && tokens[k].capitalized() && tagged.is(k - 1, "the") {
                    k - 1
                } else {
                    k
                }
            });
        // ("In 2004 the House of Lords": a body's noun and its "of" are the
        // name's.)
        while let Some(k) = restart.filter(|&k| {
            k >= b + 3
                && tagged.is_any(k - 1, words!["of", "for"])
                && tokens[k - 2].capitalized()
                && (tagged.word_in(k - 2, List::InstitutionNouns)
                    || tagged
                        .entry_at(k - 2, List::Institutions)
                        .is_some_and(|e| e >= k))
        }) {
            restart = (b + 1..=k - 2).rev().find(|&k| opens(k));
        }
        b = match restart {
            Some(k) => k,
            None if absolute => b + 1,
            None => return None,
        };
    } else if b == range.start + 1
        && tagged.is_any(b - 1, OPENING_PREPOSITIONS)
        // (An object that opens with an article or a number: not "After
        // former Gov. Jerry Brown criticized".)
        && (tagged.in_set(b, &DEFINITE)
            || tagged.in_set(b, &INDEFINITE)
            || crate::token::is_numeral(tagged.bytes(b)))
    {
        // "After the incident Viacom agreed", "After the talks the
        // Department said": the opening preposition's object, then, with
        // no comma, the subject (not "the regional governor Bill Smith").
        let ends_object = |k: usize| {
            tokens[k].lowercase()
                && tokens[k].is_word()
                && !tagged.in_set(k, &DEFINITE)
                && !tagged.in_set(k, &INDEFINITE)
                && !tagged.in_set(k, &PREPOSITIONS)
                && !tagged.is_any(k, words!["and", "or"])
                && !tagged.word_in_any(k, SOURCE_LISTS)
                && !tagged.bytes(k).ends_with(b"'s")
        };
        // ("After the ruling Carla Ferstman said": a given name opens the
        // subject after any lowercase noun, a document's too.)
        let given_name = |k: usize| {
            tokens[k - 1].lowercase()
                && tokens[k - 1].is_word()
                && !tagged.in_set(k - 1, &DEFINITE)
                && tagged.word_in_any(k, GIVEN_NAMES)
        };
        let subject = (b + 1..=end).find(|&k| {
            ends_object(k - 1) && (tokens[k].capitalized() || tagged.in_set(k, &DEFINITE))
                || given_name(k)
        });
        if let Some(k) = subject {
            b = k;
        }
    }
    Some(b)
}

/// Prepositions that open a sentence with a phrase of time or place,
/// which may run into the subject with no comma ("After the incident
/// Viacom agreed"); unlike [`PREPOSITIONS`], no "but", "as" or "if".
const OPENING_PREPOSITIONS: &[u64] = words![
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "since",
    "following",
    "despite",
    "amid",
    "under",
    "over",
    "through",
    "throughout",
    "within",
];

/// The start of the phrase that a name at `k` closes after a noun of a
/// person ("the regional governor Bill Smith", "Apple chief Tim Cook"),
/// not before `b`: back over the noun and lowercase modifiers to an
/// article, then over capitalised modifiers ("Lib Dem", "Tory"), of which
/// only the last after a lowercase preposition ("in San Francisco Apple");
/// `k` itself when no such noun comes before it.
fn person_noun_before(tagged: &Tagged, b: usize, k: usize, day: &impl Fn(usize) -> bool) -> usize {
    let tokens = &tagged.tokens;
    if !(tokens[k].capitalized()
        && k > b + 1
        && tokens[k - 1].lowercase()
        && tagged
            .lists_ending_at(k - 1)
            .any_of(super::classify::PEOPLES_NOUNS))
    {
        return k;
    }
    let mut j = k - 1;
    while j > b + 1 && tokens[j - 1].lowercase() && tokens[j - 1].is_word() && !day(j - 1) {
        if tagged.in_set(j - 1, &PREPOSITIONS) {
            return j;
        }
        j -= 1;
        if tagged.in_set(j, &DEFINITE) || tagged.in_set(j, &INDEFINITE) {
            return j;
        }
    }
    // (At most six capitalised words back: a bound for hostile text.)
    let mut c = j;
    while c > b + 1 && j - c < 6 && tokens[c - 1].capitalized() && !day(c - 1) {
        c -= 1;
    }
    if c < j && c > b && tokens[c - 1].lowercase() && tagged.in_set(c - 1, &PREPOSITIONS) {
        // ("in Boston New York Times columnist Ann Lee": an outlet's or a
        // body's whole name, else the last word.)
        (c..j)
            .find(|&s| {
                [List::Outlets, List::Institutions]
                    .iter()
                    .any(|&l| tagged.entry_at(s, l) == Some(j - 1))
            })
            .unwrap_or(j - 1)
    } else {
        c
    }
}

/// Whether the honorific at `b` opens the name, the lowercase word `k`
/// before it ending another phrase: "Speaking to the BBC News website Mr
/// Molyneux said", "During his speech Mr Allard". Not after a title or a
/// person noun ("Labour spokesman Mr Kemp"), a preposition ("an adviser to
/// Mr Obama") or what may be a verb of a relative clause ("who backed Mr
/// Romney", "which saw Mr Blair").
fn honorific_opens_name(tagged: &Tagged, b: usize, k: usize) -> bool {
    let w = tagged.bytes(k);
    tagged.is_any(b, words!["mr", "mrs", "ms", "miss", "dr"])
        && !tagged.lists_ending_at(k).any_of(super::classify::PEOPLES_NOUNS)
        && !tagged.in_set(k, &PREPOSITIONS)
        && !tagged.in_set(k, &ANTECEDENT_CUTS)
        && !tagged.in_set(k, &NOT_NAME_SET)
        && !tagged.in_set(k, &crate::cue::IRREGULAR_PAST)
        && !tagged.is_any(k, words!["who", "whom", "which", "that", "younger", "elder", "late"])
        && !(w.ends_with(b"s") || w.ends_with(b"ed") || w.ends_with(b"ing"))
        // "Forensic pathologist Dr Patricia McFeeley": a profession.
        && !(w.ends_with(b"ist") || w.ends_with(b"yst"))
}

/// Words before which a relative pronoun's antecedent starts.
pub(super) static ANTECEDENT_CUTS: WordSet<64> = word_set![
    "from",
    "by",
    "with",
    "against",
    "among",
    "between",
    "after",
    "before",
    "during",
    "at",
    "in",
    "on",
    "for",
    "like",
    "including",
];

/// Verbs by which a source puts out a document ("issued a statement
/// saying").
const ISSUING: &[u64] = words![
    "issued",
    "issues",
    "released",
    "releases",
    "sent",
    "sends",
    "published",
    "publishes",
    "posted",
    "posts",
    "put",
    "filed",
    "files",
    "wrote",
    "writes",
    "delivered",
    "gave",
    "provided",
    "submitted",
    "unleashed",
    "fired",
    // (After a comma, the main clause's subject issues.)
    "issuing",
    "releasing",
    "publishing",
    "posting",
];

/// Whether the mark at `k` is the apostrophe of a plural possessive ("the
/// MPs' report", "workers' union"), not a quotation mark.
/// The lists of a post or a body a possessive may own.
const MEMBER_LISTS: Lists = Lists::of(&[List::Titles, List::InstitutionNouns]);
