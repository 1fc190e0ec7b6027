//! People: who a name, an honorific or a pronoun stands for, and the
//! unnamed people an article meets more than once.

use super::*;

impl<'t> Resolver<'t> {
    /// A title or honorific just before token `k`: ("Sen." → title index,
    /// "Mrs." → female).
    pub(super) fn introducer(
        &self,
        tagged: &Tagged,
        start: usize,
        k: usize,
    ) -> (Option<usize>, Option<Gender>) {
        let mut p = k;
        if p > start && tagged.tokens[p - 1].kind() == Kind::Period {
            p -= 1;
        }
        if p == start {
            return (None, None);
        }
        let w = p - 1;
        let gender = if tagged.is_any(w, words!["mr", "sir", "lord", "baron"]) {
            Some(Gender::Male)
        } else if tagged.is_any(w, words!["mrs", "ms", "miss", "dame", "lady", "baroness"]) {
            Some(Gender::Female)
        } else {
            None
        };
        let title_end = if p < k { p } else { p - 1 };
        let title = (tagged.entry_ending_at(title_end, List::Titles)
            && !tagged.is_any(w, HONORIFICS))
        .then_some(w);
        (title, gender)
    }

    pub(super) fn person(
        &mut self,
        tagged: &Tagged<'t>,
        name: (usize, usize),
        gender: Option<Gender>,
        title: Option<usize>,
        role: Role,
    ) -> usize {
        let e = self.person_entity(tagged, name, gender, title, role);
        if let Some(t) = title {
            // "the president" later refers to the last person so titled.
            let span = (title_start(tagged, t), t);
            let keys = TitleKeys::of(tagged, 0, span);
            // ("Sen. Joni Ernst, R-Iowa": a party tag after the name tells
            // the place too.)
            let tagged_state = party_tag_after(tagged, name.1).is_some();
            let titled = Titled {
                entity: e,
                place: keys.place || tagged_state,
                at: t,
                by_head: false,
            };
            // "Police Chief Maria Lopez … the chief said": the title's head
            // word alone, unless a holder of that very office is known.
            if let Some(head) = head_key(tagged, span) {
                let by_head = Titled {
                    by_head: true,
                    ..titled
                };
                if self
                    .by_title
                    .get(&head)
                    .is_none_or(|old| old.by_head && old.at <= t)
                {
                    self.by_title.insert(head, by_head);
                }
            }
            // (In the order of the text: a source's title seen again after
            // the sentence's names were noted ("Committee Chairman Ash
            // criticized RNC Chairman Priebus") keeps the later holder.)
            // ("World Bank President Jim Yong Kim" after "President Obama":
            // a body's president leaves the bare office to the head of state
            // named before; a body's chairman, "RNC Chairman Priebus", is
            // the one "the chairman" means next.)
            let bodys_office = keys.qualified.is_some() && !keys.place && tagged.is(t, "president");
            // "President Vladimir Putin ... the Russian leader": a country's
            // head is its leader too (not a body's: "World Bank President",
            // "the president of FIFA").
            let leader = (keys.qualified.is_none() || keys.place)
                && keys.former.is_none()
                && !tagged.is(t + 1, "of")
                && title::heads_a_country(tagged, span);
            let leader = leader.then_some(title::COUNTRY_LEADER);
            for key in [Some(keys.office), keys.qualified, keys.former, leader]
                .into_iter()
                .flatten()
            {
                let keep_old = bodys_office && key == keys.office;
                if self
                    .by_title
                    .get(&key)
                    .is_none_or(|old| old.at <= t && !keep_old)
                {
                    self.by_title.insert(key, titled);
                }
            }
        }
        e
    }

    pub(super) fn person_entity(
        &mut self,
        tagged: &Tagged<'t>,
        name: (usize, usize),
        gender: Option<Gender>,
        title: Option<usize>,
        role: Role,
    ) -> usize {
        let last_word = name_key(tagged, surname(tagged, name));
        let given =
            |k: usize| tagged.word_in(k, List::FemaleNames) || tagged.word_in(k, List::MaleNames);
        // "Bill Clinton" after "Hillary Clinton": another person of that name.
        // "Donald Trump Jr." after "Donald J. Trump": a son of the same name.
        let suffixed = |n: (usize, usize)| surname(tagged, n) != n.1;
        let another = |e: usize| {
            let known = self.entities[e].name;
            if suffixed(name) != suffixed(known) && name.0 < name.1 && known.0 < known.1 {
                return true;
            }
            // ("Michael Howard's wife" after a headline's "Mrs Howard": a
            // given name of the other gender names someone else.)
            if name.0 < name.1
                && given(name.0)
                && gender.is_some_and(|g| self.entities[e].gender.is_some_and(|h| h != g))
            {
                return true;
            }
            // ("Tony Blair" after "Sir Ian Blair": the given names after
            // an honorific.)
            let first_given = |n: (usize, usize)| {
                n.0 + usize::from(tagged.is_any(n.0, HONORIFICS) && n.0 + 1 < n.1)
            };
            let (a, b) = (first_given(name), first_given(known));
            a < name.1
                && b < known.1
                && (given(a) || given(b))
                && !tagged.is_any(a, HONORIFICS)
                && !tagged.is_any(b, HONORIFICS)
                // ("Von der Leyen" after "Ursula von der Leyen": the surname.)
                && !tagged.is_any(a, PARTICLES)
                && tagged.tokens[a].key() != tagged.tokens[b].key()
        };
        // "Bill Clinton" again, after "Hillary Clinton": by the full name.
        let full_key = (name.0 < name.1).then(|| full_name_key(tagged, name));
        // "Mr Howard" after "Howard Flight": an honorific stands before a
        // surname, not before a given name the other was also found by.
        let honorific = name.0 == name.1 && Self::honorific_before(tagged, name.0);
        // ("Mr. Ban" after "Ban Ki-moon": a family name first is no given
        // name the lists know.)
        let by_surname = |e: usize| {
            let known = self.entities[e].name;
            !honorific || name_key(tagged, surname(tagged, known)) == last_word || !given(known.0)
        };
        let known = full_key
            .and_then(|k| self.by_word.get(&k))
            .or_else(|| {
                self.by_word
                    .get(&last_word)
                    .filter(|&&e| !another(e) && by_surname(e))
            })
            .copied()
            .or_else(|| {
                // (The person of that surname among the recent ones: a
                // bounded search, whatever the article's length.)
                honorific
                    .then(|| {
                        self.recent.iter().rev().copied().find(|&r| {
                            let ent = &self.entities[r];
                            ent.person && name_key(tagged, surname(tagged, ent.name)) == last_word
                        })
                    })
                    .flatten()
            })
            .or_else(|| {
                // ("Sir John" after "Sir John Stevens": a knight by his
                // given name, among the recent ones.)
                let knight = words!["sir", "dame"];
                let knighted = name.0 == name.1 && name.0 > 0 && tagged.is_any(name.0 - 1, knight)
                    || name.1 == name.0 + 1 && tagged.is_any(name.0, knight);
                knighted
                    .then(|| {
                        self.recent.iter().rev().copied().find(|&r| {
                            let ent = &self.entities[r];
                            let given = ent.name.0 + usize::from(tagged.is_any(ent.name.0, knight));
                            ent.person
                                && given < ent.name.1
                                && name_key(tagged, given) == name_key(tagged, name.1)
                        })
                    })
                    .flatten()
            });
        // "Mr. Clinton" after Hillary and Bill Clinton: the person of that
        // surname whose gender the honorific tells, among the recent ones
        // (else the one found: a gender inferred from a pronoun may be wrong).
        let known = match (known, gender) {
            (Some(e), Some(g)) if self.entities[e].gender.is_some_and(|h| h != g) => {
                let other = self.recent.iter().rev().copied().find(|&r| {
                    let ent = &self.entities[r];
                    ent.person
                        && ent.gender == Some(g)
                        && name_key(tagged, surname(tagged, ent.name)) == last_word
                });
                // ("Mrs Howard" after "Michael Howard's wife, Sandra": a
                // given name of the other gender is no guess; she is
                // someone new.)
                let other_given = {
                    let first = self.entities[e].name.0;
                    match g {
                        Gender::Female => {
                            tagged.word_in(first, List::MaleNames)
                                && !tagged.word_in(first, List::FemaleNames)
                        }
                        Gender::Male => {
                            tagged.word_in(first, List::FemaleNames)
                                && !tagged.word_in(first, List::MaleNames)
                        }
                    }
                };
                other.or((!other_given).then_some(e))
            }
            (known, _) => known,
        };
        if let Some(e) = known {
            self.touch(e, name.1);
            let ent = &mut self.entities[e];
            if ent.gender.is_none() {
                ent.gender = gender;
            }
            if name.1 - name.0 > ent.name.1 - ent.name.0 {
                ent.name = name;
            }
            if ent.title.is_none() && title.is_some() {
                ent.title = title;
                ent.role = Role::Official;
            }
            // "Gerhard Florin, head of EA, said" after his name alone: the
            // post the source is named with is the person's from then on.
            if role == Role::Official {
                ent.role = Role::Official;
            }
            return e;
        }
        let role = if title.is_some() {
            Role::Official
        } else {
            role
        };
        // "Wenger said" after "Arsene Wenger": the fuller name, known from a
        // sentence where it was no source.
        let at = name.1;
        let name = match self.candidates.get(&last_word) {
            Some(&full) if name.0 == name.1 && full.1 < name.0 => full,
            _ => name,
        };
        let full_key = full_key.or_else(|| (name.0 < name.1).then(|| full_name_key(tagged, name)));
        self.entities.push(Entity {
            name,
            gender,
            title,
            identity: Identity::Named,
            role,
            last_seen: at,
            person: true,
            place: None,
        });
        let e = self.entities.len() - 1;
        self.touch(e, at);
        // A surname alone keeps standing for the first person of that name
        // ("Clinton" for Hillary Clinton, after "Bill Clinton" too): the
        // article's subject, as a rule, where the other is named in full.
        self.by_word.entry(last_word).or_insert(e);
        if let Some(k) = full_key {
            self.by_word.insert(k, e);
        }
        let first_word = tagged.tokens[name.0].key();
        if name.0 != name.1 && !self.by_word.contains_key(&first_word) {
            // "Hillary" alone may also refer back.
            self.by_word.insert(first_word, e);
        }
        e
    }

    /// "@realDonaldTrump" after "Donald J. Trump": a handle that spells a
    /// known person's given name and surname, with or without "real" before
    /// them.
    pub(super) fn handle_owner(&self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        if m.last != m.first + 1 || tagged.word(m.first) != "@" {
            return None;
        }
        let handle = tagged.word(m.last).to_lowercase();
        let handle = handle.strip_prefix("real").unwrap_or(&handle);
        self.recent.iter().rev().copied().find_map(|e| {
            let ent = &self.entities[e];
            let (first, last) = ent.name;
            let spelt = format!(
                "{}{}",
                tagged.word(first),
                tagged.word(surname(tagged, ent.name))
            )
            .to_lowercase();
            (ent.person && last > first && spelt == handle).then_some(Resolved {
                name: ent.name,
                identity: ent.identity,
                role: ent.role,
            })
        })
    }

    /// "her memo", "his own count", "their report", "in his view", "his
    /// hope is that": a document, a view or a stance whose owner is a
    /// pronoun is the one the pronoun stands for, labelled as that one was
    /// introduced.
    pub(super) fn pronoun_owner(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        // ("Their fear is that", "his claim that": a stance or a claim too.)
        let view = tagged.is_any(m.last, words!["view", "opinion", "estimation", "judgment"])
            || tagged.in_set(m.last, &crate::cue::STANCE_NOUNS)
            || tagged.in_set(m.last, &crate::cue::CLAIM_NOUNS);
        let site = site_owner(tagged, m.first, m.last);
        let at = match site {
            Some(k) => k,
            None if (m.role == Role::Document || view) && m.last <= m.first + 3 => m.first,
            None => return None,
        };
        let p = if tagged.is(at, "his") {
            Pronoun::He
        } else if tagged.is(at, "her") {
            Pronoun::She
        } else if tagged.is(at, "their") {
            Pronoun::They
        } else if site.is_some() && tagged.is(at, "its") {
            Pronoun::It
        } else {
            return None;
        };
        let owner = self.pronoun(tagged, p, at, false)?;
        // ("His report said ... it said": the report is "it" next; a view
        // or a claim is not.)
        if m.role == Role::Document {
            self.body_cited(Resolved {
                name: (m.first, m.last),
                ..owner
            });
        }
        Some(owner)
    }

    /// Whether an honorific ("Mr", "Mrs.", "Dr") stands right before token `k`.
    pub(super) fn honorific_before(tagged: &Tagged, k: usize) -> bool {
        let Some(prev) = k.checked_sub(1) else {
            return false;
        };
        let word = if tagged.tokens[prev].kind() == Kind::Period {
            prev.checked_sub(1)
        } else {
            Some(prev)
        };
        word.is_some_and(|w| tagged.is_any(w, HONORIFICS))
    }

    /// Remembers a person the article does not name, as a candidate for a
    /// later "he" or "she".
    pub(super) fn unnamed_person(&mut self, tagged: &Tagged<'t>, m: &Mention, r: Resolved) {
        // "a spokesman for the Home Office": the spokesman is the person.
        let head = (m.first..=m.last)
            .find(|&k| tagged.is_any(k, SPOKESPEOPLE))
            .or_else(|| {
                (m.first..=m.last)
                    .take_while(|&k| tagged.tokens[k].kind() != Kind::Comma)
                    .last()
            })
            .unwrap_or(m.last);
        let gender = noun_gender(tagged, head);
        let e = self.unnamed_entity(r, m.last, gender, true);
        self.last_source = Some((e, m.last));
        // ("A witness interviewed by staff said ... The witness said": the
        // noun with "the" later stands for the same unnamed person.)
        // Introduced so: an article, then the noun, which ends the first
        // words ("a witness interviewed by staff", "an organizer of a group").
        if tagged.is_any(m.first, words!["a", "an"]) && m.first < m.last {
            let ends_noun = |k: usize| {
                let t = tagged.tokens[k];
                !t.is_word()
                    || tagged.in_set(k, &crate::source::PREPOSITIONS)
                    || tagged.is_any(k, words!["who", "that", "which"])
                    || t.lowercase()
                        && (tagged.bytes(k).ends_with(b"ed") || tagged.bytes(k).ends_with(b"ing"))
            };
            let noun = (m.first + 2..=m.last)
                .find(|&k| ends_noun(k))
                .unwrap_or(m.last + 1)
                - 1;
            if tagged.tokens[noun].lowercase() {
                self.unnamed.insert(tagged.tokens[noun].key(), e);
            }
        }
    }

    /// Remembers an unnamed body ("a panel of experts") by its noun at
    /// `noun`, which "the panel" may stand for later.
    pub(super) fn unnamed_body(
        &mut self,
        tagged: &Tagged<'t>,
        m: &Mention,
        r: Resolved,
        noun: usize,
    ) {
        let e = self.unnamed_entity(r, m.last, None, false);
        self.unnamed.insert(tagged.tokens[noun].key(), e);
    }

    /// A new entity for a source the article does not name, seen at `at`.
    fn unnamed_entity(
        &mut self,
        r: Resolved,
        at: usize,
        gender: Option<Gender>,
        person: bool,
    ) -> usize {
        self.entities.push(Entity {
            name: r.name,
            gender,
            title: None,
            identity: r.identity,
            role: r.role,
            last_seen: at,
            person,
            place: None,
        });
        let e = self.entities.len() - 1;
        self.touch(e, at);
        e
    }

    /// Whether the name whose last word is token `k` is a person the article
    /// has introduced (with a given name, an honorific or a title).
    pub fn knows_person(&self, tagged: &Tagged<'t>, k: usize) -> bool {
        self.by_word
            .get(&name_key(tagged, k))
            .is_some_and(|&e| self.entities[e].person)
    }

    /// As [`Resolver::resolve`], for a source that is talked about rather
    /// than heard ("Smith said Jones's claim that ..."): the last speaker,
    /// whom "he said" next takes up, stays who it was.
    pub fn resolve_unheard(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        let last = self.last_source;
        let r = self.resolve(tagged, m);
        self.last_source = last;
        r
    }

    /// "his brother", "her son" after "his brother Alastair Osman", "our
    /// correspondent" after "BBC correspondent Stephen Cape": the person
    /// introduced by that relation or description, when a possessive, "our"
    /// or "the" opens the mention, at most three words before the noun that
    /// ends it.
    pub(super) fn relative(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        // ("our correspondent", "the Cepes researcher": a description the
        // person was introduced with.)
        let owned = tagged.is_any(m.first, words!["his", "her", "their", "our", "the"])
            || (m.first < m.last && possessive(tagged, m.last - 1));
        // ("the GOP presidential nominee": up to three words before the noun.)
        if !owned || m.last > m.first + 3 || another_one(tagged, m) {
            return None;
        }
        // ("our Moscow correspondent": a reporter of another place.)
        if (m.first + 1..m.last).any(|k| tagged.tokens[k].capitalized())
            && tagged.is_any(m.last, words!["correspondent", "reporter"])
        {
            return None;
        }
        let e = *self.by_relation.get(&tagged.tokens[m.last].key())?;
        (self.leads_side(tagged, m, e) && self.same_ticket(tagged, m, e))
            .then(|| self.seen_again(e, m.last))
    }

    /// "the Chelsea manager" is not "Arsenal manager Arsene Wenger": a
    /// side's leader is not entity `e` introduced as another side's.
    pub(super) fn leads_side(&self, tagged: &Tagged<'t>, m: &Mention, e: usize) -> bool {
        let side = |noun: usize, from: usize| {
            let k = noun.checked_sub(1).filter(|&k| k >= from)?;
            let side = tagged.tokens[k].capitalized() && !title::is_place(tagged, k);
            (side && tagged.in_set(noun, &crate::source::LEADERS)).then_some(k)
        };
        let name = self.entities[e].name.0;
        match (
            side(m.last, m.first + 1),
            name.checked_sub(1).and_then(|t| side(t, 0)),
        ) {
            (Some(a), Some(b)) => tagged.bytes(a) == tagged.bytes(b),
            _ => true,
        }
    }

    /// "the witness" after "a witness interviewed by staff": the unnamed
    /// person introduced with that noun, as unnamed as then.
    pub(super) fn unnamed_again(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        // (An office's noun, "the Republican lawmaker", speaks by office.)
        if !tagged.is(m.first, "the")
            || m.last > m.first + 3
            || tagged.word_in(m.last, List::Titles)
            || another_one(tagged, m)
        {
            return None;
        }
        // (A body only by its bare noun: "the panel", not "the
        // government's advisory panel".)
        if let Some(&e) = self.unnamed.get(&tagged.tokens[m.last].key()) {
            if self.entities[e].person || m.last == m.first + 1 {
                return Some(self.seen_again(e, m.last));
            }
        }
        // ("Another Muslim who didn't want to be named said ... "...," the
        // man said": "the man" or "the woman" just after an unnamed source
        // of no other gender is that source.)
        if m.last != m.first + 1 {
            return None;
        }
        let want = if tagged.is(m.last, "man") {
            Gender::Male
        } else if tagged.is(m.last, "woman") {
            Gender::Female
        } else {
            return None;
        };
        let (e, seen) = self.last_source?;
        let ent = &self.entities[e];
        let fits = ent.person
            && ent.identity == Identity::Anonymous
            && ent.gender.is_none_or(|g| g == want)
            && seen < m.first
            && m.first - seen <= SOURCE_WINDOW;
        if !fits {
            return None;
        }
        self.entities[e].gender = Some(want);
        Some(self.seen_again(e, m.last))
    }

    /// "greeted by an organizer ... “...,” the organizer told them": a
    /// person's noun the article brought in with "a" or "an" a little
    /// before, and named nowhere since, is that unnamed person, whom the
    /// guide labels as introduced.
    pub(super) fn met_unnamed(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        let head = m.last;
        // (A person's noun: "the committee", "the company" are bodies.)
        if m.first + 1 != head
            || m.role != Role::Person
            || !tagged.is(m.first, "the")
            || !tagged.tokens[head].lowercase()
            || tagged.word_in(head, List::Titles)
            || tagged.word_in(head, List::InstitutionNouns)
            || !(tagged.word_in(head, List::GroupNouns) || tagged.word_in(head, List::PersonNouns))
            || crate::source::is_plural(tagged, head)
        {
            return None;
        }
        let key = tagged.tokens[head].key();
        // (Within a few paragraphs: the scan is bounded.)
        let from = m.first.saturating_sub(MET_WINDOW);
        // ("an organizer", "a local organizer": the article, then at most
        // two words in lower case.)
        // (Not a description of someone: "Hailey was a writer", "worked as
        // a partner".)
        let introduced = |k: usize| {
            (k.saturating_sub(3).max(from)..k)
                .rev()
                .take_while(|&a| tagged.tokens[a].is_word() && tagged.tokens[a].lowercase())
                .find(|&a| tagged.is_any(a, words!["a", "an"]))
                .is_some_and(|a| {
                    a == 0
                        || !tagged.is_any(
                            a - 1,
                            words![
                                "is", "was", "are", "were", "be", "been", "as", "became",
                                "becomes", "become", "remains", "remained", "like"
                            ],
                        )
                })
        };
        let noun = (from..m.first)
            .rev()
            .find(|&k| tagged.tokens[k].key() == key && introduced(k))?;
        let r = Resolved {
            name: (noun, noun),
            identity: Identity::Anonymous,
            role: Role::Person,
        };
        self.unnamed_person(tagged, m, r);
        self.unnamed.insert(key, self.entities.len() - 1);
        Some(r)
    }

    /// Entity `e`, mentioned again at token `at`, as a resolution.
    pub(super) fn seen_again(&mut self, e: usize, at: usize) -> Resolved {
        self.touch(e, at);
        let ent = &self.entities[e];
        Resolved {
            name: ent.name,
            identity: ent.identity,
            role: ent.role,
        }
    }

    /// "the two", "both senators", "the congressmen" just after named people
    /// were cited together: those people.
    pub(super) fn named_people(&self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        let (people, at) = self.last_people?;
        let described = short_description(tagged, m, words!["the", "both"])
            && (crate::source::is_plural(tagged, m.last) || tagged.is(m.last, "two"))
            // "the experts" may be others; "the two", "both", "the senators"
            // count the people just named.
            && (tagged.is(m.first, "both")
                || (m.first..=m.last).any(|k| tagged.is(k, "two"))
                || tagged.word_in(m.last, List::Titles)
                || tagged.is_any(
                    m.last,
                    words!["men", "women", "candidates", "lawmakers", "brothers", "sisters"],
                )
                || tagged.is_any(m.last, BODIES));
        // ("Pfizer and Allergan ... The companies expect": bodies, whatever
        // their names told.)
        let people = if tagged.is_any(m.last, BODIES) {
            Resolved {
                role: Role::Official,
                ..people
            }
        } else {
            people
        };
        (described && m.first > at && m.first - at <= PEOPLE_WINDOW).then_some(people)
    }

    /// "The tobacco companies denied the charges" after an article named
    /// Altria, Lorillard and others; "both countries said" after India and
    /// Iran: firms or countries, the ones named in the last
    /// [`NAMED_LIST_WINDOW`] tokens when two or more were, speaking as
    /// bodies; "they" next.
    pub(super) fn bodies_named_before(
        &mut self,
        tagged: &Tagged<'t>,
        m: &Mention,
    ) -> Option<Resolved> {
        const COUNTRIES: &[u64] = words!["countries", "nations", "governments"];
        let firms = tagged.is_any(m.last, crate::attribute::FIRM_PLURALS);
        if !(firms || tagged.is_any(m.last, COUNTRIES))
            || !short_description(tagged, m, words!["the", "both"])
        {
            return None;
        }
        let from = m.first.saturating_sub(NAMED_LIST_WINDOW);
        let mut seen: [u64; 2] = [0; 2];
        let mut count = 0;
        for k in from..m.first {
            let t = tagged.tokens[k];
            if !t.capitalized() || tagged.quoted[k] {
                continue;
            }
            let named = if firms {
                tagged.entry_at(k, List::Companies).is_some() || self.is_body_name(tagged, k, false)
            } else {
                tagged.word_in(k, List::Places) && !possessive(tagged, k)
            };
            let key = t.key();
            if named && !seen[..count].contains(&key) {
                seen[count] = key;
                count += 1;
                if count == 2 {
                    // ("They also said": the bodies again.)
                    let bodies = Resolved {
                        name: (m.first, m.last),
                        identity: Identity::Named,
                        role: Role::Official,
                    };
                    self.last_group = Some(bodies);
                    return Some(bodies);
                }
            }
        }
        None
    }

    /// Records a mention of entity `e` at token `at`.
    pub(super) fn touch(&mut self, e: usize, at: usize) {
        self.entities[e].last_seen = at;
        self.recent.retain(|&r| r != e);
        self.recent.push(e);
        if self.recent.len() > RECENT {
            self.recent.remove(0);
        }
    }

    /// The first person the text names: in an interview, the one answering.
    pub fn first_named_person(&self) -> Option<Resolved> {
        let e = self
            .entities
            .iter()
            .find(|e| e.person && e.identity == Identity::Named)?;
        Some(Resolved {
            name: e.name,
            identity: e.identity,
            role: e.role,
        })
    }

    /// The most recent entity before token `at` that `fits`.
    pub(super) fn most_recent(&self, at: usize, fits: impl Fn(&Entity) -> bool) -> Option<usize> {
        self.recent
            .iter()
            .copied()
            .filter(|&e| self.entities[e].last_seen < at && fits(&self.entities[e]))
            .max_by_key(|&e| self.entities[e].last_seen)
    }

    /// `tag`: the pronoun is in a trailing tag (", he said"), whose speaker
    /// is not the subject of the words it reports.
    pub(super) fn pronoun(
        &mut self,
        tagged: &Tagged<'t>,
        p: Pronoun,
        at: usize,
        tag: bool,
    ) -> Option<Resolved> {
        match p {
            Pronoun::He | Pronoun::She => {
                let want = if p == Pronoun::He {
                    Gender::Male
                } else {
                    Gender::Female
                };
                // ("he told Hannity": the one told is no speaker.)
                let told = (at + 1..at + 3).find(|&k| tagged.is_any(k, words!["told", "tells"]));
                let addressee = told.and_then(|t| {
                    self.recent.iter().copied().find(|&e| {
                        let seen = self.entities[e].last_seen;
                        seen > t && seen <= t + 4
                    })
                });
                let fits = |e: &Entity| e.person && e.gender.is_none_or(|g| g == want);
                // (One who spoke on into a quotation in the sentence
                // before; not the subject of a clause that a colon ends:
                // "Mosman saw it differently: \"...,\" he said". Nor a
                // verb with an object: "she added the words".)
                let other_speaks = |e: usize| {
                    let tokens = &tagged.tokens;
                    let ent = &self.entities[e];
                    let named_at = ent.last_seen.clamp(self.sentence_start, at);
                    let stop = |k: usize| {
                        !tagged.quoted[k] && matches!(tokens[k].kind(), Kind::Period | Kind::Break)
                    };
                    ent.name.0 < self.sentence_start
                        && !tagged.is_any(at + 2, words!["the", "a", "an"])
                        && !(named_at..at)
                            .any(|k| tokens[k].kind() == Kind::Colon && !tagged.quoted[k])
                        && self.last_source.is_some_and(|(s, seen)| {
                            s != e
                                && seen < self.sentence_start
                                && at - seen <= SOURCE_WINDOW
                                && (seen..self.sentence_start).filter(|&k| stop(k)).count() <= 1
                                && (self.previous_start..self.sentence_start)
                                    .any(|k| tagged.quoted[k])
                                && fits(&self.entities[s])
                        })
                };
                let subject = self
                    .subject
                    .as_ref()
                    // ("Mr Blair's government was \"bossy,\" he said": a
                    // possessive subject is in the words the tag reports;
                    // so is one named before while another fitting source
                    // speaks on: "Mr Blair has failed, he claimed".)
                    .filter(|(e, r, possessive)| {
                        !(tag && (*possessive || other_speaks(*e)))
                            && r.start < at
                            && at < r.end
                            && fits(&self.entities[*e])
                    })
                    .map(|(e, _, _)| *e);
                // (A tag's distance from the source is counted from where
                // its quotation opens, when that is right after the
                // source's sentence: a long quotation there is still theirs.)
                let from = tag
                    .then(|| quotation_before(tagged, at))
                    .flatten()
                    .filter(|&open| {
                        self.last_source.is_some_and(|(_, seen)| {
                            seen < open
                                && open - seen <= SOURCE_WINDOW
                                && tagged.tokens[seen..open]
                                    .iter()
                                    .filter(|t| matches!(t.kind(), Kind::Period | Kind::Break))
                                    .count()
                                    <= 1
                        })
                    })
                    .unwrap_or(at);
                let recent_source = self
                    .last_source
                    .filter(|&(e, seen)| {
                        seen < from && from - seen <= SOURCE_WINDOW && fits(&self.entities[e])
                    })
                    .map(|(e, _)| e);
                // The subject of the sentence before ("Smith said X. Jones
                // was less pleased. He said" is Jones), unless the last
                // source spoke there or since, or that sentence named
                // another who fits after its subject.
                let previous = self.previous_subject.filter(|&(e, start, _)| {
                    start < at
                        && fits(&self.entities[e])
                        && self.last_source.is_none_or(|(_, seen)| seen < start)
                });
                let rivalled = |&(e, start, rival): &(usize, usize, Option<usize>)| {
                    rival.is_some_and(|r| fits(&self.entities[r])) && self.source_named_in(e, start)
                };
                let unrivalled = previous.filter(|p| !rivalled(p)).map(|(e, _, _)| e);
                // ("The director is Matthew Warchus. \"...,\" he said": the
                // person just presented, unless a source spoke since.)
                let presented = self
                    .previous_presented
                    .filter(|&(e, start)| {
                        start < at
                            && fits(&self.entities[e])
                            && self.last_source.is_none_or(|(_, seen)| seen < start)
                    })
                    .map(|(e, _)| e);
                // With a rival and no earlier source, the subject is still
                // likelier than the rival ("Lee has beaten Ames twice. He
                // said" is Lee). Past the subjects and the last source, an
                // unnamed person of no known gender ("a witness") is too weak
                // a guess.
                // ("He insisted Curiel had": a name later in the clause is
                // someone else.)
                // (By the whole name when a given name comes before the
                // surname: "He praised George Bush" is not Jeb Bush.)
                let named_after = |e: &usize| {
                    let (first, last) = self.entities[*e].name;
                    let key = name_key(tagged, last);
                    let given = tagged.tokens[first].key();
                    tagged.tokens[at + 1..(at + 8).min(tagged.tokens.len())]
                        .iter()
                        .take_while(|t| {
                            !matches!(
                                t.kind(),
                                Kind::Period | Kind::Break | Kind::Quote | Kind::Comma
                            )
                        })
                        .zip(at + 1..)
                        .any(|(t, k)| {
                            t.capitalized()
                                && name_key(tagged, k) == key
                                && (first == last
                                    || !tagged.tokens[k - 1].capitalized()
                                    || tagged.tokens[k - 1].key() == given
                                    || Self::honorific_before(tagged, k))
                        })
                };
                let speaker = |e: &usize| Some(*e) != addressee && !named_after(e);
                // ("Another said ... because Trump has not ... He promises":
                // an unnamed source of no known gender yields to a person
                // named since who is known to fit.)
                let named_since = |e: usize| {
                    let ent = &self.entities[e];
                    if ent.identity != Identity::Anonymous || ent.gender.is_some() {
                        return e;
                    }
                    let since = ent.last_seen;
                    // (In a later sentence: "Another said he hoped Trump
                    // wins. He added" is still the source.)
                    let later = |k: usize| {
                        tagged.tokens[since..k.min(at)]
                            .iter()
                            .any(|t| t.kind() == Kind::Period)
                    };
                    // (Or one of no known gender who opens this sentence,
                    // its subject, past titles only: "Gov. Terry McAuliffe
                    // tried to walk back his comments after he said them";
                    // not "Asked about Rep. Jamie Raskin, he said".)
                    let sentence_start = self.sentence_start;
                    // (Past an opening adjunct that a comma closes: "In
                    // Richmond on Monday, Gov. Terry McAuliffe"; a name
                    // inside one is not the subject: "On Rep. Jamie Raskin,
                    // he said".)
                    let subject_from =
                        if tagged.in_set(sentence_start, &crate::source::PREPOSITIONS) {
                            (sentence_start..(sentence_start + 12).min(at))
                                .find(|&k| tagged.tokens[k].kind() == Kind::Comma)
                                .map_or(at, |c| c + 1)
                        } else {
                            sentence_start
                        };
                    let opens_sentence = |last: usize| {
                        last >= subject_from
                            && last < subject_from + 8
                            && tagged.tokens[subject_from..last].iter().all(|t| {
                                t.capitalized()
                                    || matches!(t.kind(), Kind::Period | Kind::Open | Kind::Close)
                            })
                    };
                    // ("Hillary Clinton caused a stir when an Iowa voter
                    // asked if she might ... "...," she replied": an unnamed
                    // asker's question goes to one of the pronoun's gender
                    // named before; a reply is theirs.)
                    let reply = tag
                        && tagged.is(since + 1, "asked")
                        && tagged.is_any(
                            at + 1,
                            words!["replied", "answered", "responded", "retorted"],
                        );
                    // (In the asker's own sentence: "Ann Kerr left early.
                    // Later, a voter asked Bob Lane ..." is not her reply.)
                    let beside_asker = |k: usize| {
                        k < since
                            && since - k <= 40
                            && !tagged.tokens[k..since]
                                .iter()
                                .any(|t| t.kind() == Kind::Period)
                    };
                    self.most_recent(at, |n| {
                        n.person
                            && n.identity == Identity::Named
                            && (n.gender == Some(want)
                                || n.gender.is_none() && opens_sentence(n.last_seen))
                            && (n.last_seen > since && later(n.last_seen)
                                || reply && n.gender == Some(want) && beside_asker(n.last_seen))
                            // (Not one a tag's quotation talks about.)
                            && !(tag && tagged.quoted.get(n.last_seen).is_some_and(|&q| q))
                    })
                    .filter(|n| speaker(n))
                    .unwrap_or(e)
                };
                // ("Earhardt then asked Rubio which states he could win.
                // “Well, we feel great ...,” he said": the one asked answers,
                // when no one has spoken since the question.)
                // (The asker the last source, asking: "when a young man
                // asked Clinton why ..., “...,” she said" is the source's own
                // story; nor is "..., he asked" an answer.)
                let asked_by_last_source = self.last_source.is_some_and(|(_, s)| {
                    tagged.is(s + 1, "asked")
                        || tagged.is(s + 1, "then") && tagged.is(s + 2, "asked")
                });
                // ("A reporter asked Sanders how he felt. He replied: “...”":
                // a verb of answering marks the answer without a tag.)
                let answers = tagged.is_any(
                    at + 1,
                    words!["replied", "answered", "responded", "retorted"],
                );
                let answerer = self.asked.filter(|&r| {
                    let seen = self.entities[r].last_seen;
                    (tag || answers)
                        && asked_by_last_source
                        && seen < at
                        && at - seen <= 60
                        && !tagged.is_any(at + 1, words!["asked", "asks", "wondered", "added"])
                        && fits(&self.entities[r])
                        && speaker(&r)
                });
                // ("Mr. Obama drew a distinction when a reporter asked if he
                // was reversing. “...,” he said": with no one named after
                // "asked", the subject the question was put to answers.)
                let asked_subject = (tag && asked_by_last_source && self.asked.is_none())
                    .then_some(self.previous_subject)
                    .flatten()
                    .filter(|&(e, start, _)| {
                        start < at
                            && fits(&self.entities[e])
                            && self.last_source.is_some_and(|(s, _)| s != e)
                    })
                    .map(|(e, _, _)| e)
                    .filter(speaker);
                // ("As for Trump, he said": the topic just set.)
                let topic = self
                    .topic_before(tagged, at)
                    .filter(|&e| fits(&self.entities[e]));
                let e = match topic
                    .or(answerer)
                    .or(asked_subject)
                    .or(subject.filter(speaker))
                    .or(unrivalled.filter(speaker))
                    .or(presented.filter(speaker))
                    .or(recent_source.filter(speaker).map(named_since))
                    .or(previous.map(|(e, _, _)| e).filter(speaker))
                    // ("Hannity asked Trump ... he told Hannity": the one
                    // asked answers.)
                    .or(addressee
                        .and(self.asked)
                        .filter(|r| speaker(r) && fits(&self.entities[*r])))
                {
                    Some(e) => e,
                    // ("\"Blake won't like it,\" he continued": a person
                    // named in the words a tag reports is talked about, not
                    // the speaker.)
                    None => self.most_recent(at, |e| {
                        fits(e)
                            && addressee.is_none_or(|a| e.name != self.entities[a].name)
                            && !(e.identity == Identity::Anonymous && e.gender.is_none())
                            && !(tag
                                && e.last_seen >= self.sentence_start
                                && tagged.quoted.get(e.last_seen).is_some_and(|&q| q))
                    })?,
                };
                self.last_source = Some((e, at));
                let ent = &mut self.entities[e];
                ent.gender = Some(want);
                Some(Resolved {
                    name: ent.name,
                    identity: ent.identity,
                    role: ent.role,
                })
            }
            Pronoun::They => self.last_group,
            // (The body that opened a sentence since the last body spoke.)
            Pronoun::It => {
                let subject = self.subject_body.filter(|b| b.name.1 < at);
                let in_sentence = subject.filter(|b| b.name.0 >= self.sentence_start);
                // (Or cited in it already: "The US has asked the WTO to
                // investigate EU tariffs, which it says".)
                let cited = self
                    .last_body
                    .filter(|b| b.name.0 >= self.sentence_start && b.name.1 < at);
                in_sentence
                    .or(cited)
                    .or_else(|| self.body_named_before(tagged, at))
                    .or(subject)
                    .or(self.last_body)
            }
        }
    }

    /// The person an opening "As for Trump," makes the topic of the
    /// pronoun at `at` right after it.
    pub(super) fn topic_before(&self, tagged: &Tagged<'t>, at: usize) -> Option<usize> {
        let start = self.sentence_start
            + usize::from(tagged.is_any(self.sentence_start, words!["but", "and"]));
        if !(tagged.is(start, "as") && tagged.is(start + 1, "for")) {
            return None;
        }
        let comma = at.checked_sub(1)?;
        let last = comma.checked_sub(1)?;
        let named = tagged.tokens[comma].kind() == Kind::Comma
            && last >= start + 2
            && last <= start + 5
            && (start + 2..=last)
                .all(|k| tagged.tokens[k].capitalized() || tagged.tokens[k].kind() == Kind::Period);
        named
            .then(|| self.by_word.get(&name_key(tagged, last)).copied())
            .flatten()
    }

    /// "The Russian said" after "Marat Safin beat Hewitt", "the candidate",
    /// "the 66-year-old": the named person a nationality, a party or a noun
    /// for a public figure stands for, found as "he" would be, whatever the
    /// gender: the subject of the sentence before, the last source, or the
    /// last person named.
    pub(super) fn epithet(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        let (e, place) = self.epithet_entity(tagged, m)?;
        self.last_source = Some((e, m.last));
        self.note_place(e, place);
        // (A mention, as a name is: "the 21-year-old told ... he added"
        // sentences later is still the player.)
        self.touch(e, m.last);
        let ent = &self.entities[e];
        Some(Resolved {
            name: ent.name,
            identity: ent.identity,
            role: ent.role,
        })
    }

    /// The entity [`Self::epithet`] finds, with the key of the place of
    /// the office the epithet names, if it names one.
    pub(super) fn epithet_entity(
        &self,
        tagged: &Tagged<'t>,
        m: &Mention,
    ) -> Option<(usize, Option<u64>)> {
        // ("The Oscar-nominated actor, whose films include ...": the noun
        // before the clause.)
        let noun = noun_before_clause(tagged, m);
        if !crate::source::stands_for_named_person(tagged, m.first, noun) {
            return None;
        }
        let at = m.first;
        // ("The New York businessman" is a man: not the last speaker if she
        // is a woman.)
        // ("The heavy metal star said he could": the pronoun of the claim
        // the epithet's own verb opens tells it too.)
        let gender = noun_gender(tagged, noun).or_else(|| {
            tagged
                .is_any(
                    noun + 1,
                    words!["said", "says", "added", "insisted", "believes"],
                )
                .then(|| {
                    if tagged.is(noun + 2, "he") {
                        Some(Gender::Male)
                    } else if tagged.is(noun + 2, "she") {
                        Some(Gender::Female)
                    } else {
                        None
                    }
                })
                .flatten()
        });
        // ("The Texas governor" after "Ohio Gov. Carl Renner": an office
        // of a place stands for one named with no office, or for one named
        // with an office after that place, never for another's holder.)
        let office = tagged.is_any(
            noun,
            words!["senator", "governor", "congressman", "congresswoman"],
        );
        // (Another place named before the holder's title: "Ohio Gov.".)
        // (Or a party tag after the name, "Sen. Joni Ernst, R-Iowa", whose
        // state is not the epithet's, "the Florida senator".)
        let place_word = (office && noun > m.first + 1)
            .then(|| tagged.bytes(noun - 1))
            .filter(|w| w.len() >= 2);
        let other_place = |ent: &Entity| {
            let from = ent.name.0.saturating_sub(4);
            let before = (from..ent.name.0).any(|j| {
                tagged.tokens[j].capitalized()
                    && (tagged.word_in(j, List::Places) || tagged.word_in(j, List::Regions))
                    && !(m.first + 1..noun)
                        .any(|k| tagged.tokens[k].key() == tagged.tokens[j].key())
            });
            let other_tag = place_word.is_some_and(|p| {
                party_tag_after(tagged, ent.name.1).is_some_and(|j| {
                    let state = &tagged.bytes(j)[2..];
                    !state[..2.min(state.len())].eq_ignore_ascii_case(&p[..2])
                })
            });
            before || other_tag
        };
        // (The place of this office: "Louisiana" in "The Louisiana
        // governor", never the holder called "the New Jersey governor".)
        let place = (office && noun > m.first + 1)
            .then(|| tagged.tokens[noun - 1])
            .filter(|t| t.capitalized())
            .map(|t| t.key());
        // ("The Republican nominee" is not "Democratic vice presidential
        // nominee Tim Kaine": see [`Resolver::same_ticket`].)
        let ticket = title::ticket(tagged, m.first, noun + 1);
        let same_ticket = |ent: &Entity| ticket.agrees(&title::ticket(tagged, 0, ent.name.0));
        // (Only a named person: "the candidate" is no unnamed reporter.)
        let fits = |ent: &Entity| {
            ent.person
                && ent.identity == Identity::Named
                && (gender.is_none() || ent.gender.is_none() || ent.gender == gender)
                && same_ticket(ent)
                && !(office && ent.role == Role::Official && other_place(ent))
                && !(place.is_some() && ent.place.is_some_and(|p| Some(p) != place))
        };
        let person = |e: &usize| fits(&self.entities[*e]);
        // ("Mr. Trump took on Hillary Clinton after the Democratic
        // front-runner had said": in a clause after the one of its
        // sentence's subject, an epithet is another named in it, not that
        // subject; after an opening clause and its comma, "As for whether
        // Sanders ..., the Vermont senator", it may be the subject.)
        let sentence_start = self.sentence_start;
        let later_clause = at > sentence_start && tagged.tokens[at - 1].is_word();
        let other_in_sentence = self
            .subject
            .as_ref()
            .filter(|(_, r, _)| later_clause && r.start <= at && at < r.end)
            .and_then(|&(s, _, _)| {
                let subject = self.entities[s].name;
                self.most_recent(at, |ent| {
                    fits(ent) && ent.last_seen >= sentence_start && ent.name != subject
                })
            });
        let e = other_in_sentence
            // (Not when the last source spoke in that sentence or since:
            // "Trump plans to ..., Ben Carson said. ..., the retired
            // neurosurgeon told" is Carson, as a pronoun would be.)
            .or(self
                .previous_subject
                .filter(|&(e, start, _)| {
                    start < at
                        && person(&e)
                        && !self.last_source.is_some_and(|(s, seen)| {
                            seen >= start
                                && s != e
                                && person(&s)
                                && trailing_tag_source(tagged, seen)
                        })
                })
                .map(|(e, _, _)| e))
            .or_else(|| {
                self.last_source
                    .filter(|&(e, seen)| seen < at && at - seen <= SOURCE_WINDOW && person(&e))
                    .map(|(e, _)| e)
            })
            // (Not one named in the words the epithet tags: "“Donald is
            // great,” said the 46-year-old" is not Donald.)
            .or_else(|| self.most_recent(quotation_before(tagged, at).unwrap_or(at), fits))
            .filter(|&e| self.leads_side(tagged, m, e))?;
        Some((e, place))
    }
}
