//! Bodies and offices: which firm "the company" is, who holds "the
//! chairman", and documents' authors.

use super::*;

impl<'t> Resolver<'t> {
    /// A body cited as a source is "it" next, whatever body opened a
    /// sentence before.
    pub(super) fn body_cited(&mut self, r: Resolved) {
        self.last_body = Some(r);
        self.subject_body = None;
    }

    /// The person whose document the mention is ("Band's memo" after
    /// "Douglas Band"): a known person's name in the possessive, with no
    /// title before it, heading a document noun.
    pub(super) fn document_author(&self, tagged: &Tagged<'t>, m: &Mention) -> Option<usize> {
        let (first, last) = m.head;
        // ("Mr Sands' book": the apostrophe a token of its own.)
        let mark = apostrophe_after(tagged, last);
        let noun = last + 1 + usize::from(mark);
        // ("a statement from Mr Spitzer's office": the office's, not his.)
        let own =
            tagged.word_in(noun, List::Documents) && !tagged.word_in(noun, List::InstitutionNouns);
        if m.role != Role::Document || m.titled || !(mark || possessive(tagged, last)) || !own {
            return None;
        }
        let e = *self.by_word.get(&name_key(tagged, last))?;
        let ent = &self.entities[e];
        // ("Clinton Foundation's report": a body's name holds the surname.)
        (ent.person && last - first <= ent.name.1 - ent.name.0).then_some(e)
    }

    /// Remembers a document cited as a source ("a Gazette poll", "a new
    /// report"), when the mention ends in a document noun.
    pub(super) fn cite_document(&mut self, tagged: &Tagged<'t>, m: &Mention, r: Resolved) {
        // ("The survey, conducted by the Public Policy Institute": the noun
        // before the comma.)
        let core = (m.first..=m.last)
            .find(|&k| tagged.tokens[k].kind() == Kind::Comma)
            .map_or(m.last, |c| c.saturating_sub(1).max(m.first));
        // ("the report by telecoms giant BT": the noun before its author.)
        let Some(core) = Some(core)
            .filter(|&k| tagged.word_in(k, List::Documents))
            .or_else(|| {
                (m.first..core).find(|&k| {
                    tagged.word_in(k, List::Documents) && tagged.is_any(k + 1, words!["by", "from"])
                })
            })
        else {
            return;
        };
        let key = document_key(tagged, core);
        // (Remembered by its noun phrase, without the appositive.)
        let r = if r.name == (m.first, m.last) {
            Resolved {
                name: (m.first, core),
                ..r
            }
        } else {
            r
        };
        self.documents.retain(|(k, _)| *k != key);
        self.documents.push((key, r));
        if self.documents.len() > DOCUMENTS {
            self.documents.remove(0);
        }
    }

    /// "the poll", "this report": a definite document noun, with at most
    /// a lowercase modifier, stands for the last document of that noun.
    pub(super) fn cited_document(&self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        // ("The most recent poll": the latest of them.)
        let latest = m.last == m.first + 3
            && tagged.is(m.first, "the")
            && tagged.is(m.first + 1, "most")
            && tagged.is(m.first + 2, "recent");
        let definite = (short_description(tagged, m, words!["the", "this", "that"]) || latest)
            && tagged.word_in(m.last, List::Documents);
        if !definite {
            return None;
        }
        let key = document_key(tagged, m.last);
        self.documents
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map(|&(_, r)| r)
    }

    /// "the authors say", "the study's authors" after "The study, from the
    /// Centre for Economic Policy Research": the authors of the last
    /// document cited whose author is named.
    pub(super) fn document_authors(&self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        let authors = short_description(tagged, m, words!["the"])
            && tagged.is_any(m.last, words!["authors", "researchers"]);
        if !authors {
            return None;
        }
        // (A document cited within a few paragraphs, with no
        // researchers of another kind named since: "In an unrelated
        // experiment, scientists in Boston ... The researchers said" are
        // those scientists.)
        let r = self
            .documents
            .iter()
            .rev()
            .map(|&(_, r)| r)
            .find(|r| r.identity == Identity::Named && r.role != Role::Document)?;
        let cited = r.name.1;
        let near = cited < m.first && m.first - cited <= 400;
        let others_since = || {
            (cited + 1..m.first).any(|k| {
                !tagged.quoted[k]
                    && tagged.is_any(
                        k,
                        words![
                            "scientists",
                            "researchers",
                            "academics",
                            "economists",
                            "scholars",
                            "doctors"
                        ],
                    )
            })
        };
        (near && !others_since()).then_some(r)
    }

    /// [`Resolver::body_noun_of`], whose body is then among those named:
    /// "the airline" after "the firm" resolved to Continental Airlines.
    pub(super) fn body_noun(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        let r = self.body_noun_of(tagged, m)?;
        if r.identity == Identity::Named && r.role == Role::Official {
            self.remember_named_body(r);
        }
        Some(r)
    }

    /// "the committee" after "the House Oversight Committee said", "the
    /// company" after "Acme Corp said": a definite noun of a body stands for
    /// the last body cited whose name ends in that noun, or for a noun of a
    /// company, in a company's legal suffix; failing those, a body the
    /// article introduced by such a noun, a group's name for "the group",
    /// and for "the company" the last body cited that may be a firm
    /// ([`names_a_firm`]).
    pub(super) fn body_noun_of(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        // ("The firm, whose subsidiary runs 13 farms,": the noun before the
        // comma.)
        let noun = noun_before_clause(tagged, m);
        // "the committee", or with one word of its name, "the budget office"
        // after "the Congressional Budget Office".
        let modifier = (noun == m.first + 2).then_some(m.first + 1);
        // ("the Commission" after "the European Commission": a capital
        // only on the nouns of bodies whose short name is no other body's,
        // not "the House" after "the White House".)
        let short = (noun == m.first + 1 || modifier.is_some())
            && tagged.is_any(m.first, words!["the", "this"])
            && (tagged.tokens[noun].lowercase()
                || modifier.is_none() && tagged.is_any(noun, CAPITALISED_SHORT_NAMES))
            && modifier.is_none_or(|k| tagged.tokens[k].lowercase())
            && tagged.word_in(noun, List::InstitutionNouns);
        if !short {
            return None;
        }
        let key = tagged.tokens[noun].key();
        let company = modifier.is_none() && tagged.is_any(noun, COMPANY_NOUNS);
        let tokens = &tagged.tokens;
        if let Some(firm) = self.firm_in_passing(tagged, m, noun, modifier) {
            return Some(firm);
        }
        self.named_bodies
            .iter()
            .rev()
            .copied()
            .find(|b| {
                let last = b.name.1;
                let modifier_fits = modifier
                    .is_none_or(|k| last > b.name.0 && tokens[last - 1].key() == tokens[k].key());
                // ("the bank" after "Bank of America": the noun opening the
                // name before "of".)
                let opens_name = modifier.is_none()
                    && last > b.name.0 + 1
                    && tokens[b.name.0].key() == key
                    && tagged.is(b.name.0 + 1, "of");
                // ("the airline" after "Continental Airlines": the noun in
                // the plural.)
                let same_noun = tokens[last].key() == key
                    || tagged
                        .word(last)
                        .strip_suffix('s')
                        .is_some_and(|w| crate::token::fold_hash(w) == key);
                last < m.first
                    && (same_noun && modifier_fits
                        || opens_name
                        || (company && tagged.is_any(last, COMPANY_SUFFIXES)))
            })
            .or_else(|| {
                company
                    .then(|| self.company_named_as_word(tagged, m.first))
                    .flatten()
            })
            .or_else(|| {
                // A body introduced by a noun of its kind, not yet a source.
                // Of the noun itself first ("the group" after "publishing
                // group INM", not the "newspaper company" named since), then
                // of any noun of a company.
                let firm = modifier.is_none() && tagged.is_any(noun, FIRM_NOUNS);
                let before = |&&(_, (_, last)): &&(u64, (usize, usize))| last < m.first;
                let introduced = self.introduced.iter().rev().filter(before);
                let (_, name) = introduced.clone().find(|(n, _)| *n == key).or_else(|| {
                    firm.then(|| introduced.clone().find(|(n, _)| FIRM_NOUNS.contains(n)))
                        .flatten()
                })?;
                Some(Resolved {
                    name: *name,
                    identity: Identity::Named,
                    role: Role::Official,
                })
            })
            .or_else(|| {
                // "The party says" after "Labour has promised": the last
                // party cited by its short name.
                const PARTIES: &[u64] = words![
                    "labour",
                    "conservatives",
                    "tories",
                    "democrats",
                    "republicans",
                    "gop",
                    "dems",
                    "ukip",
                    "snp",
                    "plaid"
                ];
                (modifier.is_none() && tagged.is(noun, "party"))
                    .then(|| {
                        self.named_bodies.iter().rev().copied().find(|b| {
                            b.name.1 < m.first
                                && (tagged.is_any(b.name.0, PARTIES)
                                    || tagged.is_any(b.name.1, PARTIES))
                        })
                    })
                    .flatten()
            })
            .or_else(|| {
                // "the group" after "the Trayvon Martin Foundation said": the
                // last body cited whose name ends in a noun of such groups.
                let group = modifier.is_none() && tagged.is_any(noun, GROUP_BODY_NOUNS);
                group
                    .then(|| {
                        self.named_bodies.iter().rev().copied().find(|b| {
                            b.name.1 < m.first && tagged.is_any(b.name.1, GROUP_NAME_ENDS)
                        })
                    })
                    .flatten()
            })
            .or_else(|| {
                // "the company" after "Boeing unveiled a jet": a listed
                // company that opened a sentence, unless a firm has spoken
                // since ("... UK Coal said ... the company").
                let (first, last) = self
                    .company_opened
                    .filter(|_| {
                        modifier.is_none() && tagged.is_any(noun, words!["company", "firm"])
                    })
                    .filter(|&(_, last)| last < m.first)?;
                let spoke_since = self
                    .named_bodies
                    .iter()
                    .any(|b| b.name.0 > last && b.name.1 < m.first && names_a_firm(tagged, b.name));
                (!spoke_since).then_some(Resolved {
                    name: (first, last),
                    identity: Identity::Named,
                    role: Role::Official,
                })
            })
            .or_else(|| {
                // "the company" or "the mining company" after "UK Coal has
                // reported": the last body cited whose name is no public
                // body's (no "Department", "Party", no listed institution),
                // no outlet's and no place's. ("the group", "the bank", "the
                // airline" name other bodies as often; "the combined
                // company" is a new one.)
                let firm = tagged.is_any(noun, COMPANY_NOUNS)
                    && !tagged.is_any(noun, words!["group", "bank", "airline", "business"])
                    && modifier.is_none_or(|k| !tagged.is_any(k, OTHER_FIRMS));
                firm.then(|| self.last_firm_cited(tagged, m.first))
                    .flatten()
            })
    }

    /// "People demonstrated outside the Dallas Morning News after it backed
    /// Clinton": when no body is the sentence's subject, "it" at `at` is the
    /// last body of the lists named in the sentence before it (within
    /// [`BODY_BEFORE_IT`] tokens, outside quotations, not as a possessive),
    /// if "it" opens a clause that a
    /// subordinating word or a relative begins ("after it", "which it").
    /// (A main clause's "it" may be a tag: "The EU was imposing new
    /// standards, it noted" is the body cited before.)
    pub(super) fn body_named_before(&self, tagged: &Tagged<'t>, at: usize) -> Option<Resolved> {
        const OPENERS: &[u64] = words![
            "after", "when", "because", "as", "since", "before", "until", "once", "while", "which",
            "that", "though", "although", "if", "where", "whereas"
        ];
        if at == 0 || !tagged.is_any(at - 1, OPENERS) {
            return None;
        }
        let mut found = None;
        // (Within the last words before "it": a bound, so that a sentence
        // of many such clauses costs linear time.)
        let mut k = self.sentence_start.max(at.saturating_sub(BODY_BEFORE_IT));
        while k < at {
            let entry = [
                (List::Outlets, Role::Media),
                (List::Institutions, Role::Official),
                (List::Companies, Role::Official),
            ]
            .into_iter()
            .find_map(|(list, role)| tagged.entry_at(k, list).map(|last| (last, role)));
            match entry {
                Some((last, role))
                    if last < at
                        && tagged.tokens[k].capitalized()
                        // (Not a market shares trade on: "closed down 2% on
                        // the London Stock Exchange, after it said".)
                        && !(k >= 2 && tagged.is(k - 1, "the") && tagged.is(k - 2, "on"))
                        && !tagged.quoted[k]
                        && !possessive(tagged, last) =>
                {
                    found = Some(Resolved {
                        name: (k, last),
                        identity: Identity::Named,
                        role,
                    });
                    k = last + 1;
                }
                _ => k += 1,
            }
        }
        found
    }

    /// The last body cited before token `before` that may be a firm
    /// ([`names_a_firm`]) and is no person the article knows.
    pub(super) fn last_firm_cited(&self, tagged: &Tagged<'t>, before: usize) -> Option<Resolved> {
        self.named_bodies.iter().rev().copied().find(|b| {
            b.name.1 < before
                && names_a_firm(tagged, b.name)
                && !self.knows_person(tagged, b.name.1)
        })
    }

    /// "The UK's biggest mortgage lender said", "the world's second
    /// biggest insurer", "the Japanese car maker": a firm described by its
    /// standing or its trade ([`firm_epithet`]) is the last firm cited, or
    /// one named in passing just before.
    pub(super) fn described_firm(&self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        if !firm_epithet(tagged, m) {
            return None;
        }
        let cited = self.last_firm_cited(tagged, m.first);
        let passing = self.firm_named_before(m.first).map(|(name, _)| name);
        // (The nearer of the two.)
        let name = match (cited.map(|b| b.name), passing) {
            (Some(c), Some(p)) => Some(if p.1 > c.1 { p } else { c }),
            (c, p) => c.or(p),
        }?;
        Some(Resolved {
            name,
            identity: Identity::Named,
            role: Role::Official,
        })
    }

    /// The firm last named in passing, and the start of its sentence, when
    /// it ends within [`FIRM_WINDOW`] tokens before token `at`.
    pub(super) fn firm_named_before(&self, at: usize) -> Option<((usize, usize), usize)> {
        self.firm_named
            .filter(|&((_, last), _)| last < at && at - last <= FIRM_WINDOW)
    }

    /// "Supré worked at Vanguard Logistics Services. The company
    /// confirmed": "the company" or "the firm" (noun at `noun`) is a firm
    /// named in passing in this sentence or the last few, when no listed
    /// company opened a sentence and no firm spoke from the sentence that
    /// named it on.
    pub(super) fn firm_in_passing(
        &self,
        tagged: &Tagged<'t>,
        m: &Mention,
        noun: usize,
        modifier: Option<usize>,
    ) -> Option<Resolved> {
        if modifier.is_some() || !tagged.is_any(noun, words!["company", "firm"]) {
            return None;
        }
        let ((first, last), sentence) = self.firm_named_before(m.first)?;
        let other_since = self.company_opened.is_some_and(|(f, _)| f >= sentence)
            || self.named_bodies.iter().any(|b| {
                b.name.0 >= sentence
                    && b.name.1 < m.first
                    && b.name != (first, last)
                    && names_a_firm(tagged, b.name)
            });
        (!other_since).then_some(Resolved {
            name: (first, last),
            identity: Identity::Named,
            role: Role::Official,
        })
    }

    /// "Deloitte believes ... the firm claims": a company the article named
    /// by one word, which the lists do not know, so that it was taken for a
    /// person (one of no given name, honorific, title or known gender). The
    /// most recent such name, among the recent entities, when no body was
    /// named since; from now on a body.
    pub(super) fn company_named_as_word(
        &mut self,
        tagged: &Tagged<'t>,
        at: usize,
    ) -> Option<Resolved> {
        let last_body = self.named_bodies.last().map(|b| b.name.1);
        let given =
            |k: usize| tagged.word_in(k, List::FemaleNames) || tagged.word_in(k, List::MaleNames);
        // A word that may be a company's name: capitalised, not a word that
        // opens sentences ("Originally", "Less"), a group ("MPs") or a
        // nation's adjective ("Australian").
        let company_word = |k: usize| {
            let w = tagged.bytes(k);
            let capitals = w.iter().filter(|b| b.is_ascii_uppercase()).count();
            let other_word = tagged.in_set(k, &NOT_NAME_SET)
                || w.ends_with(b"ly")
                || (capitals >= 2 && w.ends_with(b"s"))
                || w.ends_with(b"ian")
                || w.ends_with(b"ean")
                || given(k);
            tagged.tokens[k].capitalized() && !other_word
        };
        let e = self.recent.iter().rev().copied().find(|&e| {
            let ent = &self.entities[e];
            ent.person
                && ent.name.0 == ent.name.1
                && ent.gender.is_none()
                && ent.title.is_none()
                && ent.last_seen < at
                && last_body.is_none_or(|b| ent.last_seen > b)
                && company_word(ent.name.0)
        })?;
        let ent = &mut self.entities[e];
        ent.person = false;
        ent.role = Role::Official;
        Some(Resolved {
            name: ent.name,
            identity: ent.identity,
            role: ent.role,
        })
    }

    /// "Jack Straw has attacked the ruling. The foreign secretary said":
    /// an office opening the sentence after one whose subject, a person
    /// named with no title, spoke, when no holder of it is known, is that
    /// person, labelled by the office.
    pub(super) fn office_of_subject(
        &mut self,
        tagged: &Tagged<'t>,
        m: &Mention,
    ) -> Option<Resolved> {
        let office = m.first == self.sentence_start
            && tagged.is(m.first, "the")
            && m.last > m.first
            && m.last <= m.first + 3
            && tagged.word_in(m.last, List::Titles)
            && !crate::source::is_plural(tagged, m.last)
            && (m.first + 1..m.last).all(|k| tagged.tokens[k].is_word() && !tagged.is(k, "former"))
            // ("The FBI director" is no office the subject was known by: a
            // body's initials qualify it.)
            && !(m.first + 1..m.last).any(|k| {
                let w = tagged.word(k);
                w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
            });
        if !office {
            return None;
        }
        // (The subject spoke there: "Jack Straw has attacked the ruling";
        // or, with no subject known, the source of a tag just before:
        // "Voters could confound predictions, Charles Kennedy has said.")
        // (Within the sentence before: sixty tokens.)
        let tag_source = || {
            self.last_source
                .filter(|&(_, seen)| seen < self.sentence_start && self.sentence_start - seen < 60)
                .map(|(e, seen)| (e, seen, None))
        };
        let spoke_since = |e: usize, start: usize| {
            self.last_source
                .is_some_and(|(s, seen)| s == e && seen >= start && seen < m.first)
        };
        // (A subject that did not speak gives way to the tag: "George W
        // Bush will display ..., Tony Blair has said.")
        // (Only a tag that names its person: not "..., he argues.")
        let (e, start, rival, tag_after_subject) = match self.previous_subject {
            Some((e, start, rival)) if spoke_since(e, start) => (e, start, rival, false),
            Some(_) => tag_source()
                .filter(|&(_, seen, _)| tagged.tokens[seen].capitalized())
                .map(|(e, seen, rival)| (e, seen, rival, true))?,
            None => tag_source().map(|(e, seen, rival)| (e, seen, rival, false))?,
        };
        let spoke = spoke_since(e, start);
        // (No other person named since the subject, or lately: "Mr
        // Blunkett was joined by Tony Blair ... The prime minister said";
        // after a tag that followed another subject, only since it: "George
        // W Bush will display ..., Tony Blair has said. The prime minister
        // said".)
        let since = if tag_after_subject {
            start + 1
        } else {
            start.min(m.first.saturating_sub(120))
        };
        let others = self.recent.iter().any(|&o| {
            let other = &self.entities[o];
            o != e && other.person && (since..m.first).contains(&other.last_seen)
        });
        // (Nor the office met before for another: "Vince Cable said the
        // chancellor had failed ... The chancellor insisted"; looked for
        // over a bounded stretch.)
        let office_key = tagged.tokens[m.last].key();
        let met_before = || {
            (m.first.saturating_sub(400)..m.first)
                .any(|k| tagged.tokens[k].key() == office_key && k > 0 && tagged.is(k - 1, "the"))
        };
        let ent = &self.entities[e];
        let fits = start < m.first
            && spoke
            && !others
            && rival.is_none()
            && ent.person
            && ent.identity == Identity::Named
            && ent.title.is_none()
            && ent.role == Role::Person
            && !met_before();
        if !fits {
            return None;
        }
        // (Labelled by the office, as the role noun reads.)
        self.touch(e, m.last);
        Some(Resolved {
            name: self.entities[e].name,
            identity: Identity::Named,
            role: Role::Official,
        })
    }

    pub(super) fn role_noun(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        let ent = &self.entities[self.titled_entity(tagged, m)?];
        Some(Resolved {
            name: ent.name,
            identity: ent.identity,
            role: ent.role,
        })
    }

    /// The person who holds the office a role noun names ("the Florida
    /// governor"), introduced with that title before it.
    pub(super) fn titled_entity(&self, tagged: &Tagged<'t>, m: &Mention) -> Option<usize> {
        let title = (m.first..=m.last).find_map(|k| {
            let last = tagged.entry_at(k, List::Titles).filter(|&l| l <= m.last)?;
            Some((k, last))
        })?;
        let keys = TitleKeys::of(tagged, m.first, title);
        let before = |t: &&Titled| t.at < m.first;
        // "the Florida governor": the governor introduced as of Florida, or
        // else the last, unless introduced with another place ("Ohio Gov.
        // John Kasich").
        let titled = match keys.former {
            // "the former president": only a former holder.
            Some(former) => self.by_title.get(&former).filter(before),
            None => keys
                .qualified
                .and_then(|q| self.by_title.get(&q).filter(before))
                .or_else(|| {
                    // ("The Bat spokeswoman" is not "a spokesman for the
                    // State Tobacco Monopoly": a body before the role noun's
                    // title, another after the holder's.)
                    // ("The Home Office spokesman" after "a spokesman for
                    // the Home Office" is the same body's.)
                    let body = keys.qualified.is_some() && !keys.place;
                    let qualifier = title.0.checked_sub(1).map(|q| tagged.tokens[q].key());
                    let for_another = |t: &Titled| {
                        let end = (t.at + 7).min(tagged.tokens.len());
                        tagged.is_any(t.at + 1, words!["for", "of", "at"])
                            && tagged
                                .tokens
                                .get(t.at + 2)
                                .is_some_and(|n| n.capitalized() || tagged.is(t.at + 2, "the"))
                            && !(t.at + 2..end).any(|k| Some(tagged.tokens[k].key()) == qualifier)
                    };
                    let office = self.by_title.get(&keys.office).filter(|t| {
                        before(t) && !(keys.place && t.place) && !(body && for_another(t))
                    });
                    // ("President Trump ... Zippy Duvall, the president of
                    // the Farm Bureau ... The president announced": a bare
                    // head's office is the country's head, not a body's.)
                    if keys.qualified.is_none()
                        && title::heads_a_country(tagged, title)
                        && office.is_some_and(|t| of_a_body(tagged, t.at))
                    {
                        if let Some(head) = self.by_title.get(&title::COUNTRY_LEADER).filter(before)
                        {
                            return Some(head);
                        }
                    }
                    office
                })
                // ("Rep. Joey Salceda ... the lawmaker": a member of any
                // house, the last introduced.)
                .or_else(|| {
                    tagged
                        .is_any(title.1, words!["lawmaker", "legislator"])
                        .then(|| {
                            title::LEGISLATORS
                                .iter()
                                .filter_map(|key| self.by_title.get(key).filter(before))
                                .max_by_key(|t| t.at)
                        })
                        .flatten()
                })
                // ("the Russian leader": a country's head.)
                .or_else(|| {
                    let leader = keys.place
                        && tagged.is(title.1, "leader")
                        && tagged.tokens[title.1].lowercase();
                    leader
                        .then(|| self.by_title.get(&title::COUNTRY_LEADER).filter(before))
                        .flatten()
                }),
        }?;
        let entity = self
            .later_holder(tagged, m, &keys, titled.entity)
            .unwrap_or(titled.entity);
        (self.leads_side(tagged, m, entity) && self.same_ticket(tagged, m, entity))
            .then_some(entity)
    }

    /// "The Republican nominee" is not "Democratic vice presidential
    /// nominee Tim Kaine": the party and the "vice" in the role noun and
    /// before the name of entity `e` as introduced must agree.
    pub(super) fn same_ticket(&self, tagged: &Tagged<'t>, m: &Mention, e: usize) -> bool {
        title::ticket(tagged, m.first, m.last + 1).agrees(&title::ticket(
            tagged,
            0,
            self.entities[e].name.0,
        ))
    }

    /// "Sen. Elizabeth Warren ... Sen. Bernie Sanders ... Maddow pressed
    /// Warren, but the senator insisted": of the holders of a plain office
    /// (no place, not former), the one mentioned last, when that is not the
    /// one introduced last. Looked for among the recent entities only.
    pub(super) fn later_holder(
        &self,
        tagged: &Tagged<'t>,
        m: &Mention,
        keys: &TitleKeys,
        introduced: usize,
    ) -> Option<usize> {
        if keys.former.is_some() || keys.qualified.is_some() {
            return None;
        }
        let seen = self.entities[introduced].last_seen;
        self.recent.iter().rev().copied().find(|&e| {
            let ent = &self.entities[e];
            e != introduced
                && ent.person
                && ent.last_seen > seen
                && ent.last_seen < m.first
                && ent.title.is_some_and(|t| {
                    // (Not a body's office: "Harbour Bank President",
                    // "president of the New York Fed".)
                    let k = TitleKeys::of(tagged, 0, (title_start(tagged, t), t));
                    k.office == keys.office
                        && (k.qualified.is_none() || k.place)
                        && !of_a_body(tagged, t)
                })
        })
    }
}

/// Whether the title at token `t` is a body's, named after it: "president
/// of the Farm Bureau", "chairman at Barclays".
fn of_a_body(tagged: &Tagged, t: usize) -> bool {
    tagged.is_any(t + 1, words!["of", "for", "at"])
        && tagged
            .tokens
            .get(t + 2)
            .is_some_and(|n| n.capitalized() || tagged.is(t + 2, "the"))
}
