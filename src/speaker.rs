//! Who says each quotation: the cue in the sentences it touches, a
//! signature after it, a colon introduction before it, or the speaker of the
//! quotation or report just before (the news convention for quotations that
//! run over paragraphs). Every sentence a quotation touches gets its
//! speaker's attribution.

use crate::attribute::{self, Found};
use crate::cue::{Cue, CueKind};
use crate::lexicon::List;
use crate::model::{Identity, Mode, Role, Sentence, Span};
use crate::quote::Quotation;
use crate::report::{self, QuoteReport};
use crate::resolve::Resolved;
use crate::source::{Mention, MentionKind};
use crate::token::words;
use crate::token::{self, Kind, Tagged};
use std::ops::Range;

/// How many of a sentence's attributions a quotation looks through for its
/// speaker. Real sentences have a handful; the bound keeps a megabyte
/// sentence of quotation marks and cues linear.
const CANDIDATES: usize = 32;

/// "Limbaugh added:" followed by words without quotation marks (a block
/// quotation whose marks the page dropped): the sentences it introduces, to
/// the end of that paragraph, carry its attribution.
pub(crate) fn carry_colon_introductions(
    tagged: &Tagged,
    sentences: &[Sentence],
    ranges: &[Range<usize>],
    found: &mut [Vec<Found>],
) {
    for s in 0..sentences.len() {
        // ("Judge Rand Rubin said she must:" and a list of items set off
        // by dashes or bullets in the next paragraph: each item is the
        // sentence's words, though the colon closes the clause later.)
        let list_after = !found[s].is_empty() && introduces_list(tagged, sentences, ranges, s);
        let Some(intro) = found[s]
            .iter()
            .find(|f| {
                let said_before_list = list_after
                    && f.cue.kind == CueKind::Verb
                    && !f.cue.passive
                    && f.mention.last < f.cue.first
                    && tagged.word_in(f.cue.first, List::CueVerbs);
                // "White said: "I'm disappointed."" introduces a quotation,
                // which speaks for itself: only words without marks after
                // the colon are carried.
                // ("Stated Stone:" puts the name between verb and colon.)
                let fronted = f.mention.first == f.cue.last + 1;
                let end = if fronted { f.mention.last } else { f.cue.last };
                let verb_then_colon = f.cue.kind == CueKind::Verb
                    && tagged
                        .tokens
                        .get(end + 1)
                        .is_some_and(|t| t.kind() == Kind::Colon)
                    && !tagged.quoted.get(end + 2).is_some_and(|q| *q)
                    && (f.mention.last < f.cue.first || fronted);
                // A transcript's "MARSH:" speaks to the end of the paragraph;
                // a headline's "Sanders: Endorsements prove ..." only to its
                // own end (a transcript writes its labels in capitals).
                let label_in_capitals = f.cue.kind == CueKind::Colon
                    && (f.mention.first..=f.mention.last)
                        .all(|k| !tagged.word(k).chars().any(char::is_lowercase));
                // Only the sentence's own cue introduces: one carried here
                // from an earlier introduction does not carry on.
                (verb_then_colon || label_in_capitals || said_before_list)
                    && ranges[s].contains(&f.cue.first)
            })
            .copied()
        else {
            continue;
        };
        let next = s + 1;
        if next >= sentences.len() {
            continue;
        }
        let paragraph = sentences[next].paragraph;
        // An introduction ending its paragraph sets off the next one as a
        // block quotation: all of it is the speaker's words, and a source
        // named inside ("She knows nothing") is inside them.
        let ends_in_colon = ends_in_colon_at(tagged, &ranges[s]);
        // So is a transcript's turn ("FALLIN: ... They want safe homes."):
        // a source named in it is inside the speaker's words.
        let block = ends_in_colon && paragraph != sentences[s].paragraph
            || intro.cue.kind == CueKind::Colon;
        // ("…, friends say: free-market policy)." holds its words: the next
        // paragraph is the writer's again.)
        if !ends_in_colon && paragraph != sentences[s].paragraph {
            continue;
        }
        let mut paragraph = paragraph;
        for t in next..sentences.len() {
            let r = &ranges[t];
            let opens_with_quote = r.start < r.end && tagged.quoted[r.start];
            // (A list goes on over the paragraphs its items open, up to an
            // item that introduces words of its own: each introduction
            // carries only its own items, so the pass stays linear.)
            if list_after && t > next && ends_in_colon_at(tagged, &ranges[t - 1]) {
                break;
            }
            if list_after
                && sentences[t].paragraph != paragraph
                && (opens_with_bullet(tagged, &sentences[t])
                    || bare_item(tagged, sentences, ranges, t))
            {
                paragraph = sentences[t].paragraph;
            }
            if sentences[t].paragraph != paragraph
                || (!found[t].is_empty() && !block)
                || opens_with_quote
            {
                break;
            }
            found[t].clear();
            found[t].push(intro);
        }
    }
}

/// Whether sentence `s` ends in a colon, ends its paragraph, and the next
/// paragraph opens with a list item's dash or bullet.
fn introduces_list(
    tagged: &Tagged,
    sentences: &[Sentence],
    ranges: &[Range<usize>],
    s: usize,
) -> bool {
    ends_in_colon_at(tagged, &ranges[s])
        && sentences.get(s + 1).is_some_and(|next| {
            next.paragraph != sentences[s].paragraph
                && (opens_with_bullet(tagged, next) || bare_item(tagged, sentences, ranges, s + 1))
        })
}

/// "President Obama also said:" and then paragraphs of one line each with
/// no full stop ("The UK must stay in the EU to have influence"): a list
/// whose bullets the page dropped. Whether sentence `t` is such an item:
/// its paragraph's only sentence, ending in a word.
fn bare_item(tagged: &Tagged, sentences: &[Sentence], ranges: &[Range<usize>], t: usize) -> bool {
    let para = sentences[t].paragraph;
    let alone = (t == 0 || sentences[t - 1].paragraph != para)
        && sentences.get(t + 1).is_none_or(|n| n.paragraph != para);
    alone
        && ranges[t]
            .clone()
            .last()
            .is_some_and(|k| tagged.tokens[k].is_word() && !tagged.quoted[k])
}

/// Whether the sentence over `r` ends in a colon.
fn ends_in_colon_at(tagged: &Tagged, r: &Range<usize>) -> bool {
    r.clone()
        .last()
        .is_some_and(|k| tagged.tokens[k].kind() == Kind::Colon)
}

/// Whether the sentence opens with a list item's dash or bullet.
fn opens_with_bullet(tagged: &Tagged, sentence: &Sentence) -> bool {
    matches!(
        tagged.text[sentence.span.start..].chars().next(),
        Some('-' | '\u{2022}' | '*' | '\u{2013}' | '\u{2014}')
    )
}

/// An interview printed as questions and answers, opened by "Q:" and "A:":
/// every sentence of an answer, up to the next question, is the
/// interviewee's own words, as a block quotation's are, though the page
/// sets no marks. The interviewee is what `interviewee` gives, the first
/// person the text names (asked only of an interview); with none, the
/// answers are an unnamed person's.
pub(crate) fn attribute_answers(
    tagged: &Tagged,
    sentences: &[Sentence],
    ranges: &[Range<usize>],
    found: &mut [Vec<Found>],
    interviewee: impl FnOnce() -> Option<Resolved>,
) {
    // The token of the paragraph's "Q" or "A" label, if sentence `s` opens
    // a paragraph with one.
    let label = |s: usize, letter: &str| {
        let r = &ranges[s];
        let opens = s == 0 || sentences[s - 1].paragraph != sentences[s].paragraph;
        (opens
            && r.end > r.start + 2
            && tagged.word(r.start) == letter
            && tagged.tokens[r.start + 1].kind() == Kind::Colon)
            .then_some(r.start)
    };
    // "QWhat would have happened?": a question whose label lost its space
    // and colon to the page's bold type.
    let fused_question = |s: usize| {
        let r = &ranges[s];
        let opens = s == 0 || sentences[s - 1].paragraph != sentences[s].paragraph;
        let w = tagged.word(r.start).as_bytes();
        opens && w.len() >= 3 && w[1].is_ascii_uppercase() && w[2].is_ascii_lowercase()
    };
    // (Most sentences start with no "Q": its byte is asked first.)
    let starts_with_q = |s: usize| {
        let r = &ranges[s];
        r.end > r.start
            && tagged
                .text
                .as_bytes()
                .get(tagged.tokens[r.start].span().start)
                == Some(&b'Q')
    };
    let question = |s: usize| starts_with_q(s) && (label(s, "Q").is_some() || fused_question(s));
    if !(0..sentences.len()).any(question) {
        return;
    }
    let interviewee = interviewee();
    let (identity, role) = interviewee.map_or((Identity::Anonymous, Role::Person), |r| {
        (r.identity, r.role)
    });
    let mut answer: Option<Found> = None;
    for (s, out) in found.iter_mut().enumerate().take(sentences.len()) {
        if let Some(a) = label(s, "A") {
            let mention = Mention {
                first: a,
                last: a,
                head: (a, a),
                kind: MentionKind::Name,
                identity,
                role,
                titled: false,
            };
            let cue = Cue {
                kind: CueKind::Colon,
                first: a + 1,
                last: a + 1,
                passive: false,
            };
            let f = Found {
                mention,
                resolved: interviewee,
                cue,
                identity,
                role,
                mode: Mode::Direct,
                quote: None,
            };
            answer = Some(f);
        }
        // The next question ends the answer, which may run over paragraphs
        // of its own.
        if question(s) {
            answer = None;
        }
        // A source named inside the answer is inside the interviewee's words
        // ("a neighbor told me").
        if let Some(f) = answer {
            out.clear();
            out.push(f);
        }
    }
}

/// A quotation running over one or more paragraphs: its pieces and the
/// sentences they touch.
struct Group {
    span: Span,
    /// The first token at or after the start of `span`.
    open: usize,
    /// The last of its quotations.
    last_piece: usize,
    sentences: Range<usize>,
    closed: bool,
    words: usize,
}

/// Ties each quotation to its speaker and gives every sentence it touches
/// the speaker's attribution. Returns, per group, its report entry.
///
/// Each group is settled as soon as its last piece is known, in text order,
/// so that no list of every group is kept beside the report's entries (on a
/// text made of quotation marks that list was as large as the report).
pub(crate) fn attribute_quotations<'t>(
    tagged: &Tagged<'t>,
    sentences: &[Sentence],
    ranges: &[Range<usize>],
    quotations: &[Quotation],
    found: &mut [Vec<Found>],
) -> Vec<QuoteReport<'t>> {
    // At most one entry per quotation not nested in another.
    let mut out = Vec::with_capacity(quotations.iter().filter(|q| !q.nested).count());
    let mut previous: Option<(Found, usize)> = None; // speaker, paragraph of its last piece
    let mut current: Option<Group> = None;
    // The first token of the last quotation: the quotations come in the
    // order of their opening marks, so each search starts from there.
    let mut open = 0;
    for (i, q) in quotations.iter().enumerate() {
        if q.nested {
            continue;
        }
        let first = sentences.partition_point(|s| s.span.end <= q.span.start);
        let last = sentences.partition_point(|s| s.span.start < q.span.end);
        open = token::first_at_or_after_from(&tagged.tokens, open, q.span.start);
        let content = token::first_at_or_after_from(&tagged.tokens, open, q.content.start);
        let words = tagged.tokens
            [content..token::first_at_or_after_from(&tagged.tokens, content, q.content.end)]
            .iter()
            .filter(|t| t.is_word())
            .count();
        match current.as_mut() {
            Some(g) if quotations[g.last_piece].group == q.group && q.group != i => {
                g.last_piece = i;
                g.span.end = q.span.end;
                g.sentences.end = last.max(g.sentences.end);
                g.closed = q.closed;
                g.words += words;
            }
            _ => {
                if let Some(g) = current.take() {
                    let (span, speaker, closed) =
                        speaker_of(tagged, sentences, ranges, found, &g, &mut previous);
                    out.push(report::quote_entry(tagged, span, speaker, closed));
                }
                // (`"“If I was a donor ...”`: a stray mark that wraps the
                // paragraph opens the sentence with the quotation.)
                let stray = open > 0
                    && tagged.tokens[open - 1].kind() == Kind::Quote
                    && tagged.tokens[open - 1].span().end == q.span.start;
                current = Some(Group {
                    span: q.span,
                    open: open - usize::from(stray),
                    last_piece: i,
                    sentences: first..last.max(first),
                    closed: q.closed,
                    words,
                });
            }
        }
    }
    if let Some(g) = current {
        let (span, speaker, closed) =
            speaker_of(tagged, sentences, ranges, found, &g, &mut previous);
        out.push(report::quote_entry(tagged, span, speaker, closed));
    }
    out
}

/// The speaker of one group, given the speaker of the group before
/// (`previous`, updated), with the attributions it gives the sentences it
/// touches: the group's span, its speaker if any, and whether it closed.
fn speaker_of(
    tagged: &Tagged,
    sentences: &[Sentence],
    ranges: &[Range<usize>],
    found: &mut [Vec<Found>],
    g: &Group,
    previous: &mut Option<(Found, usize)>,
) -> (Span, Option<Found>, bool) {
    if g.sentences.is_empty() {
        return (g.span, None, g.closed);
    }
    // A title or nickname in quotation marks ("Miss Piggy", "Morning Joe")
    // is no one's words. (It ends the last speaker's turn, unless it is in
    // that speaker's paragraph: "..., wrote the authors of the “Growth and
    // Opportunity Project.”")
    if is_title_quote(tagged, &ranges[g.sentences.start], g)
        || is_quoted_subhead(tagged, sentences, ranges, g)
        || is_stage_direction(tagged, g)
    {
        let para = sentences[g.sentences.start].paragraph;
        if previous.is_some_and(|(_, p)| p != para) {
            *previous = None;
        }
        return (g.span, None, g.closed);
    }
    let para_last = sentences[g.sentences.end - 1].paragraph;
    // A whole sentence in quotation marks ("We were scared.") is speech
    // however short; a few words inside one may be scare quotes.
    let whole_sentence = opens_sentence(ranges, g) && closes_sentence(tagged, ranges, g);
    // The first of these that finds one, in this order.
    let speaker = cue_in_quotation(tagged, found, g)
        .or_else(|| signature_after(ranges, found, g))
        .or_else(|| colon_before(tagged, ranges, found, g, *previous))
        .or_else(|| colon_inside(tagged, ranges, found, g))
        .or_else(|| {
            new_speaker_just_before(
                tagged,
                sentences,
                ranges,
                found,
                g,
                *previous,
                whole_sentence,
            )
        })
        .or_else(|| {
            continued(
                tagged,
                sentences,
                ranges,
                found,
                g,
                *previous,
                whole_sentence,
            )
        })
        .or_else(|| reported_before(sentences, ranges, found, g, whole_sentence))
        .or_else(|| {
            led_in_by_pronoun(
                tagged,
                sentences,
                ranges,
                found,
                g,
                *previous,
                whole_sentence,
            )
        })
        .or_else(|| asked_before(tagged, sentences, ranges, found, g, whole_sentence));
    // ("Hemsley, the co-author of "Going Viral," said": a title inside the
    // source's own words is not what the source said.)
    let inside_mention = |f: &Found| {
        let t = &tagged.tokens;
        let last = f.mention.last;
        // (`"Morning Joe,"`: the description's comma inside the mark.)
        let end = match (t.get(last + 1), t.get(last + 2)) {
            (Some(c), Some(q)) if c.kind() == Kind::Comma && q.kind() == Kind::Quote => q,
            _ => &t[last],
        };
        t[f.mention.first].span().start <= g.span.start && g.span.end <= end.span().end
    };
    let Some(speaker) = speaker.filter(|f| !inside_mention(f)) else {
        *previous = None;
        return (g.span, None, g.closed);
    };
    // A transcript inside one pair of marks ("RAMOS: ... CLINTON: ..."):
    // each label speaks until the next.
    let label_at = |found: &[Vec<Found>], s: usize| {
        found[s]
            .iter()
            .take(CANDIDATES)
            .find(|f| {
                f.cue.kind == CueKind::Colon
                    && tagged.quoted[f.cue.first]
                    && f.mention.first <= ranges[s].start + 1
            })
            .copied()
    };
    let turns = g.sentences.len() > 1
        && g.sentences
            .clone()
            .filter(|&s| label_at(found, s).is_some())
            .nth(1)
            .is_some();
    let mut turn = None;
    // The mode in the first sentence is the group's too: kept, not found again.
    let mut first_mode = None;
    for s in g.sentences.clone() {
        // (`..." And Brown said`: a sentence that holds only the closing
        // mark holds none of the words.)
        let only_the_mark = s > g.sentences.start
            && tagged.tokens[ranges[s].clone()]
                .iter()
                .take_while(|t| t.span().start < g.span.end)
                .all(|t| !t.is_word());
        if only_the_mark {
            continue;
        }
        let mode = quote_mode(tagged, &ranges[s], g.span);
        first_mode.get_or_insert(mode);
        if turns {
            turn = label_at(found, s).or(turn);
        }
        let speaker = turn.unwrap_or(speaker);
        let own = found[s]
            .iter_mut()
            .take(CANDIDATES)
            .find(|f| f.cue.first == speaker.cue.first && f.mention.first == speaker.mention.first);
        match own {
            Some(f) => {
                f.mode = mode;
                f.quote = Some(g.span);
            }
            None => found[s].push(Found {
                mode,
                quote: Some(g.span),
                ..speaker
            }),
        }
    }
    let mode = first_mode.unwrap_or_else(|| quote_mode(tagged, &ranges[g.sentences.start], g.span));
    // A word or two in quotation marks ("actually “reopening” it") is no
    // quotation a later one continues: the speaker of the last real one
    // stays. A short one that is direct speech ("“Rubbish,” he said") is
    // real.
    let same_paragraph = previous.is_some_and(|(_, p)| p == para_last);
    if g.words >= 4 || whole_sentence || mode == Mode::Direct || !same_paragraph {
        *previous = Some((speaker, para_last));
    }
    (
        g.span,
        Some(Found {
            mode,
            quote: Some(g.span),
            ..speaker
        }),
        g.closed,
    )
}

/// (1) A cue in a sentence the quotation touches, nearest its end; in
/// that sentence, the last cue before the quotation ("denied it, saying:
/// "..."" is the saying's), else the first after it.
fn cue_in_quotation(tagged: &Tagged, found: &[Vec<Found>], g: &Group) -> Option<Found> {
    g.sentences.clone().rev().find_map(|s| {
        let mut cues = found[s]
            .iter()
            .take(CANDIDATES)
            .filter(|f| f.quote.is_none() || f.quote == Some(g.span))
            .filter(|f| !new_clause_after(tagged, g, f))
            .filter(|f| {
                (!tagged.quoted[f.cue.first] || f.cue.kind == CueKind::Colon)
                    // ("..., Reuters quoted Lee as saying": Lee's words.)
                    && (f.cue.kind != CueKind::Citing
                        || tagged.is_any(
                            f.cue.first,
                            words!["quoted", "reports", "reported", "cites", "cited", "quoting"],
                        ))
            });
        let first = cues.next()?;
        // ("...," the Post reported, quoting an anonymous official": the
        // one quoted speaks; the outlet passes the words on. "Trump
        // tweeted, quoting Comey's statement" keeps the words his own.)
        let all = || std::iter::once(first).chain(cues.clone());
        let quoting = all()
            .find(|f| f.cue.kind == CueKind::Citing && tagged.is(f.cue.first, "quoting"))
            .filter(|_| all().any(|f| f.role == Role::Media && f.cue.kind == CueKind::Verb));
        if let Some(q) = quoting {
            return Some(*q);
        }
        // ("Frazier said Rubio's claim that ... is "simply not true"": a
        // claim's owner is talked about; another cue speaks first, unless
        // the quotation opens the claim's clause: "Trump's claim that Obama
        // "founded ISIS"".)
        let heard = |f: &&Found| {
            f.cue.kind != CueKind::Claim || (f.cue.last < g.open && g.open <= f.cue.last + 5)
        };
        let first = all().find(heard).unwrap_or(first);
        let before = |f: &Found| tagged.tokens[f.cue.first].span().start < g.span.start;
        let nearest = all()
            .filter(|f| before(f) && (heard(f) || f.cue.first == first.cue.first))
            .max_by_key(|f| f.cue.first);
        Some(*nearest.unwrap_or(first))
    })
}

/// Whether the attribution `f` follows the quotation `g` in a clause of its
/// own, opened by a capitalised conjunction: `..." And Gordon Brown said the
/// figures did not add up` reports other words (a tag stands right after
/// the closing mark, `," he said`, or ends a sentence the quotation opens:
/// `"..." and donations rose, Gilbert said`).
fn new_clause_after(tagged: &Tagged, g: &Group, f: &Found) -> bool {
    let tokens = &tagged.tokens;
    let start = tokens[f.mention.first.min(f.cue.first)].span().start;
    // (Tokens come in text order: the first past the closing mark is found
    // by halving, not by walking the quotation.)
    let after = tokens.partition_point(|t| t.span().start < g.span.end);
    start > g.span.end
        && (after..tokens.len())
            .find(|&k| tokens[k].kind() != Kind::Comma)
            .is_some_and(|k| {
                tokens[k].span().start < start
                    && tokens[k].capitalized()
                    && tagged.is_any(k, words!["and", "but", "yet", "meanwhile", "however"])
            })
}

/// (2) A signature right after it: `“...” ― Name`. The signature in the
/// next sentence becomes the quotation's, direct speech.
fn signature_after(ranges: &[Range<usize>], found: &mut [Vec<Found>], g: &Group) -> Option<Found> {
    let next = g.sentences.end;
    let r = ranges.get(next)?;
    let speaker = found[next]
        .iter()
        .find(|f| f.cue.kind == CueKind::Dash && f.cue.first == r.start)
        .copied();
    if let Some(sig) = found[next].iter_mut().find(|f| f.cue.kind == CueKind::Dash) {
        sig.mode = Mode::Direct;
        sig.quote = Some(g.span);
    }
    speaker
}

/// (3) "She said:" closing the sentence before; its introduction becomes
/// the quotation's, direct speech.
fn colon_before(
    tagged: &Tagged,
    ranges: &[Range<usize>],
    found: &mut [Vec<Found>],
    g: &Group,
    previous: Option<(Found, usize)>,
) -> Option<Found> {
    let before = g.sentences.start.checked_sub(1)?;
    let r = &ranges[before];
    let ends_with_colon = r.end > r.start && tagged.tokens[r.end - 1].kind() == Kind::Colon;
    if !ends_with_colon {
        return None;
    }
    if found[before].is_empty() {
        // "Sanders made the following comment:": any verb introduces.
        // "Partial transcript as follows:": the words of the speaker just
        // quoted, or of the source the sentence before reports.
        if let Some(f) = attribute::introduction(tagged, r.start..r.end - 1).or_else(|| {
            transcript_intro(tagged, r)
                .then(|| {
                    previous.map(|(f, _)| f).or_else(|| {
                        let earlier = before.checked_sub(1)?;
                        reported_in(&found[earlier])
                    })
                })
                .flatten()
        }) {
            found[before].push(f);
        }
    }
    let intro = found[before].last_mut()?;
    let speaker = *intro;
    intro.mode = Mode::Direct;
    intro.quote = Some(g.span);
    Some(speaker)
}

/// Whether the sentence `r`, ending in a colon, announces a transcript or
/// a text without naming whose: "Partial transcript as follows:", "Full
/// text:", "Excerpts:" (up to six words, none of them "from", "by" or
/// "of", which name an author: "A text from an unknown number:").
fn transcript_intro(tagged: &Tagged, r: &Range<usize>) -> bool {
    let words = r.start..r.end.saturating_sub(1);
    let announces = tagged.is_any(r.start, words!["transcript", "excerpts", "excerpt"])
        || tagged.is_any(r.start + 1, words!["transcript", "text", "excerpts"])
            && tagged.is_any(
                r.start,
                words!["partial", "full", "video", "the", "complete"],
            )
        || r.end >= r.start + 3 && tagged.is(r.end - 3, "as") && tagged.is(r.end - 2, "follows");
    r.len() <= 7
        && announces
        && !words
            .clone()
            .any(|k| tagged.is_any(k, words!["from", "by", "of"]))
}

/// (3b) "... made the following comment: “..." in the same sentence.
fn colon_inside(
    tagged: &Tagged,
    ranges: &[Range<usize>],
    found: &mut [Vec<Found>],
    g: &Group,
) -> Option<Found> {
    let r = &ranges[g.sentences.start];
    let open = g.open;
    if !(open > r.start && open < r.end && tagged.tokens[open - 1].kind() == Kind::Colon) {
        return None;
    }
    let speaker = attribute::introduction(tagged, r.start..open - 1)?;
    found[g.sentences.start].push(speaker);
    Some(speaker)
}

/// (4) The news convention: a quotation opening a paragraph right after
/// another speaker's quotation (`previous`, with its paragraph) continues
/// that speaker.
fn continued(
    tagged: &Tagged,
    sentences: &[Sentence],
    ranges: &[Range<usize>],
    found: &[Vec<Found>],
    g: &Group,
    previous: Option<(Found, usize)>,
    whole_sentence: bool,
) -> Option<Found> {
    let (prev, prev_para) = previous?;
    let para_first = sentences[g.sentences.start].paragraph;
    // ("Then, later that month on CNN: “I've never said ...”": a short
    // lead-in of when and where, naming no one, before a colon.)
    let r = &ranges[g.sentences.start];
    // (No name in it but an outlet's or a place's: not "Said coach Scott
    // Johnson:", "HadasGold, Politico:".)
    let nameless = |k: usize| {
        !tagged.tokens[k].capitalized()
            || tagged.word_in(k, List::Outlets)
            || tagged.word_in(k, List::Places)
            || tagged.lists_ending_at(k).has(List::Outlets)
    };
    let lead_in = g.open > r.start + 1
        && g.open <= r.start + 10
        && tagged.tokens[g.open - 1].kind() == Kind::Colon
        && found[g.sentences.start].is_empty()
        && (r.start + 1..g.open - 1).all(nameless);
    let opens_paragraph = (opens_sentence(ranges, g) || lead_in)
        && (g.sentences.start == 0 || sentences[g.sentences.start - 1].paragraph != para_first);
    let adjacent = prev_para == para_first || (opens_paragraph && prev_para + 1 == para_first);
    // A whole paragraph in quotation marks continues even when short.
    (adjacent && (g.words >= 4 || opens_paragraph || whole_sentence)).then_some(prev)
}

/// (5b) "And she won't commit to an opinion yet. “I'm just in the middle of
/// it.”": a whole sentence quoted right after a sentence of the same
/// paragraph that opens with "he" or "she" and attributes nothing, when the
/// last quotation's speaker, a person, spoke in this paragraph or the one
/// before: the writer leads into more of that speaker's words.
fn led_in_by_pronoun(
    tagged: &Tagged,
    sentences: &[Sentence],
    ranges: &[Range<usize>],
    found: &[Vec<Found>],
    g: &Group,
    previous: Option<(Found, usize)>,
    whole_sentence: bool,
) -> Option<Found> {
    let (prev, prev_para) = previous?;
    let para = sentences[g.sentences.start].paragraph;
    if !whole_sentence {
        return None;
    }
    let before = sentence_before(sentences, ranges, g, whole_sentence)?;
    let r = &ranges[before];
    let mut k = r.start;
    if tagged.is_any(k, words!["and", "but", "yet", "still"]) {
        k += 1;
    }
    let lead_in = sentences[before].paragraph == para
        && found[before].is_empty()
        && k < r.end
        && !tagged.quoted[k]
        && tagged.is_any(k, words!["he", "she"]);
    (lead_in && prev.role != Role::Document && matches!(para.checked_sub(prev_para), Some(0 | 1)))
        .then_some(prev)
}

/// (3c) "Menzies Campbell said the war had hit trust. “Issues of war ...”":
/// a person named in the sentence right before, as the source of its
/// reported words, speaks the quotation, though another spoke the last
/// one: the writer has turned to a new speaker. (A pronoun or a role noun
/// there may stand for either, and the last speaker keeps the floor.) So
/// does one unnamed person reported there ("One veteran trader said the
/// cause may be the tariffs. “Once the tariffs bite, ...”").
fn new_speaker_just_before(
    tagged: &Tagged,
    sentences: &[Sentence],
    ranges: &[Range<usize>],
    found: &[Vec<Found>],
    g: &Group,
    previous: Option<(Found, usize)>,
    whole_sentence: bool,
) -> Option<Found> {
    let (prev, _) = previous?;
    let before = sentence_before(sentences, ranges, g, whole_sentence)?;
    named_new_speaker(&found[before], prev).or_else(|| unnamed_new_speaker(tagged, &found[before]))
}

/// The person a sentence's attributions name as its reported words' source,
/// when another than `prev`, the last quotation's speaker.
fn named_new_speaker(found: &[Found], prev: Found) -> Option<Found> {
    let named = reported_in(found)?;
    // A person, by a verb or "according to Mr Lane": a body, an outlet or
    // a document ("according to a pool report") is as often the frame of
    // the next speaker's words. (Not when that sentence holds a quotation
    // of its own, `"...," Welch said, according to Vermont Edition.`: the
    // outlet only relays the speaker, who goes on.)
    // (A person's name labelled official by what frames it, "For the Lib
    // Dems, Vince Cable said", is a person still.)
    let person = named.role == Role::Person
        || named.role == Role::Official
            && (named.mention.titled || named.mention.role == Role::Person);
    let quotes = || found.iter().any(|f| f.quote.is_some());
    let new_speaker = named.mention.kind == MentionKind::Name
        && person
        && (named.cue.kind == CueKind::Verb || named.cue.kind == CueKind::According && !quotes())
        // ("Mr Hasson said developers had to be more "business-like".":
        // a few words quoted inside reported speech are no quotation of
        // their own.)
        && (named.quote.is_none() || named.mode == Mode::Partial)
        && named.resolved.map(|r| r.name) != prev.resolved.map(|r| r.name);
    new_speaker.then_some(named)
}

/// One unnamed person ("One veteran trader", "a lawyer") as a sentence's
/// only source, by a plain verb of saying: not "Gillian Shepherd
/// remembered how one of her colleagues called women ...".
fn unnamed_new_speaker(tagged: &Tagged, found: &[Found]) -> Option<Found> {
    let [last] = found[..] else {
        return None;
    };
    let one = tagged.is_any(last.mention.first, words!["one", "a", "an", "another"]);
    let says = tagged.is_any(
        last.cue.first,
        words![
            "said",
            "says",
            "told",
            "tells",
            "added",
            "adds",
            "explained",
            "argued",
            "noted"
        ],
    );
    (one && says
        && last.identity == Identity::Anonymous
        && last.mention.kind == MentionKind::Other
        && last.role == Role::Person
        && last.cue.kind == CueKind::Verb
        && last.quote.is_none())
    .then_some(last)
}

/// (5) A quotation opening a paragraph, or a sentence of the same
/// paragraph, right after a sentence that reports someone's words
/// continues that someone.
fn reported_before(
    sentences: &[Sentence],
    ranges: &[Range<usize>],
    found: &[Vec<Found>],
    g: &Group,
    whole_sentence: bool,
) -> Option<Found> {
    let before = sentence_before(sentences, ranges, g, whole_sentence)?;
    // ("She said the slot was still to be decided. The programme will
    // ... "Hopefully ..."": a whole sentence quoted in the paragraph of a
    // source, past one sentence of the writer's that attributes nothing.)
    let para = sentences[g.sentences.start].paragraph;
    let past_one = || {
        let earlier = before.checked_sub(1)?;
        (whole_sentence
            && found[before].is_empty()
            && sentences[before].paragraph == para
            && sentences[earlier].paragraph == para)
            .then(|| reported_in(&found[earlier]))
            .flatten()
    };
    reported_in(&found[before]).or_else(past_one)
}

/// The last named source a sentence's attributions report, not one cited.
fn reported_in(found: &[Found]) -> Option<Found> {
    found
        .iter()
        .rev()
        .find(|f| f.identity == Identity::Named && f.cue.kind != CueKind::Citing)
        .copied()
}

/// The sentence right before a quotation that opens a sentence and is no
/// stray word or two (four words or a whole sentence), when that sentence
/// is in the same paragraph or the one before: where (5) and (6) look for
/// who speaks.
fn sentence_before(
    sentences: &[Sentence],
    ranges: &[Range<usize>],
    g: &Group,
    whole_sentence: bool,
) -> Option<usize> {
    if !opens_sentence(ranges, g) || !(g.words >= 4 || whole_sentence) {
        return None;
    }
    let before = g.sentences.start.checked_sub(1)?;
    let para_first = sentences[g.sentences.start].paragraph;
    let next_to = matches!(
        para_first.checked_sub(sentences[before].paragraph),
        Some(0 | 1)
    );
    next_to.then_some(before)
}

/// (6) "On the show, Clinton was asked why ... “I have tried to ...”": a
/// quotation opening the sentence after one where a named person was
/// asked something is the answer.
fn asked_before(
    tagged: &Tagged,
    sentences: &[Sentence],
    ranges: &[Range<usize>],
    found: &[Vec<Found>],
    g: &Group,
    whole_sentence: bool,
) -> Option<Found> {
    let before = sentence_before(sentences, ranges, g, whole_sentence)?;
    let r = ranges[before].clone();
    // ("was asked to resign" is a demand, which no quotation answers; "was
    // asked to explain" a question.)
    let demand = |k: usize| {
        tagged.is(k + 1, "to")
            && !tagged.is_any(
                k + 2,
                words![
                    "explain",
                    "comment",
                    "respond",
                    "describe",
                    "clarify",
                    "elaborate",
                    "justify",
                    "say",
                    "name",
                    "assess",
                    "predict",
                    "reflect",
                    "confirm",
                ],
            )
    };
    let asked = r.clone().find(|&k| {
        tagged.is(k, "asked")
            && k > r.start
            && tagged.is_any(k - 1, words!["was", "were"])
            && !demand(k)
    })?;
    if !found[before].is_empty() {
        return None;
    }
    // (The question's sentence is no claim of the person's: it keeps none.)
    let intro = attribute::introduction(tagged, r)?;
    let person = intro.mention.kind == MentionKind::Name
        && intro.role == Role::Person
        && intro.mention.last < asked;
    person.then_some(Found {
        cue: Cue {
            first: asked,
            last: asked,
            ..intro.cue
        },
        ..intro
    })
}

/// "'Pretty cool working there.'" alone on a line between paragraphs of
/// prose: a feature's subhead, a few words in single quotation marks that
/// are nobody's words here (a line of speech in double marks stays speech).
fn is_quoted_subhead(
    tagged: &Tagged,
    sentences: &[Sentence],
    ranges: &[Range<usize>],
    g: &Group,
) -> bool {
    let text = &tagged.text[g.span.start..];
    let single = (text.starts_with('\'') && !text.starts_with("''")) || text.starts_with('‘');
    if !single || g.words > 8 || !opens_sentence(ranges, g) || !closes_sentence(tagged, ranges, g) {
        return false;
    }
    let para = sentences[g.sentences.start].paragraph;
    let alone_before = g.sentences.start == 0 || sentences[g.sentences.start - 1].paragraph != para;
    let next = g.sentences.end;
    let prose_after = next < sentences.len()
        && sentences[next].paragraph != para
        && !tagged.quoted.get(ranges[next].start).is_some_and(|&q| q);
    alone_before && prose_after
}

/// Whether the quotation opens the first sentence it touches.
fn opens_sentence(ranges: &[Range<usize>], g: &Group) -> bool {
    ranges[g.sentences.start].start == g.open
}

/// Whether the quotation runs to the end of the last sentence it touches
/// (its closing mark the sentence's last token).
fn closes_sentence(tagged: &Tagged, ranges: &[Range<usize>], g: &Group) -> bool {
    let r = &ranges[g.sentences.end - 1];
    r.end > r.start && tagged.tokens[r.end - 1].span().end <= g.span.end
}

/// "''The Trumps: Three Generations,'' by Gwenda Blair": a quotation
/// followed by "by" and a capitalised name is a work and its author.
fn by_its_author(tagged: &Tagged, range: &Range<usize>, g: &Group) -> bool {
    let t = &tagged.tokens;
    let mut k = t.partition_point(|t| t.span().start < g.span.end);
    if t.get(k).is_some_and(|t| t.kind() == Kind::Comma) {
        k += 1;
    }
    k + 1 < range.end && tagged.is(k, "by") && t[k + 1].capitalized()
}

/// A short quotation of capitalised words with no sentence punctuation, or
/// one after words that name (`titled`, `is called`): a title or a
/// nickname, not speech.
/// "“(CROSSTALK.)”", "“(APPLAUSE)”": a transcriber's note in brackets and
/// capitals, quoted as a line of the transcript, is no one's words.
fn is_stage_direction(tagged: &Tagged, g: &Group) -> bool {
    if g.words > 3 {
        return false;
    }
    let inside = tagged.tokens[g.open..]
        .iter()
        .take_while(|t| t.span().start < g.span.end)
        .filter(|t| t.kind() != Kind::Quote);
    let mut opened = false;
    for t in inside {
        match t.kind() {
            Kind::Open if !opened => opened = true,
            Kind::Word if opened => {
                let w = t.span().slice(tagged.text);
                if !w.bytes().all(|b| b.is_ascii_uppercase() || b == b'-') {
                    return false;
                }
            }
            Kind::Period | Kind::Close if opened => {}
            _ => return false,
        }
    }
    opened
}

fn is_title_quote(tagged: &Tagged, range: &Range<usize>, g: &Group) -> bool {
    // "a strategy titled '…'": a name given to something, whatever its words.
    if g.words <= 12 && token::names_something(tagged.text, &tagged.tokens, g.open) {
        return true;
    }
    if names_a_kind(tagged, range, g) {
        return true;
    }
    // ("published ''Character Studies,''", "the pseudonym “Carlos
    // Danger,”", "his book ''Crippled America: How to Make America Great
    // Again''": a work or a name right after the word that introduces it,
    // whatever its length, its stop or its colon.)
    let introducer = match g.open.checked_sub(1) {
        // (Past an apposition's comma: "his manifesto, ''Crippled America''".)
        Some(k) if k > range.start && tagged.tokens[k].kind() == Kind::Comma => k - 1,
        Some(k) => k,
        None => g.open,
    };
    let work = introducer < g.open
        && introducer >= range.start
        && (tagged.in_set(introducer, &WORKS_BEFORE) && tagged.tokens[introducer].lowercase()
            || network_before(tagged, range, introducer))
        || by_its_author(tagged, range, g);
    // One pass over the tokens inside, left at the first that rules it out.
    let inside = tagged.tokens[g.open..]
        .iter()
        .take_while(|t| t.span().start < g.span.end);
    let mut words = 0;
    let mut last_small = false;
    let mut stopped = false;
    for t in inside {
        // ("“The Nightly Show with Larry Wilmore.”": the sentence's full
        // stop or comma inside the closing mark, the American way.)
        if stopped && t.kind() != Kind::Quote {
            return false;
        }
        if matches!(t.kind(), Kind::Period | Kind::Comma) && words > 0 {
            stopped = true;
            continue;
        }
        if t.kind() == Kind::Colon && work {
            continue;
        }
        if matches!(
            t.kind(),
            Kind::Period | Kind::Comma | Kind::Break | Kind::Colon
        ) {
            return false;
        }
        if t.is_word() {
            words += 1;
            // ("her documentary “13th.”": an ordinal too, in a work's name.)
            let numeral = || {
                let w = t.span().slice(tagged.text).as_bytes();
                crate::token::is_numeral(w) || work && w.first().is_some_and(u8::is_ascii_digit)
            };
            // "State of the Union": a title's small words are lowercase.
            let small = || words > 1 && token::TITLE_SMALL_WORDS.contains(&t.key());
            if words > if work { 12 } else { 6 } || !(t.capitalized() || numeral() || small()) {
                return false;
            }
            last_small = small();
        }
    }
    // A stop inside the mark ("host of “The Nightly Show.”") leaves a title
    // only after a word of the sentence, and one of three words or more:
    // "“Absolutely,” Lee said" and "“Good Night.”" are speech. So is one
    // after a colon, after a verb of saying a few words before in the
    // clause ("told the crowd “Thank You All.”"), after a copula ("her
    // reply was “We Will Never Surrender.”") and in a headline, all in
    // capitals. (A headline is short: its capitals are counted only then,
    // so a sentence of many quotations costs no more than one.)
    let says =
        |k: usize| tagged.word_in(k, List::CueVerbs) || tagged.word_in(k, List::WeakCueVerbs);
    let after_a_word = || {
        let Some(k) = g.open.checked_sub(1) else {
            return false;
        };
        let t = tagged.tokens[k];
        let said = (k.saturating_sub(6).max(range.start)..=k)
            .rev()
            // (Not past a preposition: "wrote the authors of the “Harbour
            // Plan.”" names the plan.)
            .take_while(|&j| {
                tagged.tokens[j].is_word() && !tagged.in_set(j, &crate::source::PREPOSITIONS)
            })
            .any(says);
        t.is_word()
            && t.lowercase()
            && !said
            && !tagged.is_any(k, words!["is", "was", "are", "were", "be"])
    };
    let headline = || range.len() <= 40 && crate::cue::is_title_case(tagged, range);
    // ("''Opening Belle,'' which will be in bookstores": a title that a
    // relative clause goes on to describe; speech is followed by its tag.)
    let described = || {
        let after = (g.open..range.end).find(|&k| tagged.tokens[k].span().start >= g.span.end);
        words >= 2 && after.is_some_and(|k| tagged.is(k, "which"))
    };
    // ("fans of ''Prison Break,''", "the low-rated ''Rush Hour.''": two
    // words are enough after a preposition or a determiner's phrase, where
    // no speech begins.)
    // (Even after a verb of saying: "CBS said it was canceling the
    // low-rated ''Rush Hour.''"; not a phrase that verb heads, "told the
    // crowd “Thank You All.”")
    let in_a_phrase = || {
        g.open > range.start
            && tagged.tokens[g.open - 1].is_word()
            // ("On “Face the Nation,” Sanders said": a preposition opening
            // the sentence too.)
            && (tagged.tokens[g.open - 1].lowercase() || g.open - 1 == range.start)
            && (tagged.in_set(g.open - 1, &crate::source::PREPOSITIONS)
                || (g.open.saturating_sub(4).max(range.start + 1)..g.open).any(|k| {
                    tagged.is_any(k, words!["the", "its", "his", "her", "their"]) && !says(k - 1)
                }))
    };
    // ("Sidney Blumenthal: ‘No Idea’ If I Would ...": a headline's words
    // quoted after a name and its colon are the name's, not a title; not
    // after a label, "Film Review: ‘Jaws’".)
    #[rustfmt::skip]
    const LABELS: &[u64] = words![
        "review", "update", "analysis", "watch", "exclusive", "opinion", "poll", "editorial",
        "interview", "video", "photos", "latest", "live", "breaking",
    ];
    // (Asked of a headline only, so its scans stay within its few words.)
    let named_colon = || {
        if !headline() {
            return false;
        }
        let Some(colon) =
            (range.start + 1..g.open).find(|&k| tagged.tokens[k].kind() == Kind::Colon)
        else {
            return false;
        };
        colon >= range.start + 2
            && (range.start..colon)
                .all(|k| tagged.tokens[k].capitalized() || tagged.tokens[k].kind() == Kind::Period)
            && !tagged.is_any(colon - 1, LABELS)
    };
    // (A work's title of one word is told from "“Absolutely,” she said" by
    // no mark: two words at least.)
    words > 0
        && !last_small
        && !named_colon()
        && (!stopped
            || work && words >= 2
            // ("her new documentary “13th.”": right after a work's noun,
            // one word will do.)
            || work && g.open > range.start && tagged.in_set(g.open - 1, &WORKS_BEFORE)
            || words >= 3 && after_a_word() && !headline()
            || words >= 2 && in_a_phrase() && !headline()
            || described())
}

/// "on CBS' ''60 Minutes''", "a host of NBC's “Meet the Press”": a
/// broadcaster's possessive before its show, in capitals or after "on" or
/// "of".
fn network_before(tagged: &Tagged, range: &Range<usize>, k: usize) -> bool {
    // ("CBS'": the apostrophe may be a token of its own, a mark.)
    let t = tagged.tokens[k];
    let apostrophe = t.kind() == Kind::Quote
        && k > range.start
        && matches!(t.span().slice(tagged.text), "'" | "’")
        && tagged.tokens[k - 1].span().end == t.span().start
        && tagged.tokens[k - 1].is_word()
        && tagged.word(k - 1).ends_with(['s', 'S']);
    let (k, name) = if apostrophe {
        (k - 1, Some(tagged.word(k - 1)))
    } else {
        let w = tagged.word(k);
        let name = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .or_else(|| w.strip_suffix(['\'', '’']));
        (k, name)
    };
    let Some(name) = name else {
        return false;
    };
    let capitals = name.len() >= 2 && name.bytes().all(|b| b.is_ascii_uppercase());
    tagged.tokens[k].capitalized()
        && (capitals || k > range.start && tagged.is_any(k - 1, words!["on", "of"]))
}

/// Words right before a title or a name in quotation marks: publishing it,
/// or the noun of a work or a name.
static WORKS_BEFORE: crate::token::WordSet<64> = crate::token::word_set![
    "published",
    "publishes",
    "released",
    "authored",
    "penned",
    "pseudonym",
    "alias",
    "nickname",
    "moniker",
    "book",
    "novel",
    "memoir",
    "film",
    "movie",
    "album",
    "song",
    "sitcom",
    "play",
    "column",
    "documentary",
    "biography",
    "manifesto",
    "bestseller",
    "essay",
    "poem",
];

/// "a new “quick edit” feature", "the “top secret” level": two or
/// three words in marks after an article (and at most one word more) and
/// before the noun they name a kind of, a term the writer marks, no one's
/// words. A quoted judgment starts or ends in an adjective ("a “very
/// productive” meeting", "a “fraudulent scheme” took") and stays a
/// quotation, as does one word ("a “corrupt” process").
fn names_a_kind(tagged: &Tagged, range: &Range<usize>, g: &Group) -> bool {
    if g.words < 2 || g.words > 3 || g.open < range.start + 1 {
        return false;
    }
    let mut inside = (g.open..range.end)
        .take_while(|&k| tagged.tokens[k].span().start < g.span.end)
        .filter(|&k| tagged.tokens[k].is_word());
    let Some(first) = inside.next() else {
        return false;
    };
    let last = inside.last().unwrap_or(first);
    // (Only words inside: a stop or comma inside the marks ends a clause.)
    let plain = (first..=last).all(|k| tagged.tokens[k].is_word());
    // (Suffixes of adjectives and participles, and the words of degree
    // and joining that only a judgment has.)
    const SUFFIXES: &[&[u8]] = &[
        b"ed", b"en", b"ing", b"ly", b"est", b"er", b"ent", b"ant", b"ory",
    ];
    #[rustfmt::skip]
    const JUDGING: &[u64] = words![
        "good", "bad", "great", "best", "worst", "big", "huge", "real", "fair", "wrong", "most",
        "more", "very", "so", "too", "really", "truly", "less", "least", "much",
    ];
    const JOINING: &[u64] = words!["and", "or", "but", "not", "nor"];
    let judging = |k: usize| {
        let w = tagged.bytes(k);
        attribute::shaped_as_adjective(w)
            || SUFFIXES.iter().any(|s| w.ends_with(s))
            || tagged.is_any(k, JUDGING)
    };
    let judged =
        judging(first) || judging(last) || (first..=last).any(|k| tagged.is_any(k, JOINING));
    let before = g.open - 1;
    const ARTICLES: &[u64] = words!["a", "an", "the"];
    let article = tagged.is_any(before, ARTICLES)
        || before > range.start
            && tagged.tokens[before].lowercase()
            && tagged.is_any(before - 1, ARTICLES);
    let close = (last + 1..range.end).find(|&k| tagged.tokens[k].kind() != Kind::Quote);
    plain
        && !judged
        && tagged.tokens[first].lowercase()
        && article
        && close.is_some_and(|n| n > last + 1 && attribute::modifies_noun_after(tagged, n))
}

/// Direct when the quotation makes up the sentence or a clause of it,
/// partial when it is a few words inside reported speech.
fn quote_mode(tagged: &Tagged, range: &Range<usize>, quote: Span) -> Mode {
    let tokens = &tagged.tokens[range.clone()];
    // Tokens are in order and apart, their starts and ends both rising: those
    // inside the quotation are one run, found by two binary searches.
    let lo = tokens.partition_point(|t| t.span().start < quote.start);
    let hi = tokens
        .partition_point(|t| t.span().end <= quote.end)
        .max(lo);
    let inside = hi - lo;
    if lo == 0 && hi > 0 {
        return Mode::Direct;
    }
    // After a colon, the quotation is the clause: `Smith said: "No."`.
    let before = lo.checked_sub(1).map(|b| tokens[b].kind());
    if before == Some(Kind::Colon) {
        return Mode::Direct;
    }
    // A quoted clause follows a comma or its cue, and makes up most of the
    // sentence or ends with its own punctuation: `he said, "We will win."`.
    // After another verb it is that verb's object, words quoted
    // (`the figures reflected "a tough year for the firm."`).
    let introduced = before == Some(Kind::Comma)
        || lo > 0 && {
            let b = range.start + lo - 1;
            // (A cue word after an article is a noun: "the question".)
            let noun = b > 0
                && tagged.is_any(
                    b - 1,
                    token::words!["the", "a", "an", "his", "her", "their", "its", "this", "that"],
                );
            // (Nor is a capitalised one: "the United States “must ...”".)
            (tagged.word_in(b, List::CueVerbs) || tagged.word_in(b, List::WeakCueVerbs))
                && !noun
                && tagged.tokens[b].lowercase()
        };
    let last_inside = tokens[lo..hi]
        .iter()
        .rev()
        .find(|t| t.kind() != Kind::Quote);
    let own_end = last_inside
        .is_some_and(|t| matches!(t.kind(), Kind::Period | Kind::Comma | Kind::Break))
        && inside >= 6;
    if introduced && (inside * 2 >= tokens.len() || own_end) {
        return Mode::Direct;
    }
    Mode::Partial
}
