//! What the resolver notes of each sentence as it passes: names completed
//! and initials, outlets, bodies, companies, candidates, short names.

use super::*;

impl<'t> Resolver<'t> {
    /// Once the whole text is read: a surname alone that stood for no fuller
    /// name when it came ("Williams says he will stay", a headline before
    /// "Matt Williams" is named) stands for the one person of the text with
    /// that surname and a fuller name, if there is one only; a given name
    /// alone ("Hillary Just Vowed") likewise for the one person who has it.
    pub fn complete_surnames(&self, tagged: &Tagged<'t>, found: &mut [Vec<Found>]) {
        let alone = |f: &Found| {
            f.mention.kind == MentionKind::Name
                && f.role == Role::Person
                && !f.mention.titled
                && f.mention.head.0 == f.mention.head.1
                && f.resolved.is_none_or(|r| r.name.0 == r.name.1)
        };
        if !found.iter().flatten().any(alone) {
            return;
        }
        // Each surname's fuller name, or none when two people share it: one
        // pass over the people, one look-up a mention.
        let mut fuller: TextMap<u64, Option<(usize, usize)>> = TextMap::default();
        // ("Hillary Just Vowed" before "Hillary Clinton": a given name alone
        // stands for the one person of the text who has it.)
        let mut by_given: TextMap<u64, Option<(usize, usize)>> = TextMap::default();
        for e in self
            .entities
            .iter()
            .filter(|e| e.person && e.name.1 > e.name.0 && tagged.tokens[e.name.0].capitalized())
        {
            let key = name_key(tagged, surname(tagged, e.name));
            fuller
                .entry(key)
                .and_modify(|n| *n = None)
                .or_insert(Some(e.name));
            if tagged.word_in_any(e.name.0, crate::source::GIVEN_NAMES)
                && !Self::honorific_before(tagged, e.name.0)
            {
                by_given
                    .entry(name_key(tagged, e.name.0))
                    .and_modify(|n| *n = None)
                    .or_insert(Some(e.name));
            }
        }
        // (Not a name a titled person of the text goes by alone: "Prince
        // Charles" and "Charles Kennedy".)
        let mut titled: TextMap<u64, ()> = TextMap::default();
        for e in self
            .entities
            .iter()
            .filter(|e| e.name.1 == e.name.0 && e.title.is_some())
        {
            let key = name_key(tagged, e.name.0);
            titled.insert(key, ());
            if let Some(n) = by_given.get_mut(&key) {
                *n = None;
            }
        }
        for f in found.iter_mut().flatten().filter(|f| alone(f)) {
            let key = name_key(tagged, f.mention.head.0);
            // (After an honorific, "Mr Kim", "Mr Howard", a surname.)
            let as_given = || {
                (tagged.word_in_any(f.mention.head.0, crate::source::GIVEN_NAMES)
                    && !Self::honorific_before(tagged, f.mention.head.0))
                .then(|| by_given.get(&key))
                .flatten()
            };
            // ("Mr. Obama" after "President Obama" is not "Michelle Obama":
            // a surname a titled person goes by alone is that person's.)
            if f.resolved
                .is_some_and(|r| titled.contains_key(&name_key(tagged, r.name.0)))
            {
                continue;
            }
            if let Some(&Some(name)) = fuller.get(&key).or_else(as_given) {
                f.resolved = Some(Resolved {
                    name,
                    identity: f.identity,
                    role: f.role,
                });
            }
        }
    }

    /// Once the whole text is read: a one-word name that spoke as a person
    /// before the article showed it a body ("Next has said its profit will
    /// fall" before "the company said", "Next said") is that body, official
    /// as its later mentions are.
    pub fn complete_bodies(&self, tagged: &Tagged<'t>, found: &mut [Vec<Found>]) {
        for f in found.iter_mut().flatten() {
            let (first, last) = f.mention.head;
            let alone = f.mention.kind == MentionKind::Name
                && f.role == Role::Person
                && f.identity == Identity::Named
                && !f.mention.titled
                && first == last
                && f.resolved.is_none_or(|r| r.name.0 == r.name.1);
            if alone
                && !tagged.word_in_any(first, crate::source::GIVEN_NAMES)
                && self.is_body_name(tagged, first, false)
            {
                f.role = Role::Official;
                f.mention.role = Role::Official;
                if let Some(r) = f.resolved.as_mut() {
                    r.role = Role::Official;
                }
            }
        }
    }

    /// "the National Highway Traffic Safety Administration (NHTSA)": a name
    /// ending at token `k` and its initials in brackets after it; the
    /// initials are kept for the name when they are its capitals in order.
    #[inline(never)]
    pub(super) fn note_initials(&mut self, tagged: &Tagged<'t>, k: usize, start: usize) {
        let tokens = &tagged.tokens;
        let bracket = tokens.get(k + 1).is_some_and(|t| t.kind() == Kind::Open)
            && tokens.get(k + 3).is_some_and(|t| t.kind() == Kind::Close);
        // ("the Internet Corporation for Assigned Names and Numbers, Icann.":
        // after a comma, closing the clause.)
        let apposed = tokens.get(k + 1).is_some_and(|t| t.kind() == Kind::Comma)
            && tokens.get(k + 2).is_some_and(|t| t.is_word())
            && tokens.get(k + 3).is_none_or(|t| {
                matches!(
                    t.kind(),
                    Kind::Period | Kind::Comma | Kind::Close | Kind::Break
                )
            });
        if !(bracket || apposed) {
            return;
        }
        let short = tagged.bytes(k + 2);
        // ("Acpo", "Icann": initials written as a word.)
        let as_word = short.len() >= 3
            && short[0].is_ascii_uppercase()
            && short[1..].iter().all(u8::is_ascii_lowercase);
        if !(2..=8).contains(&short.len())
            || !(short.iter().all(|b| b.is_ascii_uppercase()) || as_word)
        {
            return;
        }
        let upper = short.to_ascii_uppercase();
        let short = upper.as_slice();
        // Back over the name's capitalised words and the small words inside
        // it ("Federal Bureau of Investigation").
        let mut first = k;
        while first > start && first + 8 > k {
            let p = first - 1;
            let inner = tokens[p].lowercase()
                && tagged.is_any(p, words!["of", "for", "and", "on"])
                && p > start
                && tokens[p - 1].capitalized();
            if !(tokens[p].capitalized() || inner) {
                break;
            }
            first = p;
        }
        // The name starts at its first initial, past "The" or a description
        // ("Carmaker Volta Motors (VM)").
        if tagged.is(first, "the") {
            first += 1;
        }
        while first < k && tagged.bytes(first).first() != short.first() {
            first += 1;
        }
        let capitals = (first..=k)
            .flat_map(|i| tagged.bytes(i).iter().copied())
            .filter(u8::is_ascii_uppercase);
        if first < k && is_subsequence(short, capitals) {
            self.initials.insert(name_key(tagged, k + 2), (first, k));
        }
    }

    /// The name that the one-word name at token `k` is the initials of.
    pub fn initials_of(&self, tagged: &Tagged<'t>, k: usize) -> Option<(usize, usize)> {
        if self.initials.is_empty() {
            return None;
        }
        self.initials.get(&name_key(tagged, k)).copied()
    }

    /// Notes person `e`, named up to token `last`, as a rival of the
    /// sentence's subject: another person, not named as a possessive
    /// ("Crutcher's death" leaves "Trump" the subject).
    pub(super) fn note_rival(&mut self, tagged: &Tagged<'t>, e: usize, last: usize) {
        let possessive = possessive(tagged, last);
        if self.subject.as_ref().is_some_and(|(s, _, _)| *s != e) && !possessive {
            self.rival = Some(e);
        }
    }

    /// Whether the last source, another than subject `e`, was named in the
    /// sentence from `start` that `e` opened: only then does a rival named
    /// after `e` keep "he" from `e` ("Wenger said ... Mutu was sacked, a move
    /// Wenger backed. But he said" is Wenger; "Ed Lane met members who
    /// endorsed Trump. He says" is Lane).
    pub(super) fn source_named_in(&self, e: usize, start: usize) -> bool {
        self.last_source.is_some_and(|(s, _)| {
            s != e && (start..self.sentence_start).contains(&self.entities[s].last_seen)
        })
    }

    /// Notes person `e`, named at token `first`, as the one asked when
    /// "asked" comes right before.
    pub(super) fn note_asked(&mut self, tagged: &Tagged<'t>, e: usize, first: usize) {
        if first == 0 || !tagged.is(first - 1, "asked") {
            return;
        }
        // ("asked Deardorff to convene a meeting": a request, no question;
        // past a name of up to four words.)
        let after = (first..first + 4)
            .find(|&k| !tagged.tokens.get(k).is_some_and(|t| t.capitalized()))
            .unwrap_or(first + 4);
        if !tagged.is(after, "to") {
            self.asked = Some(e);
        }
    }

    /// "Russian oil giant Yukos", "video game firm Bioware": a one-word name
    /// after a lowercase noun of bodies is a body's name; so is the first
    /// word of a company's name ("oil company Petrel Resources": "Petrel").
    /// Notes an outlet of two words or more whose name starts at `k`.
    pub(super) fn note_outlet(&mut self, tagged: &Tagged<'t>, k: usize) {
        if let Some(last) = tagged.entry_at(k, List::Outlets).filter(|&l| l > k) {
            self.outlets.retain(|o| o.0 != k);
            self.outlets.push((k, last));
            if self.outlets.len() > OUTLETS {
                self.outlets.remove(0);
            }
        }
    }

    /// The last outlet named in full whose name ends in the word at `k`
    /// ("Journal", "Times"), named before it.
    pub(super) fn fuller_outlet(&self, tagged: &Tagged<'t>, k: usize) -> Option<(usize, usize)> {
        let key = tagged.tokens[k].key();
        self.outlets
            .iter()
            .rev()
            .find(|&&(_, last)| last < k && tagged.tokens[last].key() == key)
            .copied()
    }

    pub(super) fn note_body(&mut self, tagged: &Tagged<'t>, start: usize, k: usize) {
        let tokens = &tagged.tokens;
        let tail = k + 1;
        let company = tokens.get(tail).is_some_and(|t| t.capitalized())
            && tagged.in_set(tail, &crate::source::CORPORATE_TAILS)
            && !tokens.get(tail + 1).is_some_and(|t| t.capitalized());
        // ("the company Smith founded": a bare noun after an article
        // introduces a clause, not a name.)
        // ("property website Rightmove": a trade's website is a firm; a
        // news, gossip or satirical website is an outlet.)
        #[rustfmt::skip]
        const TRADES: &[u64] = words![
            "property", "shopping", "travel", "comparison", "price-comparison", "recruitment",
            "jobs", "dating", "auction", "booking", "retail", "car-buying", "the-car", "holiday",
            "betting", "ticketing", "mortgage", "insurance", "buying",
        ];
        let firm_site = || {
            tagged.is_any(k - 1, words!["website", "site", "portal"])
                && k > start + 1
                && tagged.is_any(k - 2, TRADES)
        };
        // ("budget airline Virgin Blue": a name of two words no list knows,
        // neither a given name.)
        let two_words = || {
            let plain = |i: usize| {
                !tagged.word_in_any(i, crate::source::GIVEN_NAMES)
                    && !tagged.in_set(i, &NOT_NAME_SET)
                    && tagged.lists_starting_at(i).is_empty()
                    && tagged.lists_ending_at(i).is_empty()
                    && !possessive(tagged, i)
            };
            !tokens.get(k + 2).is_some_and(|t| t.capitalized())
                && !tagged.quoted[k + 1]
                && plain(k)
                && plain(k + 1)
                && !self.knows_person(tagged, k + 1)
        };
        let introduced = k > start
            && tokens[k - 1].lowercase()
            && (tagged.word_in(k - 1, List::InstitutionNouns) || firm_site())
            && !(k > start + 1
                && tagged.is_any(
                    k - 2,
                    words!["the", "a", "an", "this", "that", "his", "her", "its", "their"],
                ))
            && (company || !tokens.get(k + 1).is_some_and(|t| t.capitalized()) || two_words())
            && !tagged.quoted[k];
        // "Henri Crohas, chief of Archos": the body a head is at (not a
        // place, "the governor of Texas", nor a person, "a spokesman of
        // Johnson").
        let office_at = || {
            k > start + 1
                && tagged.is(k - 1, "of")
                && tokens[k - 2].lowercase()
                && tagged.is_any(
                    k - 2,
                    words![
                        "chief",
                        "head",
                        "president",
                        "chairman",
                        "chairwoman",
                        "director",
                        "founder",
                        "boss",
                        "executive"
                    ],
                )
                && !tagged.word_in_any(k, crate::source::GIVEN_NAMES)
                && !self.knows_person(tagged, k)
                && !tokens.get(k + 1).is_some_and(|t| t.capitalized())
                && !tagged.quoted[k]
                && !tagged.word_in(k, List::Places)
                && !tagged.word_in(k, List::Regions)
        };
        // ("Sun Microsystems has launched": a firm by its tail, whose first
        // word names it alone next, "Sun likened".)
        let firm = || {
            company
                && !tagged.word_in_any(k, crate::source::GIVEN_NAMES)
                && !self.knows_person(tagged, k)
                && !tagged.quoted[k]
        };
        // "The non-government organisation, Cepes (...)": a one-word name
        // set after "the", a noun of bodies and a comma, with a bracket,
        // comma or dash after it.
        let set_after = || {
            k > start + 2
                && tokens[k - 1].kind() == Kind::Comma
                && tokens[k - 2].lowercase()
                && tagged.word_in(k - 2, List::InstitutionNouns)
                && (k.saturating_sub(6).max(start)..k - 2)
                    .rev()
                    .take_while(|&j| tokens[j].lowercase() || tagged.is(j, "the"))
                    .any(|j| tagged.is(j, "the"))
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.kind(), Kind::Open | Kind::Comma | Kind::Dash))
                && !tagged.word_in_any(k, crate::source::GIVEN_NAMES)
                && !self.knows_person(tagged, k)
                && !tagged.quoted[k]
        };
        // ("Wimpey shares fell", "Wimpey's shares": the same, before.)
        let shares_after = || {
            tagged.is_any(k + 1, words!["shares", "stock"])
                && tokens[k + 1].lowercase()
                && (k == start || !tokens[k - 1].capitalized())
                // (Not the verb: "Jones shares a flat".)
                && !tagged.is_any(
                    k + 2,
                    words!["a", "an", "the", "his", "her", "its", "their", "this", "some", "with"],
                )
        };
        let shares_in = || {
            (shares_of(tagged, start, k) || shares_after())
                && !tagged.word_in_any(k, crate::source::GIVEN_NAMES)
                && !self.knows_person(tagged, k)
                && !tagged.quoted[k]
        };
        if !introduced
            && !office_at()
            && !described_as_body(tagged, start, k)
            && !firm()
            && !set_after()
            && !shares_in()
        {
            return;
        }
        self.remember_body(name_key(tagged, k), false);
    }

    /// "budget airline Ryanair", "publishing group Independent News &
    /// Media": a name of capitalised words right after a lowercase noun of
    /// bodies, remembered under the noun for "the airline" later.
    pub(super) fn note_introduced(&mut self, tagged: &Tagged<'t>, start: usize, k: usize) {
        let tokens = &tagged.tokens;
        let noun = k - 1;
        // (Run for every capitalised word: the token's case and the list's
        // bit first, the two scans of keys last.)
        if !(tokens[noun].lowercase()
            && tagged.word_in(noun, List::InstitutionNouns)
            && (tagged.is_any(noun, FIRM_NOUNS) || tagged.is_any(noun, BODY_KINDS)))
            || tagged.quoted[k]
            // ("the company Smith founded": a clause, not a name.)
            || (noun > start && tagged.is_any(noun - 1, words!["the", "a", "an", "this", "that"])
                && !tokens.get(k + 1).is_some_and(|t| t.capitalized()))
        {
            return;
        }
        // The name runs over capitalised words, and "&" or "and" between two.
        let mut last = k;
        while last + 2 < tokens.len().min(k + 6) {
            if tokens[last + 1].capitalized() {
                last += 1;
            } else if (tagged.is(last + 1, "&") || tagged.is(last + 1, "and"))
                && tokens[last + 2].capitalized()
            {
                last += 2;
            } else {
                break;
            }
        }
        let key = tokens[noun].key();
        self.introduced.retain(|(n, _)| *n != key);
        self.introduced.push((key, (k, last)));
        if self.introduced.len() > NAMED_BODIES {
            self.introduced.remove(0);
        }
    }

    /// "Boeing unveiled a jet ... the company said": a listed company named
    /// at token `k`, opening the sentence outside quotation marks,
    /// remembered as the last company introduced, for "the company" or "the
    /// firm" later.
    pub(super) fn note_company(&mut self, tagged: &Tagged<'t>, k: usize, start: usize) {
        // (As the sentence's subject only: a company named in passing, "a
        // deal with Google", is no company the next "the company" means.)
        let opens = k == start || k == start + 1 && tagged.is(start, "the");
        if !opens || tagged.quoted[k] || !tagged.lists_starting_at(k).has(List::Companies) {
            return;
        }
        // ("Facebook/Jane Doe." is a picture's credit, no subject.)
        if let Some(last) = tagged.entry_at(k, List::Companies).filter(|&l| {
            let end = tagged.tokens[l].span().end;
            tagged.text.as_bytes().get(end) != Some(&b'/')
        }) {
            self.company_opened = Some((k, last));
        }
    }

    /// "worked at Vanguard Logistics Services", "MTN - the South African
    /// firm which": a company named at token `k` by its legal suffix or by
    /// an appositive of a firm, outside quotation marks, for "the company"
    /// next.
    pub(super) fn note_firm_named(&mut self, tagged: &Tagged<'t>, k: usize, start: usize) {
        let tokens = &tagged.tokens;
        // (The name's first word, after "The" if any; not one after "of"
        // or "and": "Health and Human Services" is a department.)
        let the = |i: usize| tagged.is_any(i, words!["the", "a", "an"]);
        if tagged.quoted[k]
            || the(k)
            || k > start
                && (tokens[k - 1].capitalized() && !the(k - 1)
                    || tagged.is_any(k - 1, words!["of", "and", "&"]))
        {
            return;
        }
        let mut last = k;
        while last + 1 < tokens.len().min(k + 5) && tokens[last + 1].capitalized() {
            last += 1;
        }
        // ("a new Access Services division": a part of a firm, no firm.)
        let part = tokens.get(last + 1).is_some_and(|t| t.lowercase())
            && (tagged.word_in(last + 1, List::InstitutionNouns)
                || tagged.is_any(last + 1, words!["division", "arm", "subsidiary", "branch"]));
        let suffix = last > k && !part && tagged.is_any(last, COMPANY_SUFFIXES);
        let described = || {
            tokens
                .get(last + 1)
                .is_some_and(|t| matches!(t.kind(), Kind::Dash | Kind::Comma))
                && tagged.is_any(last + 2, words!["a", "an", "the"])
                && (last + 3..last + 7)
                    .take_while(|&j| tokens.get(j).is_some_and(|t| t.is_word()))
                    .find(|&j| tagged.is_any(j, words!["firm", "company"]))
                    // (The noun is the phrase's head: "the South African
                    // firm which", not "the firm's chairman".)
                    .is_some_and(|j| {
                        tokens.get(j + 1).is_none_or(|t| !t.is_word())
                            || tagged.is_any(j + 1, words!["which", "that", "whose", "based"])
                    })
        };
        // (The suffix may be a noun of bodies, "Services": the words before
        // it must name a firm.)
        let named = if suffix { (k, last - 1) } else { (k, last) };
        if (suffix || described() || shares_of(tagged, start, k)) && names_a_firm(tagged, named) {
            self.firm_named = Some(((k, last), start));
        }
    }

    /// Notes a name of two or three capitalised words at token `k` that no
    /// list knows ("Arsene Wenger") as a candidate for a surname alone
    /// later.
    pub(super) fn note_candidate(&mut self, tagged: &Tagged<'t>, k: usize, range: Range<usize>) {
        const UNKNOWN: Lists = Lists::of(&[
            List::Titles,
            List::Institutions,
            List::Outlets,
            List::Places,
            List::Regions,
            List::GroupNouns,
            List::PersonNouns,
            List::InstitutionNouns,
            List::MediaNouns,
            List::Documents,
            List::CueVerbs,
        ]);
        let tokens = &tagged.tokens;
        let end = range.end;
        // The last two words of a run of capitalised words, or three when
        // the run has three ("Student Kashiya Nwanguma": "Kashiya
        // Nwanguma"). (Most capitalised words are followed by none: told
        // first.)
        if !tokens.get(k + 1).is_some_and(|t| t.capitalized())
            || k + 1 >= end
            || tokens.get(k + 2).is_some_and(|t| t.capitalized())
        {
            return;
        }
        let last = k + 1;
        let plain = |i: usize| {
            tokens[i].is_word()
                && !tagged.in_set(i, &NOT_NAME_SET)
                && !tagged.lists_starting_at(i).any_of(UNKNOWN)
                && !tagged.lists_ending_at(i).any_of(UNKNOWN)
                && !possessive(tagged, i)
        };
        // ("Dundee United", "Hurricane Mitch": a club's or a storm's name
        // is no person's.)
        if tagged.is_any(k + 1, CLUB_TAILS) || tagged.is_any(k, STORMS) {
            return;
        }
        // A description ("Rapper Jay-Z", "Australian Lynton Crosby",
        // "Oscar-winner Andrea Arnold") is no part of the name.
        let described = |i: usize| shaped_as_description(tagged.bytes(i));
        let three = k > range.start
            && tokens[k - 1].capitalized()
            && (k - 1 == range.start || !tokens[k - 2].capitalized())
            && plain(k - 1)
            && !described(k - 1)
            && !tagged.bytes(k - 1).contains(&b'-');
        let first = if three { k - 1 } else { k };
        // Not a headline's first words ("End Bush 'denial' Blair tells EU").
        let headline = first == range.start && tokens[end - 1].is_word();
        if headline || described(first) || tagged.quoted[k] || !plain(k) || !plain(last) {
            return;
        }
        self.candidates
            .insert(name_key(tagged, last), (first, last));
    }

    /// Keeps the key of a one-word body name, `spoken` if it has been a
    /// source already; the oldest goes past [`BODY_NAMES`].
    pub(super) fn remember_body(&mut self, key: u64, spoken: bool) {
        if !self.bodies.iter().any(|&(b, _)| b == key) {
            self.bodies.push((key, spoken));
            if self.bodies.len() > BODY_NAMES {
                self.bodies.remove(0);
            }
        }
    }

    /// "the Mozilla Foundation" … "Mozilla said": the first word of a
    /// body's name of two words or more stands for the body, like a one-word
    /// name introduced as one; not that of a body a person's name owns
    /// ("the Obama administration", "Clinton campaign").
    pub(super) fn note_short_name(&mut self, tagged: &Tagged<'t>, (first, last): (usize, usize)) {
        const OWNED: &[u64] = words![
            "administration",
            "campaign",
            "government",
            "office",
            "team",
            "camp",
            "family",
            "presidency",
            "aides",
            "allies",
            "lawyers",
        ];
        let name = last > first
            && tagged.tokens[first].capitalized()
            && tagged.tokens[last].capitalized()
            && !tagged.is_any(last, OWNED)
            && !tagged.in_set(first, &NOT_NAME_SET)
            && !tagged.word_in(first, List::FemaleNames)
            && !tagged.word_in(first, List::MaleNames)
            && !tagged.word_in(first, List::Places)
            && !tagged.word_in(first, List::Regions)
            && !(first..=last).any(|k| possessive(tagged, k));
        if !name {
            return;
        }
        self.remember_body(name_key(tagged, first), true);
    }

    /// Whether the one-word name at token `k` was introduced as a body and
    /// never as a person; with `spoken`, only if it has been a source (see
    /// [`Resolver::body_spoke`]).
    pub fn is_body_name(&self, tagged: &Tagged<'t>, k: usize, spoken: bool) -> bool {
        let key = name_key(tagged, k);
        self.bodies.iter().any(|&(b, s)| b == key && (s || !spoken))
            && !self
                .by_word
                .get(&key)
                .is_some_and(|&e| self.entities[e].person)
    }

    /// Whether the one word at token `k` is initials the article gave a
    /// name ("the Council of Mortgage Lenders (CML)") or a name it
    /// introduced as a body's.
    pub fn knows_body_word(&self, tagged: &Tagged<'t>, k: usize) -> bool {
        self.initials_of(tagged, k).is_some() || self.is_body_name(tagged, k, false)
    }

    /// Notes that the body named at token `k` has been a source.
    pub fn body_spoke(&mut self, tagged: &Tagged<'t>, k: usize) {
        let key = name_key(tagged, k);
        for body in self.bodies.iter_mut().filter(|(b, _)| *b == key) {
            body.1 = true;
        }
    }

    /// "Microsoft also made some announcements", "The Argonaut group went
    /// into administration": a body of the lists, or a name before a noun of
    /// bodies, opening the sentence before a lowercase word (no possessive,
    /// outside a quotation) is its subject.
    pub(super) fn note_subject_body(&mut self, tagged: &Tagged<'t>, range: &Range<usize>) {
        let k = range.start;
        let Some((k, last)) = tagged
            .entry_at(k, List::Institutions)
            .map(|last| (k, last))
            .or_else(|| named_body_noun(tagged, range))
        else {
            return;
        };
        let subject = last + 1 < range.end
            && tagged.tokens[last + 1].lowercase()
            && tagged.tokens[last + 1].is_word()
            && !tagged.quoted[k]
            && !possessive(tagged, last);
        if subject {
            self.subject_body = Some(Resolved {
                name: (k, last),
                identity: Identity::Named,
                role: Role::Official,
            });
        }
    }

    /// Remembers the place of the office entity `e` was called the holder
    /// of, if the epithet named one.
    pub(super) fn note_place(&mut self, e: usize, place: Option<u64>) {
        if place.is_some() {
            self.entities[e].place = place;
        }
    }

    /// Keeps `r` among the last bodies named, most recent last.
    pub(super) fn remember_named_body(&mut self, r: Resolved) {
        self.named_bodies.retain(|b| b.name != r.name);
        self.named_bodies.push(r);
        if self.named_bodies.len() > NAMED_BODIES {
            self.named_bodies.remove(0);
        }
    }

    /// "On Friday, the prime minister completed a tour, during which he
    /// unveiled": an office's holder opening the sentence is its subject,
    /// whom "he" takes up.
    pub(super) fn note_titled_subject(&mut self, tagged: &Tagged<'t>, range: &Range<usize>) {
        let tokens = &tagged.tokens;
        let end = range.end.min(tokens.len());
        // (After a comma or a dash among the first words: "Asked later -
        // war or not - the admiral chuckled.")
        let after_comma = (range.start..(range.start + 20).min(end))
            .filter(|&k| {
                matches!(tokens[k].kind(), Kind::Comma | Kind::Dash) && tagged.is(k + 1, "the")
            })
            .map(|c| c + 1);
        for first in std::iter::once(range.start).chain(after_comma) {
            if first + 1 >= end || !tagged.is(first, "the") || tagged.quoted[first] {
                continue;
            }
            let Some((at, last)) = (first + 1..(first + 4).min(end))
                .find_map(|k| tagged.entry_at(k, List::Titles).map(|l| (k, l)))
            else {
                continue;
            };
            let keys = TitleKeys::of(tagged, first, (at, last));
            let place = at > first + 1 && keys.place;
            if !tokens
                .get(last + 1)
                .is_some_and(|t| t.lowercase() && last + 1 < end)
            {
                continue;
            }
            let m = Mention {
                first,
                last,
                head: (first, last),
                kind: MentionKind::RoleNoun,
                identity: Identity::Named,
                role: Role::Official,
                titled: false,
            };
            let titled = self.titled_entity(tagged, &m);
            // ("The Louisiana governor barely qualified ..., but he"; "the
            // Vermont senator is sticking" long after "Sen. John McCain":
            // an office of a place stands for its holder named with that
            // place, or one with the office named lately, or else the
            // person an epithet stands for.)
            let holder = if place {
                let with_place = keys
                    .qualified
                    .and_then(|q| self.by_title.get(&q))
                    .is_some_and(|t| titled == Some(t.entity));
                let lately =
                    |e: &usize| first - self.entities[*e].last_seen.min(first) <= SOURCE_WINDOW;
                titled
                    .filter(|e| with_place || lately(e))
                    .or_else(|| {
                        let (e, place) = self.epithet_entity(tagged, &m)?;
                        self.note_place(e, place);
                        Some(e)
                    })
                    .or(titled)
            } else {
                titled
            };
            if let Some(e) = holder {
                self.subject = Some((e, range.clone(), false));
            }
            return;
        }
    }
}

/// Last words of football clubs' names ("Dundee United").
#[rustfmt::skip]
const CLUB_TAILS: &[u64] = words!["united", "city", "rovers", "athletic", "albion", "wanderers"];

/// Words before a storm's name ("Hurricane Mitch").
const STORMS: &[u64] = words!["hurricane", "storm", "typhoon", "cyclone", "tropical"];
