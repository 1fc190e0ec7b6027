//! Speaker labels and signatures: "Name: claim" at a line's start, a
//! trailing "— Name", bullets, and the words that look like labels but
//! are not.

use super::*;

/// Labels that open a line with a colon but name no speaker.
const NOT_SPEAKERS: &[u64] = words![
    // A match report's furniture, a page's credits.
    "booked",
    "dismissed",
    "sent",
    "goals",
    "replacements",
    "subs",
    "substitutes",
    "scorers",
    "referee",
    "ref",
    "att",
    "attendance",
    "contributing",
    "byline",
    "update",
    "updated",
    "note",
    "editor's",
    "photo",
    "photos",
    "video",
    "watch",
    "read",
    "related",
    "advertisement",
    "correction",
    "source",
    "sources",
    "image",
    "credit",
    "caption",
    "analysis",
    "opinion",
    // A feature's kind: "Q&A: Malcolm Glazer and Man Utd".
    "q&a",
    "q",
    "profile",
    "timeline",
    "factbox",
    "explainer",
    "obituary",
    "preview",
    "breaking",
    "exclusive",
    "live",
    // A headline's kicker: "Wow: Al Sharpton Just Said ...", "Leaked:".
    "leaked",
    "wow",
    "look",
    "bombshell",
    "boom",
    "busted",
    "shocking",
    "revealed",
    "confirmed",
    "huge",
    "epic",
    "unreal",
    "the",
    "q",
    "a",
    "question",
    "answer",
    "warning",
    "disclaimer",
    "transcript",
    "follow",
    "listen",
    "see",
    "more",
    "also",
    "why",
    "how",
    "what",
    "when",
    "where",
    "who",
    "here",
    "this",
    "that",
    // A preposition opens a phrase, not a speaker's name.
    "among",
    "of",
    "in",
    "on",
    "for",
    "from",
    "at",
    "by",
    "with",
    "about",
    "to",
    "as",
    "after",
    "before",
];

/// Verbs, pronouns and "for", which make a capitalised label before a
/// colon a clause or a phrase ("FIX IS IN:", "Big Win For Bernie:") rather
/// than a speaker's name.
const CLAUSE_WORDS: &[u64] = words![
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "can", "not", "this",
    "it", "we", "you", "they", "for",
];

/// Labels of a page's sections, in capitals before a colon, which name no
/// speaker ("POLL: Do you back the strike or not?").
#[rustfmt::skip]
const SECTION_LABELS: &[u64] = words![
    "poll", "quiz", "video", "watch", "live", "update", "breaking", "analysis", "opinion",
    "question", "vote", "photos", "read",
];

/// Last words of a section's label of more than one word ("Delegate
/// Update:", "Paid Notice:"), which no speaker's name ends with.
const LABEL_ENDINGS: &[u64] = words![
    "update",
    "updates",
    "notice",
    "notices",
    "factbox",
    "explainer",
    "timeline",
    "recap",
];

/// Whether token `k` is a list's bullet (`-`, `•`, `*`, a dash).
pub(crate) fn is_bullet(tagged: &Tagged, k: usize) -> bool {
    tagged.tokens.get(k).is_some_and(|t| {
        t.kind() == Kind::Dash
            || t.kind() == Kind::Other && matches!(tagged.word(k), "-" | "•" | "*")
    })
}

/// "Clinton's response was:", "Her reply:": a name's or a pronoun's noun of
/// words, maybe with "was" or "is", right before the colon at `colon`, the
/// label a quotation follows.
fn owned_words_label(tagged: &Tagged, start: usize, colon: usize) -> bool {
    owned_words_noun(tagged, start, colon).is_some()
}

/// The noun of [`owned_words_label`], if the words before the colon at
/// `colon` are one.
pub(crate) fn owned_words_noun(tagged: &Tagged, start: usize, colon: usize) -> Option<usize> {
    const WORDS_NOUNS: &[u64] =
        words!["response", "reply", "answer", "retort", "message", "verdict", "advice"];
    let mut noun = colon.checked_sub(1)?;
    if noun > start && tagged.is_any(noun, words!["was", "is"]) {
        noun -= 1;
    }
    // ("His message to the chancellor was:": past the one addressed.)
    if let Some(to) = (noun.saturating_sub(3).max(start + 2)..noun)
        .find(|&k| tagged.is(k, "to") && tagged.is_any(k - 1, WORDS_NOUNS))
    {
        noun = to - 1;
    }
    // ("Carrier's message: Moving jobs south is ...": a paraphrase, a
    // clause of its own, follows too.)
    let said = tagged.quoted.get(colon + 1).is_some_and(|&q| q)
        || tagged
            .tokens
            .get(colon + 1)
            .is_some_and(|t| t.capitalized());
    (noun > start
        && said
        && tagged.is_any(noun, WORDS_NOUNS)
        && (crate::resolve::possessive(tagged, noun - 1)
            || tagged.is_any(noun - 1, words!["his", "her", "their"]))
        && (start..noun - 1).all(|k| tagged.tokens[k].capitalized()))
    .then_some(noun)
}

/// "(R-S.C.)", "(D-Calif.)" right before the colon at `colon`: a party and
/// state tag after a legislator's name. The opening bracket.
fn party_tag(tagged: &Tagged, start: usize, colon: usize) -> Option<usize> {
    let close = colon.checked_sub(1)?;
    if tagged.tokens[close].kind() != Kind::Close {
        return None;
    }
    let open = (close.saturating_sub(8).max(start)..close)
        .rev()
        .find(|&k| tagged.tokens[k].kind() == Kind::Open)?;
    // ("(D):", a party alone, too.)
    let party = tagged.bytes(open + 1);
    let tagged_party = crate::source::is_party_tag(party)
        || matches!(party, b"R" | b"D" | b"I")
            && (open + 2 == close || tagged.word(open + 2).starts_with('-'));
    (open > start + 1 && tagged_party).then_some(open)
}

/// `Name:` opening a sentence, the way transcripts and headlines name a speaker.
pub(super) fn speaker_label(tagged: &Tagged, range: &Range<usize>, colon: usize) -> Option<Cue> {
    let mut start = range.start;
    // ("- Manchester City boss Kevin Keegan: "...": a list's bullet, before
    // words quoted; "- Michael Howard: No More Mr Nasty is on BBC2" and "-
    // Jane Roe: "The Quiet Year"" list a programme and a book.)
    // (A lowercase word, or a mark that ends words said: "Brilliant!")
    let words_quoted = || {
        (colon + 1..range.end.min(colon + 12))
            .take_while(|&k| tagged.quoted[k])
            .any(|k| {
                tagged.tokens[k].lowercase() && !tagged.is_any(k, crate::token::TITLE_SMALL_WORDS)
                    || matches!(tagged.word(k), "!" | "?")
            })
    };
    if is_bullet(tagged, start) && words_quoted() {
        start += 1;
    }
    if tagged
        .tokens
        .get(start)
        .is_some_and(|t| t.kind() == Kind::Quote)
    {
        start += 1;
    }
    let names = colon.checked_sub(start)?;
    // (Every label below is at most twelve words: a colon further in names
    // no speaker, and is passed over without a scan of the words before it.)
    if colon + 1 >= range.end || names > 12 || tagged.is_any(start, NOT_SPEAKERS) {
        return None;
    }
    // ("Just Leaked:", "Just In:": a kicker; "Just Stop Oil:" a speaker.)
    if tagged.is(start, "just")
        && tagged.is_any(
            start + 1,
            words!["leaked", "in", "released", "revealed", "announced"],
        )
    {
        return None;
    }
    // ("NEW DELHI: Pakistan has warned": a dateline's place, no speaker.)
    if (start..colon).all(|k| tagged.tokens[k].is_word() && !tagged.tokens[k].lowercase())
        && tagged.lists_starting_at(start).has(List::Places)
        && tagged.entry_at(start, List::Places) == Some(colon - 1)
    {
        return None;
    }
    // "Continued Stone: “…”": the verb before the name is the cue.
    if fronted_tag(tagged, range, start).is_some() {
        return None;
    }
    // "Clinton's response was: “…”": what a name's words were, then them.
    if owned_words_label(tagged, start, colon) {
        return Some(Cue {
            kind: CueKind::Colon,
            first: colon,
            last: colon,
            passive: false,
        });
    }
    // "Ted Cruz: Constitutional conservative or career politician?": a
    // headline's question about the name, no words of theirs.
    let last = range.end - 1;
    // (A short one: the scan is bounded. Not a transcript's speaker in
    // capitals, "TAPPER: Will you endorse him or not?")
    // (Not a section's label: "POLL:", "QUIZ:".)
    let capitals = colon == start + 1
        && tagged.bytes(start).iter().all(|b| !b.is_ascii_lowercase())
        && !tagged.is_any(start, SECTION_LABELS);
    if tagged.word(last) == "?"
        && !capitals
        && last < colon + 20
        && !tagged.quoted[colon + 1]
        && (colon + 1..last).any(|k| tagged.is(k, "or"))
    {
        return None;
    }
    // "Johnny Depp: The acting outlaw", "Arthur Hailey: King of the
    // bestsellers": a profile's headline, an epithet with no verb after the
    // name, no words of theirs.
    if profile_epithet(tagged, range, colon) {
        return None;
    }
    // "Newcastle: Given, Carr, Boumsong, ...": a team sheet, a list of names.
    if is_name_list(tagged, colon + 1, range.end) {
        return None;
    }
    // "Hillary Clinton: 1,769.": a tally's row; "Delegate Update:", "Paid
    // Notice:": a section's label, ending the words before the colon.
    let figures_only = (colon + 1..range.end).all(|k| {
        let t = tagged.tokens[k];
        !t.is_word() || tagged.bytes(k).first().is_some_and(u8::is_ascii_digit)
    });
    if figures_only || colon > start && tagged.is_any(colon - 1, LABEL_ENDINGS) {
        return None;
    }
    // "Media Contact:", "Press inquiries:": a press release's furniture.
    if colon > start
        && tagged.is_any(
            colon - 1,
            words![
                "contact",
                "contacts",
                "email",
                "e-mail",
                "phone",
                "tel",
                "telephone",
                "website",
                "address",
                "inquiries",
                "enquiries",
                "fax",
            ],
        )
    {
        return None;
    }
    // "Lee, who chairs the group, said: '...'": the verb is the cue; so is a
    // headline's verb inside the label ("Trump Praises Editor Boyle: '...'").
    if colon > start && tagged.word_in(colon - 1, List::CueVerbs) {
        return None;
    }
    let headline_verb = (start + 1..colon)
        .any(|k| tagged.tokens[k].capitalized() && crate::source::is_headline_verb(tagged, k));
    if headline_verb {
        return None;
    }
    // "Meghan McCain, Twitter: “...”", "Jo Lee, editor of The Review: “...”":
    // a name and its description, then a quotation.
    let quotation_follows = tagged.quoted[colon + 1] && !tagged.quoted[colon];
    if quotation_follows && names <= 12 && tagged.tokens[start].capitalized() {
        // ("Rep. Trey Gowdy (R-S.C.):": a party's tag in brackets before
        // the colon ends the label.)
        let (cue_at, colon) = (colon, party_tag(tagged, start, colon).unwrap_or(colon));
        let name = (start..colon)
            .take_while(|&k| {
                tagged.tokens[k].capitalized() || tagged.tokens[k].kind() == Kind::Period
            })
            .count();
        // (A description holds no verb: "Anwar Smith, a cleric, is shown
        // lecturing:" leads in with its own.)
        let described = tagged
            .tokens
            .get(start + name)
            .is_some_and(|t| t.kind() == Kind::Comma)
            && !(start + name..colon).any(|k| crate::source::is_auxiliary(tagged, k));
        // "BBC Two controller Roly Keating: “...”": a body's name and a
        // lowercase title before the name.
        let run = (start..colon)
            .rev()
            .take_while(|&k| tagged.tokens[k].capitalized())
            .count();
        // ("He told BBC News: “...”" has its verb; "Gillibrand on Hillary
        // Releasing Her Transcripts: ‘...’" is a headline.)
        let title_word = |k: usize| {
            tagged.tokens[k].lowercase()
                && !tagged.word_in(k, List::CueVerbs)
                && !tagged.word_in(k, List::WeakCueVerbs)
                && !tagged.bytes(k).ends_with(b"ed")
                && !tagged.is_any(
                    k,
                    words!["on", "in", "at", "to", "for", "with", "of", "about", "from", "by"],
                )
        };
        // ("Former secretary of state Hillary Rodham Clinton:": an office
        // of the lists, in any case, before the name.)
        let office = |t: usize| {
            tagged.entry_ending_at(t, List::Titles)
                && (start..t).all(|k| {
                    tagged.tokens[k].capitalized()
                        || tagged.word_in(k, List::Titles)
                        || tagged.is_any(k, words!["former", "of", "the", "and"])
                })
        };
        let titled = run >= 2
            && colon - run > start
            && (title_word(colon - run - 1)
                && (start..colon - run - 1).all(|k| tagged.tokens[k].capitalized())
                || office(colon - run - 1));
        if name >= 2 && (described || start + name == colon) || titled {
            return Some(Cue {
                kind: CueKind::Colon,
                first: cue_at,
                last: cue_at,
                passive: false,
            });
        }
    }
    // "Clinton to Planned Parenthood: ...", "Obama To Asians Worried About
    // U.S. Election: ...": the text's headline names its speaker, then
    // whom the words are for. The cue runs from "to" to the colon.
    if start == 0 {
        let to = (start + 1..colon.min(start + 4)).find(|&k| tagged.is(k, "to"));
        // (A name the text goes on to use inside a sentence: not "Back To
        // School:".)
        let named_later = |k: usize| {
            let key = tagged.tokens[k].key();
            (range.end.max(1)..tagged.tokens.len()).any(|j| {
                tagged.tokens[j].key() == key
                    && tagged.tokens[j].capitalized()
                    && tagged.tokens[j - 1].is_word()
            })
        };
        let speaker = to.filter(|&to| {
            (start..to).all(|k| {
                tagged.tokens[k].capitalized() && !tagged.in_set(k, &crate::source::NOT_NAME_SET)
            }) && tagged.tokens.get(to + 1).is_some_and(|t| t.capitalized())
                && named_later(to - 1)
        });
        if let Some(to) = speaker {
            return Some(Cue {
                kind: CueKind::Colon,
                first: to,
                last: colon,
                passive: false,
            });
        }
    }
    if !(1..=4).contains(&names) {
        return None;
    }
    let all_capitalized = (start..colon).all(|k| tagged.tokens[k].capitalized());
    // "FIX IS IN: PBS Moderators ...": a shouted clause, not a name.
    // (Past the first word: "Will Smith:", "Can Dundar:" are names.)
    if names >= 2 && (start + 1..colon).any(|k| tagged.is_any(k, CLAUSE_WORDS)) {
        return None;
    }
    let shouted = |k: usize| {
        let w = tagged.word(k);
        w.len() >= 2 && w.chars().all(|c| !c.is_lowercase())
    };
    // A headline's "Pence: ..." names its speaker with one word; section
    // labels ("Update:", "Photo:") name nobody.
    let headline = start == 0 || is_title_case(tagged, range);
    let has_name = (start..colon).any(|k| {
        tagged.word_in(k, List::FemaleNames) || tagged.word_in(k, List::MaleNames) || shouted(k)
    }) || names >= 2
        || headline;
    (all_capitalized && has_name).then_some(Cue {
        kind: CueKind::Colon,
        first: colon,
        last: colon,
        passive: false,
    })
}

/// Whether a short headline's words after the colon at `colon` are an
/// epithet: opened by "the" or a noun before "of", unquoted, with no
/// auxiliary, cue verb or closing stop.
fn profile_epithet(tagged: &Tagged, range: &Range<usize>, colon: usize) -> bool {
    let last = range.end - 1;
    let opens = colon + 1;
    opens < last
        && last - colon <= 6
        && tagged.tokens[last].is_word()
        && !tagged.quoted[opens]
        // ("Trump: A disaster for America" judges; "The" names a role.)
        && (tagged.is(opens, "the") || tagged.is(opens + 1, "of"))
        && (opens..=last).all(|k| {
            tagged.tokens[k].is_word()
                && !crate::source::is_auxiliary(tagged, k)
                && !tagged.word_in(k, List::CueVerbs)
        })
}

/// Whether the tokens from `start` to `end` are five or more names or
/// initials between commas, and nothing more ("Given, Carr, Robert (Jenas
/// 77), Shearer.").
fn is_name_list(tagged: &Tagged, start: usize, end: usize) -> bool {
    let (mut commas, mut k) = (0, start);
    while k < end {
        let t = tagged.tokens[k];
        match t.kind() {
            // ("Leeds: Balshaw; Rees, Christophers": a semicolon parts the
            // lines of a team.)
            Kind::Comma => commas += 1,
            Kind::Break if tagged.word(k) == ";" => commas += 1,
            Kind::Word if t.capitalized() || crate::token::is_numeral(tagged.bytes(k)) => {}
            // ("Palmer (capt)": a note on a player.)
            Kind::Word if k > start && tagged.tokens[k - 1].kind() == Kind::Open => {}
            Kind::Open | Kind::Close | Kind::Period => {}
            Kind::Word if tagged.is_any(k, words!["and", "de", "van", "von", "da"]) => {}
            _ => return false,
        }
        k += 1;
    }
    commas >= 2
}

/// Whether token `i` has whitespace on both sides (a hyphen used as a dash).
pub(super) fn spaced(tagged: &Tagged, i: usize) -> bool {
    let span = tagged.tokens[i].span();
    let before = tagged.text[..span.start].chars().next_back();
    let after = tagged.text[span.end..].chars().next();
    before.is_some_and(char::is_whitespace) && after.is_some_and(char::is_whitespace)
}

/// Whether the hyphen at `i` opens a line and a capitalised word follows it
/// at once ("-Michelle Marks, Philadelphia.").
pub(super) fn line_opening_hyphen(tagged: &Tagged, i: usize) -> bool {
    let span = tagged.tokens[i].span();
    let line_start = tagged.text[..span.start]
        .chars()
        .next_back()
        .is_none_or(|c| c == '\n');
    line_start
        && tagged
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.capitalized() && t.span().start == span.end)
}

/// `— Name` closing a sentence, the way a quoted post or letter is signed.
pub(super) fn signature(tagged: &Tagged, range: &Range<usize>, dash: usize) -> Option<Cue> {
    // A headline's "... - sources", "... — officials": the dash hands the
    // claim to the words after it, which end the line.
    let tail = range.end.saturating_sub(dash + 1);
    if (1..=3).contains(&tail) {
        let last = range.end - 1;
        let source_word = [
            List::Anonymity,
            List::GroupNouns,
            List::Documents,
            List::Outlets,
        ]
        .iter()
        .any(|&l| tagged.word_in(last, l));
        // ("Taxes must be trusted - Kennedy": a headline, with no full stop,
        // signed by a name.)
        // (Not a title-case label, "Live Action - Balamory", nor a list's
        // line, "Factual: Think About It - Hiding Places".)
        let signed_headline = dash >= range.start + 3
            && (range.start..dash).any(|k| tagged.tokens[k].lowercase())
            && (range.start..dash).all(|k| tagged.tokens[k].kind() != Kind::Colon)
            && (dash + 1..range.end).all(|k| tagged.tokens[k].capitalized())
            && !tagged.in_set(dash + 1, &crate::source::NOT_NAME_SET)
            // (Nor a place's dateline, "- Manchester", nor a page's label,
            // "- Live Updates".)
            && !tagged.lists_starting_at(dash + 1).any_of(Lists::of(&[List::Places, List::Regions]))
            && !tagged.is_any(
                dash + 1,
                words!["live", "explainer", "analysis", "opinion", "review", "video", "watch",
                    "timeline", "gallery", "quiz", "updates", "update", "report", "photos",
                    "interview", "podcast", "editorial", "comment"],
            );
        if (source_word || signed_headline)
            && (dash + 1..range.end).all(|k| tagged.tokens[k].is_word())
        {
            return Some(Cue {
                kind: CueKind::Dash,
                first: dash,
                last: dash,
                passive: false,
            });
        }
    }
    let mut k = dash + 1;
    let mut names = 0;
    // "–@realDonaldTrump": a handle signs as a full name does.
    let handle = tagged.word(k) == "@"
        && k + 1 < range.end
        && tagged.tokens[k + 1].is_word()
        && tagged.tokens[k + 1].span().start == tagged.tokens[k].span().end;
    if handle {
        names = 2;
        k += 2;
    }
    while k < range.end && tagged.tokens[k].capitalized() {
        names += 1;
        k += 1;
        if k < range.end && tagged.tokens[k].kind() == Kind::Period && names == 1 {
            k += 1; // an initial: "Donald J. Trump"
        }
    }
    let ends = k == range.end
        || matches!(
            tagged.tokens[k].kind(),
            Kind::Open | Kind::Comma | Kind::Period | Kind::Quote
        );
    // (A dash opening its sentence signs the quotation that ends the
    // sentence before, or a pick given after the signer's outlet ("- Ann
    // Lee, The Times: Film - Sideways"); after other words it is a byline,
    // "- Scott Lee.", or a bullet.)
    let pick = k < range.end
        && tagged.tokens[k].kind() == Kind::Comma
        && (k + 1..(k + 6).min(range.end)).any(|j| tagged.tokens[j].kind() == Kind::Colon);
    let follows_quote = dash
        .checked_sub(1)
        .is_some_and(|k| tagged.quoted[k] || tagged.tokens[k].kind() == Kind::Quote)
        || dash == range.start && pick;
    // "— Sanders." on a line of its own signs with the surname alone (not
    // a bullet, "- Rovers, who ...", nor an agency's credit, "- Reuters.").
    let alone = dash == range.start
        && names == 1
        && (k + 1 == range.end && tagged.tokens[k].kind() == Kind::Period || k == range.end)
        && !tagged.word_in(dash + 1, List::Outlets);
    // (A handle may be followed by more of the post: "–@realDonaldTrump
    // taking a question", "– @user #hashtag".)
    ((names >= 2 || alone) && (ends || handle) && follows_quote).then_some(Cue {
        kind: CueKind::Dash,
        first: dash,
        last: dash,
        passive: false,
    })
}
