//! Attribution and labels, one phenomenon a test, on sentences written for
//! the project.

use attribution_audit::report::{Report, SentenceReport};
use attribution_audit::{Auditor, Identity, Label, Mode, Role};

fn audit(text: &str) -> Report<'_> {
    Auditor::new().audit(text)
}

/// The sentence containing `needle`.
fn sentence<'r, 't>(report: &'r Report<'t>, text: &str, needle: &str) -> &'r SentenceReport<'t> {
    report
        .sentences
        .iter()
        .find(|s| text[s.start..s.end].contains(needle))
        .unwrap_or_else(|| panic!("no sentence contains {needle:?}"))
}

/// The source texts of a sentence's attributions, in order.
fn sources_of<'t>(s: &SentenceReport<'t>) -> Vec<&'t str> {
    s.attributions.iter().map(|a| a.source.text).collect()
}

fn label_of(text: &str, needle: &str) -> Label {
    let report = audit(text);
    sentence(&report, text, needle).label
}

/// Asserts that the last sentence of each text is `unattributed`.
fn assert_last_sentences_unattributed(cases: &[&str]) {
    for text in cases {
        let report = audit(text);
        let last = report.sentences.last().unwrap();
        assert_eq!(
            last.label,
            Label::Unattributed,
            "{text}: {:?}",
            last.attributions
        );
    }
}

#[test]
fn network_relaying_a_strike_citing_unnamed_sources_is_anonymous() {
    let text = "Missiles hit a fuel depot outside the port city overnight, the network reported, citing unnamed sources.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous);
    let cues: Vec<&str> = s.attributions.iter().map(|a| a.cue.text).collect();
    assert!(cues.contains(&"citing"), "{cues:?}");
    let unnamed = s
        .attributions
        .iter()
        .find(|a| a.cue.text == "citing")
        .unwrap();
    assert_eq!(unnamed.source.text, "unnamed sources");
    assert_eq!(unnamed.source.identity, Identity::Anonymous);
}

#[test]
fn participial_citing_before_the_outlet_is_anonymous() {
    let text = "Citing two people briefed on the talks, CNN reported that the deal had collapsed.";
    assert_eq!(label_of(text, "CNN"), Label::Anonymous);
}

#[test]
fn presidents_interview_quote_runs_into_a_second_sentence() {
    let text = "President Maria Alvarez defended the budget on Tuesday.\n\n\
                “We made hard choices and we will not apologize for them,” Alvarez said in an interview. \
                “The numbers speak for themselves.”";
    let report = audit(text);
    let first = sentence(&report, text, "hard choices");
    let second = sentence(&report, text, "speak for themselves");
    assert_eq!(first.label, Label::Quoted);
    assert_eq!(second.label, Label::Quoted);
    let speaker = &second.attributions[0].source;
    assert_eq!(speaker.resolved, Some("Maria Alvarez"));
    assert_eq!(second.attributions[0].mode, Mode::Direct);
}

#[test]
fn advisers_three_sentence_quote_with_she_continues_into_next_paragraph() {
    let text =
        "Dana Whitfield, a senior adviser to the governor, spent the morning with reporters.\n\n\
                “The plan is ready. We have the votes,” she said. “Nobody should doubt that.\n\n\
                “We will finish the job before the session ends.”";
    let report = audit(text);
    for needle in [
        "The plan is ready",
        "We have the votes",
        "Nobody should doubt",
        "finish the job",
    ] {
        let s = sentence(&report, text, needle);
        assert_eq!(s.label, Label::Quoted, "{needle}");
        let a = &s.attributions[0];
        assert_eq!(a.source.text, "she", "{needle}");
        assert_eq!(a.source.resolved, Some("Dana Whitfield"), "{needle}");
    }
}

#[test]
fn senator_with_party_state_tag_warning_of_a_prelude_in_partial_quotes() {
    let text = "Sen. Thomas Reed (R-Ky.) warned of a “prelude” to invasion in a floor speech.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Quoted);
    let a = &s.attributions[0];
    assert_eq!(a.mode, Mode::Partial);
    assert_eq!(a.source.role, Role::Official);
    assert!(
        a.source.text.starts_with("Sen. Thomas Reed"),
        "{}",
        a.source.text
    );
    assert!(a.quote.is_some());
}

#[test]
fn closing_line_with_no_source_is_unattributed() {
    let text = "“It is over,” the mayor said.\n\nThe bridge is expected to reopen in the spring.";
    assert_eq!(label_of(text, "reopen in the spring"), Label::Unattributed);
}

#[test]
fn told_an_outlet_names_the_speaker_not_the_outlet() {
    let text = "Kim Osei told Reuters the mine would close.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Named);
    assert_eq!(s.attributions[0].source.text, "Kim Osei");
    assert_eq!(s.attributions[0].source.role, Role::Person);
}

#[test]
fn inverted_said_after_a_quotation() {
    let text = "“We are not leaving,” said Hugh Hill, a doctor at the clinic.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].source.resolved, Some("Hugh Hill"));
}

#[test]
fn appositive_between_name_and_verb_keeps_the_name_as_head() {
    let text = "Hugh Hill, a doctor at the clinic, said supplies had run out.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Named);
    assert_eq!(
        s.attributions[0].source.text,
        "Hugh Hill, a doctor at the clinic"
    );
    assert_eq!(s.attributions[0].source.resolved, Some("Hugh Hill"));
}

#[test]
fn relative_clause_cue_attributes_to_the_antecedent() {
    let text = "The report was welcomed by Ana Ruiz, who pointed out that the figures were old.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Named);
    assert!(s
        .attributions
        .iter()
        .any(|a| a.source.resolved == Some("Ana Ruiz")));
}

#[test]
fn colon_introduced_quotation_carries_the_speaker() {
    let text = "The chairman put it plainly:\n\n“We are out of money. The doors close on Friday.”";
    let report = audit(text);
    assert_eq!(
        sentence(&report, text, "put it plainly").label,
        Label::Quoted
    );
    assert_eq!(sentence(&report, text, "out of money").label, Label::Quoted);
    assert_eq!(sentence(&report, text, "doors close").label, Label::Quoted);
}

#[test]
fn trailing_dash_signature_names_the_speaker() {
    let text = "“Change comes slowly, then all at once.” — Lena Marsh";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].source.resolved, Some("Lena Marsh"));
}

#[test]
fn hedges_are_noted_but_are_not_sources() {
    let text =
        "The minister allegedly took the payments. The firm is believed to have moved offshore.";
    let report = audit(text);
    for s in &report.sentences {
        assert_eq!(s.label, Label::Unattributed);
        assert_eq!(s.hedges.len(), 1);
    }
    assert_eq!(report.sentences[0].hedges[0].text, "allegedly");
    assert_eq!(report.sentences[1].hedges[0].text, "is believed to");
}

#[test]
fn according_to_an_outlet_is_named_media() {
    let text = "The talks stalled on Monday, according to The Washington Post.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Named);
    assert_eq!(s.attributions[0].source.role, Role::Media);
}

#[test]
fn outlet_reporting_is_named() {
    assert_eq!(
        label_of("Reuters reported that the vote was delayed.", "vote"),
        Label::Named
    );
}

#[test]
fn people_familiar_with_the_matter_are_anonymous() {
    let text = "The company plans to cut 400 jobs, according to people familiar with the matter.";
    assert_eq!(label_of(text, "400 jobs"), Label::Anonymous);
}

#[test]
fn condition_of_anonymity_is_anonymous() {
    let text = "An aide, who spoke on condition of anonymity, said the trip was cancelled.";
    assert_eq!(label_of(text, "trip"), Label::Anonymous);
}

#[test]
fn not_authorized_to_speak_is_anonymous() {
    let text =
        "The shipment left on Sunday, said an official who was not authorized to speak publicly.";
    assert_eq!(label_of(text, "shipment"), Label::Anonymous);
}

#[test]
fn unnamed_officials_are_anonymous() {
    assert_eq!(
        label_of("The bridge will close in May, officials said.", "bridge"),
        Label::Anonymous
    );
    assert_eq!(
        label_of(
            "A senior administration official said the plan was final.",
            "plan"
        ),
        Label::Anonymous
    );
}

#[test]
fn critics_and_experts_are_anonymous() {
    assert_eq!(
        label_of("Critics say the tax will hurt farmers.", "tax"),
        Label::Anonymous
    );
    assert_eq!(
        label_of("Experts warn that the dam is failing.", "dam"),
        Label::Anonymous
    );
}

/// A participle aside after the source ("published in Nature") describes
/// it: the cue verb in it makes no clause of the aside.
#[test]
fn a_participle_aside_after_a_document_keeps_the_document_the_source() {
    let text = "The survey, published in the Marsh Gazette, found that most farmers were worried.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["The survey, published in the Marsh Gazette"]
    );
    assert_eq!(report.sentences[0].attributions[0].cue.text, "found");
}

#[test]
fn report_with_no_author_is_anonymous() {
    assert_eq!(
        label_of("A new report found that rents rose 9 percent.", "rents"),
        Label::Anonymous
    );
}

#[test]
fn spokesperson_named_by_office_is_official() {
    let text = "A State Department spokesperson said the embassy would stay open.";
    assert_eq!(label_of(text, "embassy"), Label::Official);
}

/// Trade bodies, learned societies and chambers of commerce speak as
/// institutions, by the noun their name ends in.
#[test]
fn associations_named_by_their_kind_are_official() {
    for (text, needle) in [
        (
            "The Northern Retail Consortium said sales fell in May.",
            "sales",
        ),
        ("The Calder Law Society said the fees were unfair.", "fees"),
        (
            "The Ridgeway Chamber of Commerce said the bridge mattered.",
            "bridge",
        ),
        (
            "The Confederation of Valley Industry warned costs would rise.",
            "costs",
        ),
    ] {
        assert_eq!(label_of(text, needle), Label::Official, "{text}");
    }
}

/// A company named with its legal suffix speaks as an institution.
#[test]
fn companies_named_with_a_legal_suffix_are_official() {
    for text in [
        "Dalton Foods Inc. said profits rose.",
        "Harrow Steel Corp said profits rose.",
        "Kestrel Ltd said profits rose.",
        "Marlow Brewing plc said profits rose.",
        "Tanager Holdings said profits rose.",
    ] {
        assert_eq!(label_of(text, "profits"), Label::Official, "{text}");
    }
}

#[test]
fn institutions_are_official() {
    assert_eq!(
        label_of("Police said the road was closed.", "road"),
        Label::Official
    );
    assert_eq!(
        label_of(
            "The Pentagon said in a statement that the drill was routine.",
            "drill"
        ),
        Label::Official
    );
    assert_eq!(
        label_of("The Harmon campaign said the ad was misleading.", "ad was"),
        Label::Official
    );
}

#[test]
fn titled_name_is_official_and_bare_surname_is_named() {
    let text = "Gov. Ellen Park said the fund was empty. Park said it would refill by June.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(report.sentences[1].label, Label::Named);
}

#[test]
fn pronoun_takes_the_label_of_its_titled_antecedent() {
    let text = "President Omar Reyes spoke in Lisbon. He said the treaty was signed.";
    let report = audit(text);
    let s = &report.sentences[1];
    assert_eq!(s.label, Label::Official);
    assert_eq!(s.attributions[0].source.resolved, Some("Omar Reyes"));
}

#[test]
fn she_resolves_past_a_more_recent_man() {
    let text = "Laura Quist met Peter Holm on Monday. She said the merger was off.";
    let report = audit(text);
    assert_eq!(
        report.sentences[1].attributions[0].source.resolved,
        Some("Laura Quist")
    );
}

#[test]
fn role_noun_resolves_to_the_titled_person() {
    let text = "President Omar Reyes arrived late. The president said the talks would resume.";
    let report = audit(text);
    let s = &report.sentences[1];
    assert_eq!(s.label, Label::Official);
    assert_eq!(s.attributions[0].source.resolved, Some("Omar Reyes"));
}

/// The resolved name of each sentence's first source, in order.
fn first_resolved<'t>(report: &Report<'t>) -> Vec<Option<&'t str>> {
    report
        .sentences
        .iter()
        .map(|s| s.attributions[0].source.resolved)
        .collect()
}

/// Asserts that the sentences holding `needles` are unattributed.
fn assert_unattributed(report: &Report, text: &str, needles: &[&str]) {
    for needle in needles {
        let s = sentence(report, text, needle);
        assert_eq!(
            s.label,
            Label::Unattributed,
            "{needle}: {:?}",
            s.attributions
        );
    }
}

/// The resolved name of the first attribution in the sentence containing `needle`.
fn resolved_in<'t>(text: &'t str, needle: &str) -> Option<&'t str> {
    let report = audit(text);
    sentence(&report, text, needle).attributions[0]
        .source
        .resolved
}

/// "The Florida governor" is the governor introduced with Florida, not the
/// last governor named.
#[test]
fn role_noun_with_a_place_resolves_to_the_holder_from_there() {
    let text = "Florida Gov. Dana Whitby toured the port. Ohio Gov. Carl Renner stayed home. \
                The Florida governor said the harbor would reopen.";
    assert_eq!(resolved_in(text, "harbor"), Some("Dana Whitby"));
    // A place the article gave no governor: nobody, rather than the wrong one.
    let text = "Ohio Gov. Carl Renner stayed home. The Texas governor said the border was calm.";
    assert_eq!(resolved_in(text, "border"), None);
    // A place-free introduction still serves ("Sen. Ana Ruiz" ... "the Nevada senator").
    let text = "Sen. Ana Ruiz spoke first. The Nevada senator said the vote would hold.";
    assert_eq!(resolved_in(text, "vote"), Some("Ana Ruiz"));
}

/// "The inspector general" is no general, "the chancellor" no shadow
/// chancellor: a word before the title that makes it another office.
#[test]
fn role_noun_of_another_office_does_not_take_a_shorter_titles_holder() {
    let text = "Gen. Mark Hale led the review. The inspector general said the files were lost.";
    assert_eq!(resolved_in(text, "files"), None);
    let text = "Shadow chancellor Oliver Pike attacked the budget. \
                The chancellor said the figures were sound.";
    assert_eq!(resolved_in(text, "figures"), None);
    let text = "Vice President Joe Lane spoke first. President Anne Cole followed. \
                The vice president said the deal was fair.";
    assert_eq!(resolved_in(text, "deal"), Some("Joe Lane"));
}

/// A title of several words meets itself: "the secretary of state" is the
/// person introduced as "Secretary of State", and "NATO's secretary
/// general" is no defense secretary.
#[test]
fn role_noun_of_a_title_of_several_words() {
    let text = "Secretary of State Ana Brill met the envoys. \
                The secretary of state said the talks were useful.";
    assert_eq!(resolved_in(text, "talks"), Some("Ana Brill"));
    let text = "Defense Secretary Tom Waller toured the base. \
                NATO's secretary general said the alliance was ready.";
    assert_eq!(resolved_in(text, "alliance"), None);
    let text =
        "U.N. Secretary-General Ivo Marek arrived. The secretary-general said aid was coming.";
    assert_eq!(resolved_in(text, "aid was coming"), Some("Ivo Marek"));
    assert_eq!(label_of(text, "aid was coming"), Label::Official);
}

/// "He" after a sentence that a person's name opens is that person, though
/// another source spoke before: the subject just named is the likelier one.
#[test]
fn he_after_a_sentence_opened_by_a_name_is_that_person() {
    let text = "Tom Smith said the deal was done. John Arteta was less pleased. \
                He said the terms were unfair.";
    assert_eq!(resolved_in(text, "terms"), Some("John Arteta"));
    // A possessive after the subject ("Lee's death") is no rival.
    let text = "Tom Smith said the deal was done. John Arteta mourned Carl Lee's death. \
                He said the club had lost a friend.";
    assert_eq!(resolved_in(text, "lost a friend"), Some("John Arteta"));
}

/// A name after words that describe its person ("Rovers coach John Arteta")
/// still opens the sentence; after a word that opens a clause ("When coach
/// John Arteta arrived, ...") it does not.
#[test]
fn a_described_name_opens_its_sentence() {
    let text = "Tom Smith said the deal was done. Rovers coach John Arteta was less pleased. \
                He said the terms were unfair.";
    assert_eq!(resolved_in(text, "terms"), Some("John Arteta"));
    let text = "Tom Smith said the deal was done. When coach John Arteta arrived, the mood \
                changed. He said the terms were fair.";
    assert_eq!(resolved_in(text, "terms"), Some("Tom Smith"));
}

/// ... but not when the sentence names another who fits after its subject:
/// then the source before keeps the pronoun.
#[test]
fn he_after_a_subject_with_a_rival_stays_with_the_last_source() {
    let text = "Mark Wenger said he admired the striker. John Mutu was sacked on Friday, \
                a move Wenger backed. But he said the door was open.";
    assert_eq!(resolved_in(text, "door was open"), Some("Mark Wenger"));
}

/// "the committee" stands for the last committee cited, "the company" for
/// the last company named with its legal suffix; a body of another kind is
/// no antecedent.
#[test]
fn a_bodys_noun_resolves_to_the_last_body_of_its_kind() {
    let text = "The Harbour Works Committee said the pier was unsafe. \
                The committee said repairs would start in May.";
    assert_eq!(
        resolved_in(text, "repairs"),
        Some("Harbour Works Committee")
    );
    let text = "Dalton Foods Inc. said profits rose. The company said demand was strong.";
    assert_eq!(resolved_in(text, "demand"), Some("Dalton Foods Inc"));
    let text = "The Harbour Works Committee said the pier was unsafe. \
                The company said repairs would start in May.";
    assert_eq!(resolved_in(text, "repairs"), None);
}

/// "the former president" is a person introduced as a former president,
/// not the president of the day; "the president" is not the former one.
#[test]
fn a_former_holder_is_kept_apart_from_the_holder() {
    let text = "Former President Tom Hale spoke first. President Ana Ruiz followed. \
                The former president said the treaty had held.";
    assert_eq!(resolved_in(text, "treaty"), Some("Tom Hale"));
    let text = "Former President Tom Hale spoke first. The president said the treaty had held.";
    assert_eq!(resolved_in(text, "treaty"), Some("Tom Hale"));
    let text = "President Ana Ruiz spoke first. The former president said the treaty had held.";
    assert_eq!(resolved_in(text, "treaty"), None);
    // "former" before the place before the title counts too.
    let text = "Former Texas Gov. Rick Dunn spoke. Gov. Ann Ray followed. \
                The former governor said the budget was sound.";
    assert_eq!(resolved_in(text, "budget"), Some("Rick Dunn"));
    // A former deputy mayor is no former mayor.
    let text = "Former Deputy Mayor Joe Lane spoke. The former mayor said the budget was sound.";
    assert_eq!(resolved_in(text, "budget"), None);
}

/// "Bill Clinton" is a name though "bill" is a word the lists know, and a
/// person of his own beside Hillary Clinton; "Clinton" alone stays the first
/// Clinton the article named.
#[test]
fn two_people_who_share_a_surname_stay_apart() {
    let text = "Hillary Clinton spoke first. Bill Clinton said the plan had worked. \
                Clinton added that it was fair. Bill Clinton agreed with her.";
    let report = audit(text);
    let resolved = |needle: &str| {
        sentence(&report, text, needle).attributions[0]
            .source
            .resolved
    };
    assert_eq!(resolved("plan had worked"), Some("Bill Clinton"));
    assert_eq!(resolved("it was fair"), Some("Hillary Clinton"));
    assert_eq!(resolved("agreed"), Some("Bill Clinton"));
}

/// An honorific tells which of two people of one surname is meant: "Mr.
/// Clinton" is Bill, "Mrs. Clinton" Hillary.
#[test]
fn an_honorific_picks_the_person_of_its_gender_among_those_of_a_surname() {
    let text = "Hillary Clinton spoke first. Bill Clinton agreed. \
                Mr. Clinton said the plan had worked. Mrs. Clinton said it was fair.";
    assert_eq!(resolved_in(text, "plan had worked"), Some("Bill Clinton"));
    assert_eq!(resolved_in(text, "it was fair"), Some("Hillary Clinton"));
}

/// A peerage is an honorific: "Baroness Greenfield" is the "Baroness Susan
/// Greenfield" named before, and "Baroness" tells her gender.
#[test]
fn a_peerage_links_the_surname_to_the_full_name() {
    let text = "Neuroscientist Baroness Susan Greenfield said screens were rewiring minds. \
                Dr Paul Hale disagreed. \
                \"We cannot assume the brain will not change,\" warns Baroness Greenfield. \
                Lord Hale said the evidence was thin.";
    assert_eq!(
        resolved_in(text, "brain will not"),
        Some("Susan Greenfield")
    );
    assert_eq!(resolved_in(text, "evidence was thin"), Some("Paul Hale"));
}

/// A role noun stands for someone introduced before it, not for a person
/// the same sentence introduces after it.
#[test]
fn role_noun_does_not_look_ahead() {
    let text = "The governor said the plan of Gov. Tim Ray would fail.";
    assert_eq!(resolved_in(text, "plan"), None);
}

#[test]
fn the_company_is_official() {
    let text = "Dalton Foods recalled the bars. The company said no one was hurt.";
    assert_eq!(label_of(text, "no one was hurt"), Label::Official);
}

#[test]
fn scare_quotes_do_not_make_a_claim_quoted() {
    let text = "The so-called “reform” passed in March.";
    assert_eq!(label_of(text, "reform"), Label::Unattributed);
}

#[test]
fn declining_to_comment_is_unattributed() {
    assert_eq!(
        label_of("Lopez declined to comment on the lawsuit.", "lawsuit"),
        Label::Unattributed
    );
    assert_eq!(
        label_of(
            "The airline did not respond to a request for comment.",
            "airline"
        ),
        Label::Unattributed
    );
}

#[test]
fn belief_and_intention_are_attribution() {
    assert_eq!(
        label_of("Omar Reyes believes the election was fair.", "election"),
        Label::Named
    );
}

#[test]
fn source_inside_a_quotation_does_not_change_the_label() {
    let text = "“Officials told me they left,” Nadia Bloom said.";
    assert_eq!(label_of(text, "Officials"), Label::Quoted);
}

#[test]
fn unbalanced_quotation_is_reported_not_fatal() {
    let text = "Maya Lind said “the plan is dead.\n\nVoters return on Tuesday.";
    let report = audit(text);
    assert_eq!(report.warnings.len(), 1);
    assert_eq!(report.sentences.last().unwrap().label, Label::Unattributed);
}

#[test]
fn transcript_speaker_labels_attribute_their_lines() {
    let text = "HOST: Will you run again?\n\nMARSH: We will see. I have not decided.";
    let report = audit(text);
    assert!(report
        .sentences
        .iter()
        .all(|s| s.label != Label::Unattributed));
}

#[test]
fn summary_counts_add_up() {
    let text = "Officials said the port is shut. It opened in 1901. “It is sad,” said Ana Ruiz.";
    let report = audit(text);
    let c = report.summary.counts;
    assert_eq!(
        c.anonymous + c.quoted + c.official + c.named + c.unattributed,
        report.sentences.len()
    );
    assert_eq!(report.summary.sentences, 3);
    assert!(report
        .sources
        .iter()
        .any(|s| s.name == "Ana Ruiz" && s.claims == 1));
    assert!((report.summary.unattributed_share - 1.0 / 3.0).abs() < 1e-9);
}

#[test]
fn offsets_are_bytes_into_the_input() {
    let text = "Élodie Marchand, a nurse, said: “Ça suffit.” 😀 “Enough,” she added.";
    let report = audit(text);
    for s in &report.sentences {
        for a in &s.attributions {
            assert_eq!(&text[a.source.start..a.source.end], a.source.text);
            assert_eq!(&text[a.cue.start..a.cue.end], a.cue.text);
            if let Some(q) = a.quote {
                assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
            }
        }
    }
}

#[test]
fn the_senator_resolves_to_an_abbreviated_title() {
    let text = "Sen. Joan Pike (D-Ore.) opposed the bill. The senator said it would fail.";
    let report = audit(text);
    let s = &report.sentences[1];
    assert_eq!(s.label, Label::Official);
    assert_eq!(s.attributions[0].source.resolved, Some("Joan Pike"));
}

#[test]
fn a_source_named_inside_reported_speech_does_not_change_the_label() {
    let text = "Megan Ortiz, a teacher at the school, said parents still want smaller classes.";
    assert_eq!(label_of(text, "parents"), Label::Named);
}

#[test]
fn document_with_a_named_author_is_not_anonymous() {
    let text = "A 2015 study by the Lakeside Policy Institute found that fares rose.";
    assert_ne!(label_of(text, "fares"), Label::Anonymous);
}

#[test]
fn citing_a_reason_is_no_source() {
    // The airline's act is its own attribution (an institution's past
    // tense); the reason it cites is none.
    let text = "The airline cancelled the flights, citing safety concerns.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert!(
        s.attributions.iter().all(|a| a.cue.text != "citing"),
        "{:?}",
        s.attributions
    );
    assert_eq!(
        label_of("Ortiz cancelled the trip, citing safety concerns.", "trip"),
        Label::Unattributed
    );
}

#[test]
fn description_then_name_is_named() {
    let text = "A lawyer for the families, Ruth Ode, said the case would go ahead.";
    assert_eq!(label_of(text, "case"), Label::Named);
}

#[test]
fn no_source_runs_across_a_missing_space_between_sentences() {
    let text = "The figures were reported by the Coastal Ledger.Pentagon officials said nothing.";
    let report = audit(text);
    for s in &report.sentences {
        for a in &s.attributions {
            assert!(
                s.start <= a.source.start && a.source.end <= s.end,
                "{}",
                a.source.text
            );
            assert!(
                s.start <= a.cue.start && a.cue.end <= s.end,
                "{}",
                a.cue.text
            );
        }
    }
}

#[test]
fn name_and_outlet_before_a_colon_speak_the_quotation() {
    let text = "Rae Kim, The Harbour Review: “It was her best night. Nobody saw it coming.”";
    let report = audit(text);
    for s in &report.sentences {
        assert_eq!(s.label, Label::Quoted);
        assert_eq!(s.attributions[0].source.resolved, Some("Rae Kim"));
    }
}

#[test]
fn any_verb_before_a_colon_introduces_the_quotation() {
    let text =
        "On Monday, Rivera made the following remark: “The rate is 33 percent. It is too high.”";
    let report = audit(text);
    assert!(report.sentences.iter().all(|s| s.label == Label::Quoted));
}

#[test]
fn a_third_time_is_no_tally() {
    assert_eq!(
        label_of("It was the third time the council said no.", "council"),
        Label::Official
    );
}

#[test]
fn a_title_in_quotation_marks_is_no_quotation() {
    let text = "Lena Ward told the podcast “Morning Rounds” that the vote would pass.";
    assert_eq!(label_of(text, "vote"), Label::Named);
}

#[test]
fn the_party_nominee_is_a_person_not_the_party() {
    let text = "Omar Reyes won the primary. The Green Party nominee said the race was close.";
    let report = audit(text);
    let s = &report.sentences[1];
    assert_eq!(s.attributions[0].source.role, Role::Person);
}

#[test]
fn appositive_public_office_is_official_but_a_former_one_is_not() {
    assert_eq!(
        label_of(
            "Ann Lee, the state's attorney general, said the suit was filed.",
            "suit"
        ),
        Label::Official
    );
    assert_eq!(
        label_of(
            "Jon Pell, a former foreign minister, said the talks failed.",
            "talks"
        ),
        Label::Named
    );
}

#[test]
fn builder_last_call_wins() {
    use attribution_audit::List;
    let auditor = Auditor::builder()
        .remove(List::Titles, "harbourmaster")
        .add(List::Titles, "harbourmaster")
        .build()
        .unwrap();
    let text = "The ferry is late, harbourmaster Jo Lund said.";
    assert_eq!(auditor.audit(text).sentences[0].label, Label::Official);
}

#[test]
fn entries_without_a_word_are_refused() {
    use attribution_audit::List;
    assert!(Auditor::builder()
        .add(List::Outlets, "...")
        .build()
        .is_err());
    assert!(Auditor::builder().add(List::Outlets, "  ").build().is_err());
    // Two entries run together are refused, not taken for one.
    let err = Auditor::builder()
        .add(List::Outlets, "Harbor Ledger\nCoastal Times")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("spans lines"), "{err}");
}

#[test]
fn a_second_clause_has_its_own_source() {
    let text = "Police said the road was shut, and officials said it would reopen.";
    assert_eq!(label_of(text, "road"), Label::Anonymous);
}

#[test]
fn groups_holding_a_position_are_anonymous() {
    assert_eq!(
        label_of(
            "Many Democrats are afraid that turnout will fall.",
            "turnout"
        ),
        Label::Anonymous
    );
    assert_eq!(
        label_of(
            "Younger voters, in particular, have expressed doubts about the plan.",
            "doubts"
        ),
        Label::Anonymous
    );
}

#[test]
fn wire_story_with_anonymous_sourcing() {
    let text = include_str!("fixtures/wire_anonymous.txt");
    let labels: Vec<Label> = audit(text).sentences.iter().map(|s| s.label).collect();
    use Label::*;
    assert_eq!(
        labels,
        [
            Anonymous,    // headline: "- sources"
            Anonymous,    // according to three people familiar with the matter
            Anonymous,    // the people said
            Anonymous,    // one of the people said
            Anonymous,    // another person said
            Anonymous,    // the person said
            Unattributed, // declined to comment
            Unattributed, // a spokeswoman: "it does not comment", a refusal
            Unattributed, // reportedly: a hedge, no source
            Anonymous,    // a senior banker ... on condition of anonymity
            Anonymous,    // a person close to the board
            Unattributed, // the writer's own statement
        ]
    );
}

#[test]
fn coordinated_countries_speak_as_governments() {
    assert_eq!(
        label_of("China and Russia support the resolution.", "resolution"),
        Label::Official
    );
}

#[test]
fn a_group_described_is_no_source_but_a_group_feeling_is() {
    assert_eq!(
        label_of("Protesters were a few blocks away.", "blocks"),
        Label::Unattributed
    );
    assert_eq!(
        label_of("Voters are worried that prices will rise.", "prices"),
        Label::Anonymous
    );
}

#[test]
fn praise_in_the_perfect_is_a_position() {
    let text = "Omar Reyes spoke in Lisbon. Reyes has praised the new treaty.";
    assert_eq!(label_of(text, "praised"), Label::Named);
}

#[test]
fn quotation_after_a_report_in_the_same_paragraph_continues_its_speaker() {
    let text =
        "Mayor Ana Ruiz said the bridge would reopen. “We have waited long enough for this.”";
    let report = audit(text);
    let s = sentence(&report, text, "waited");
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].source.resolved, Some("Ana Ruiz"));
}

#[test]
fn according_to_ends_at_the_comma_before_the_claim() {
    let text = "According to the national weather service, more rain is expected this week.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.text, "the national weather service");
    assert_eq!(a.source.role, Role::Official);
}

#[test]
fn a_group_with_its_complement_and_an_aside_holds_a_position() {
    let text = "Critics of the measure, including several farm groups, have vowed to fight it.";
    assert_eq!(label_of(text, "vowed"), Label::Anonymous);
}

#[test]
fn a_spokeswoman_declining_to_say_is_unattributed() {
    let text = "A White House spokeswoman declined to say whether he would attend.";
    assert_eq!(label_of(text, "declined"), Label::Unattributed);
}

#[test]
fn according_to_a_name_stops_before_the_claim_clause() {
    let text = "According to Marsh, the thinning is driven by warm water.";
    let report = audit(text);
    assert_eq!(report.sentences[0].attributions[0].source.text, "Marsh");
}

#[test]
fn a_professor_and_affiliation_is_a_named_person() {
    let text = "“The models are uncertain,” Professor Tomas Ek of Lund University told reporters.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.resolved, Some("Tomas Ek"));
    assert_eq!(a.source.role, Role::Person);
}

#[test]
fn a_study_in_a_named_journal_is_a_named_document() {
    let text = "The study published in the journal Nature found that ice is thinning.";
    assert_eq!(label_of(text, "ice"), Label::Official);
}

#[test]
fn a_person_described_by_a_number_is_no_tally() {
    let text = "“The rules do not hold. They are plainly wrong,” said 9/11 widow Terry Strada.";
    let report = audit(text);
    let s = sentence(&report, text, "plainly wrong");
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].source.resolved, Some("Terry Strada"));
    assert_eq!(label_of(text, "do not hold"), Label::Quoted);
}

#[test]
fn a_closing_mark_that_starts_a_word_opens_a_quotation() {
    let text = "”Mr. Ortiz stands for the old ways. He is our shame.” ― Lena Brook";
    let report = audit(text);
    // "Mr." does not end a sentence after the mark, and the signature's
    // dash does not start one.
    assert_eq!(report.sentences.len(), 2, "{:?}", report.sentences);
    for s in &report.sentences {
        assert_eq!(s.label, Label::Quoted);
        assert_eq!(s.attributions[0].source.text, "Lena Brook");
    }
}

#[test]
fn a_possessive_institution_is_found_in_the_word_lists() {
    let text = "Hiring slowed in the spring, the Federal Reserve's Beige Book survey said.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.role, Role::Document);
    assert_eq!(report.sentences[0].label, Label::Official);
    let text = "The Justice Department's inspector general said the review would go on.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Justice Department")
    );
}

#[test]
fn news_agencies_and_their_polls_are_media() {
    let text = "The Harbor News Service reported that the ferry had been sold.";
    let report = audit(text);
    assert_eq!(report.sentences[0].attributions[0].source.role, Role::Media);
    assert_eq!(report.sentences[0].label, Label::Named);
    let text = "A Valley Times-KTVB News poll showed Ortiz leading by four points.";
    let report = audit(text);
    assert_eq!(report.sentences[0].attributions[0].source.role, Role::Media);
    assert_eq!(report.sentences[0].label, Label::Named);
}

#[test]
fn a_generational_suffix_is_no_acronym() {
    let text = "Robert Allen Dunmore III claimed to have voted twice.";
    assert_eq!(label_of(text, "Dunmore"), Label::Named);
}

#[test]
fn an_office_before_of_is_part_of_the_body() {
    let text = "Inmate numbers doubled, according to the Federal Bureau of Prisons.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.role, Role::Official);
    assert_eq!(a.source.resolved, Some("Federal Bureau of Prisons"));
}

#[test]
fn a_cue_in_an_opening_clause_does_not_hide_the_main_one() {
    let text = "When Ortiz warned of a shortfall, some lawmakers said he was exaggerating.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous, "{:?}", s.attributions);
    assert_eq!(s.attributions.len(), 2);
}

#[test]
fn verbs_in_an_opening_participle_phrase_are_not_cues() {
    let text = "Asked whether he would concede, Ortiz said he would wait for the count.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.attributions.len(), 1, "{:?}", s.attributions);
    assert_eq!(s.attributions[0].source.text, "Ortiz");
    assert_eq!(s.attributions[0].cue.text, "said");
}

#[test]
fn a_quotation_in_a_sentence_about_a_person_is_theirs() {
    let text = "Mayor Ana Ortiz opened the new bridge on Monday.\n\n\
                Ortiz is promoting the span as “a lifeline for the whole valley.”";
    assert_eq!(label_of(text, "lifeline"), Label::Quoted);
}

#[test]
fn stance_verbs_of_condemnation_are_cues() {
    let text = "Ana Ortiz rails against the plan as a giveaway to developers.";
    assert_eq!(label_of(text, "rails"), Label::Named);
}

#[test]
fn a_cue_word_after_a_determiner_and_a_name_is_a_noun() {
    let text = "A quarter of that, per the Ortiz plan, is $40,000.";
    assert_eq!(label_of(text, "quarter"), Label::Unattributed);
    let text = "Who won the Valley debate on Tuesday night?";
    assert_eq!(label_of(text, "Who won"), Label::Unattributed);
}

#[test]
fn a_byline_is_no_report() {
    let text = "Lena Brook reports for the Harbor Ledger.";
    assert_eq!(label_of(text, "Brook"), Label::Unattributed);
}

#[test]
fn those_close_to_someone_are_anonymous() {
    let text = "Those close to the mayor say she will not run again.";
    assert_eq!(label_of(text, "close"), Label::Anonymous);
}

#[test]
fn a_quoted_question_and_its_speaker_tag_are_one_claim() {
    let text = "Senator Ruth Ames spoke on Monday. “Why would we ever agree to that?” Ames asked.";
    let report = audit(text);
    assert_eq!(report.sentences.len(), 2);
    let s = sentence(&report, text, "Why would");
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].source.resolved, Some("Ruth Ames"));
}

#[test]
fn a_headline_verb_is_not_part_of_the_name() {
    let text = "Ames Says Valley Could Lose Its Ferry.";
    let report = audit(text);
    assert_eq!(report.sentences[0].attributions[0].source.text, "Ames");
}

#[test]
fn the_author_of_an_issued_statement_is_the_source() {
    let text = "Harbor Freight Lines issued a statement saying the strike had cost it nothing.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.text, "Harbor Freight Lines");
    assert_eq!(a.source.identity, Identity::Named);
}

#[test]
fn sources_inside_an_according_to_claim_are_not_the_sentences() {
    let text =
        "According to Lena Brook, the board lost members because many disagreed with the plan.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Named, "{:?}", s.attributions);
    assert_eq!(s.attributions.len(), 1);
}

#[test]
fn a_passive_source_ends_before_a_pronoun_clause() {
    let text = "Her view was echoed by several economists I spoke to this week.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(s.attributions[0].source.text, "several economists");
}

#[test]
fn a_sum_of_money_is_not_part_of_the_source() {
    let text = "That is a fraction of the $20 million analysts say a statewide race costs.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(s.attributions[0].source.text, "analysts");
}

#[test]
fn participles_of_saying_are_cues() {
    let text = "Mayor Ana Ortiz has been pleading with the council to keep the ferry.";
    assert_eq!(label_of(text, "pleading"), Label::Official);
}

#[test]
fn an_appositive_after_a_party_tag_keeps_the_name() {
    let text =
        "Rep. Ana Ortiz (D-Ore.), chair of the harbor caucus, said members will help raise cash.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Official, "{:?}", s.attributions);
    assert_eq!(s.attributions.len(), 1);
    assert_eq!(s.attributions[0].source.resolved, Some("Ana Ortiz"));
}

#[test]
fn which_refers_to_the_body_not_its_members() {
    let text = "The campaign included members of the port authority, which has denied any role.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Official, "{:?}", s.attributions);
    assert_eq!(s.attributions[0].source.text, "which");
    assert_eq!(
        s.attributions[0].source.resolved,
        Some("the port authority")
    );
}

#[test]
fn a_body_named_after_the_article_still_speaks() {
    let text = "The Pentagon said the strike was lawful.";
    assert_eq!(label_of(text, "Pentagon"), Label::Official);
    let text = "The Harbor Ledger reported that the ferry was sold.";
    assert_eq!(label_of(text, "Ledger"), Label::Named);
}

#[test]
fn a_body_described_as_an_agency_is_official() {
    let text =
        "Valley Transit Services, the agency that runs the ferries, said it would add a boat.";
    assert_eq!(label_of(text, "Valley"), Label::Official);
    let text =
        "The Harbor Policy Center at the Coastal Institution estimates that fares will rise.";
    assert_eq!(label_of(text, "Harbor"), Label::Official);
}

#[test]
fn adding_numbers_and_bylines_are_not_speech() {
    let text = "The port added 1,200 jobs last year.";
    assert_eq!(label_of(text, "port"), Label::Unattributed);
    let text = "Lena Brook reported from Lisbon and Tom Ames from Porto.";
    assert_eq!(label_of(text, "Lisbon"), Label::Unattributed);
    let text = "The Ortiz plan is simple.";
    assert_eq!(label_of(text, "simple"), Label::Unattributed);
}

#[test]
fn a_phrase_opened_by_a_preposition_is_no_speaker_label() {
    let text = "Among the donors to the harbor fund: Lena Brook, Tom Ames and Ana Ortiz.";
    assert_eq!(label_of(text, "donors"), Label::Unattributed);
}

#[test]
fn added_before_a_clause_is_speech() {
    let text = "Ana Ortiz added that the ferry would run all winter.";
    assert_eq!(label_of(text, "winter"), Label::Named);
}

#[test]
fn a_description_between_dashes_is_part_of_the_source() {
    let text = "Brook -- author of a book on ferries -- said the fares would rise.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Named, "{:?}", s.attributions);
    assert_eq!(s.attributions[0].source.resolved, Some("Brook"));
}

#[test]
fn an_inverted_subject_is_not_followed_by_its_own_verb() {
    let text = "Lena Brook, a ferry historian, said the old boats tended to sink.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.attributions.len(), 1);
    assert_eq!(s.attributions[0].source.resolved, Some("Lena Brook"));
    let text = "On Sunday he was in Porto, claiming without evidence that the vote was rigged.";
    let report = audit(text);
    assert!(report.sentences[0]
        .attributions
        .iter()
        .all(|a| a.source.text != "without evidence"));
}

#[test]
fn a_verb_after_to_is_not_part_of_a_relative_antecedent() {
    let text = "The shift is likely to placate nervous Democrats, who have argued that it helps.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.attributions[0].source.text, "who");
    assert_eq!(s.attributions[0].source.resolved, Some("nervous Democrats"));
}

#[test]
fn a_name_after_a_possessive_description_is_the_source() {
    let text = "Ortiz’s longtime colleague, Lena Brook, insists the plan was “reckless.”";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].source.resolved, Some("Lena Brook"));
}

#[test]
fn a_reflexive_after_the_name_keeps_the_source() {
    let text = "Ortiz himself released a statement saying he was “deeply sorry.”";
    assert_eq!(label_of(text, "Ortiz"), Label::Quoted);
}

#[test]
fn a_participle_after_a_clause_is_not_an_appositive() {
    let text =
        "Ana Ortiz, the port's director, dismissed the idea on Sunday, calling it \"absurd.\"";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Quoted);
    assert!(
        s.attributions
            .iter()
            .all(|a| a.source.resolved == Some("Ana Ortiz")),
        "{:?}",
        s.attributions
    );
}

#[test]
fn a_think_tank_does_not_think() {
    let text =
        "\"Fares must fall,\" said Lena Brook, a fellow at the Harbor Fund, a liberal think tank.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Quoted);
    assert_eq!(report.sentences[0].attributions.len(), 1);
}

#[test]
fn claims_of_a_party_are_a_noun() {
    let text = "The site rated 32% of Republican claims as false.";
    let report = audit(text);
    assert!(report.sentences[0]
        .attributions
        .iter()
        .all(|a| a.cue.text != "claims"));
    let text = "A spokeswoman for Ana Ortiz says the ferry will run.";
    assert_eq!(label_of(text, "spokeswoman"), Label::Official);
}

#[test]
fn it_does_not_stand_for_a_plural() {
    let text = "Harbor aides met on Monday. The board released two ads it described as \"closing arguments.\"";
    let report = audit(text);
    let s = sentence(&report, text, "closing");
    assert!(
        s.attributions
            .iter()
            .all(|a| a.source.identity == Identity::Named),
        "{:?}",
        s.attributions
    );
}

#[test]
fn instead_does_not_name_a_source() {
    let text =
        "Ortiz did not answer, and instead argued that the port made a deal “to sell the ferries.”";
    let report = audit(text);
    assert!(report.sentences[0]
        .attributions
        .iter()
        .all(|a| a.source.text != "instead"));
}

#[test]
fn the_accused_are_not_a_source() {
    let text = "The port is preparing fines against a network of shipping firms accused of dumping oil, according to two people familiar with the plan.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.attributions.len(), 1, "{:?}", s.attributions);
    assert_eq!(s.attributions[0].cue.text, "according to");
}

#[test]
fn a_relative_clause_inside_an_appositive_keeps_the_main_cue() {
    let text = "Another official, who asked not to be named, said the list was not final.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(s.attributions.len(), 1, "{:?}", s.attributions);
    assert_eq!(s.attributions[0].cue.text, "said");
}

#[test]
fn first_before_a_past_tense_is_an_adverb() {
    let text = "The Harbor Ledger first reported the sale on Monday, citing unnamed officials.";
    let report = audit(text);
    let cues: Vec<&str> = report.sentences[0]
        .attributions
        .iter()
        .map(|a| a.cue.text)
        .collect();
    assert_eq!(cues, ["reported", "citing"]);
}

/// The labels of every sentence of a fixture article, in order.
fn labels(text: &str) -> Vec<Label> {
    audit(text).sentences.iter().map(|s| s.label).collect()
}

#[test]
fn wire_story_on_sanctions_is_labelled_sentence_by_sentence() {
    use Label::{Anonymous as A, Named as N, Official as O, Quoted as Q, Unattributed as U};
    let text = include_str!("fixtures/wire_sanctions.txt");
    assert_eq!(
        labels(text),
        [U, A, A, U, U, Q, Q, A, Q, N, A, A, A, Q, O, U]
    );
}

#[test]
fn council_story_is_labelled_sentence_by_sentence() {
    use Label::{Anonymous as A, Official as O, Quoted as Q, Unattributed as U};
    let text = include_str!("fixtures/council_libraries.txt");
    assert_eq!(labels(text), [U, O, Q, Q, Q, A, Q, O, A, A, A, O, U, U]);
    // "she" after an unnamed woman is that woman, not the last named one.
    let report = audit(text);
    let s = sentence(&report, text, "only place");
    assert_eq!(s.attributions[0].source.identity, Identity::Anonymous);
}

#[test]
fn a_colon_after_a_cue_verb_is_not_a_second_cue() {
    let text = "Jane Okafor, who chairs the friends group, said: 'This is a betrayal.'";
    let report = audit(text);
    assert_eq!(report.sentences[0].attributions.len(), 1);
}

#[test]
fn senate_story_is_labelled_sentence_by_sentence() {
    use Label::{Anonymous as A, Official as O, Quoted as Q, Unattributed as U};
    let text = include_str!("fixtures/senate_insulin.txt");
    assert_eq!(labels(text), [U, Q, Q, O, A, O, Q, Q, U, O, Q, A, U]);
    let report = audit(text);
    // The party tag is not the name, and "he" finds the senator.
    let s = sentence(&report, text, "fewer cures");
    assert_eq!(s.attributions[0].source.resolved, Some("John Park"));
    assert_eq!(s.attributions[0].source.role, Role::Official);
}

#[test]
fn a_group_with_a_complement_holds_a_feeling() {
    let text = "Republicans on the panel were skeptical.";
    assert_eq!(label_of(text, "skeptical"), Label::Anonymous);
}

#[test]
fn a_participle_or_second_verb_shares_the_main_subject() {
    let text = "Ortiz has tried to use the ad against Brook, accusing her of neglect.";
    let report = audit(text);
    assert_eq!(report.sentences[0].attributions[0].source.text, "Ortiz");
    let text = "Mr. Ames is gloomy about ferries and expects fares to rise.";
    let report = audit(text);
    assert_eq!(report.sentences[0].attributions[0].source.text, "Mr. Ames");
}

#[test]
fn the_head_of_a_source_stands_before_a_trailing_phrase() {
    let text = "A memorable Ortiz ad in 2008 questioned whether Brook was ready.";
    assert_eq!(label_of(text, "memorable"), Label::Official);
}

#[test]
fn an_adverb_inside_a_passive_is_passed() {
    let text = "The sale was first reported by the Harbor Ledger.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.text, "the Harbor Ledger");
    assert_eq!(a.source.role, Role::Media);
}

#[test]
fn a_month_between_subject_and_verb_is_passed() {
    let text = "Federal prosecutors in April charged two developers with fraud.";
    assert_eq!(label_of(text, "prosecutors"), Label::Official);
}

#[test]
fn a_name_after_a_description_heads_the_source() {
    let text = "Ortiz's running mate, Valley Gov. Tom Ames, plans to release his returns soon.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Official, "{:?}", s.attributions);
    assert_eq!(s.attributions[0].source.resolved, Some("Tom Ames"));
}

#[test]
fn an_age_between_commas_is_passed() {
    let text =
        "Brook, 56, who has served on the board for a decade, told reporters the vote was rigged.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Brook")
    );
}

#[test]
fn a_group_doing_something_holds_its_chant() {
    let text = "Protesters marching through the streets chanted \"What curfew?\"";
    assert_eq!(label_of(text, "Protesters"), Label::Anonymous);
}

#[test]
fn an_opening_participle_with_a_quotation_belongs_to_the_main_subject() {
    let text = "Calling Brook \"exactly the partner I need,\" Mayor Ana Ortiz praised the council.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].source.resolved, Some("Ana Ortiz"));
}

#[test]
fn only_a_word_shaped_like_a_verb_starts_a_predicate() {
    let text = "The 1,370 fundraisers -- dubbed \"Harborers\" by the campaign -- raised money from their friends, family members and business associates.";
    let report = audit(text);
    assert!(report.sentences[0]
        .attributions
        .iter()
        .all(|a| a.cue.text != "and"));
}

#[test]
fn the_writer_is_no_source() {
    let text = "Please read the two guides I wrote in 2014 for people in that spot.";
    assert_eq!(label_of(text, "guides"), Label::Unattributed);
}

#[test]
fn a_verb_after_and_inside_a_relative_clause_is_not_the_main_subjects() {
    let text = "The video has become a focus for demonstrators, who have taken to the streets and called for its release.";
    let report = audit(text);
    assert!(
        report.sentences[0]
            .attributions
            .iter()
            .all(|a| a.source.text != "The video"),
        "{:?}",
        report.sentences[0].attributions
    );
}

#[test]
fn a_cue_word_before_a_document_or_after_a_body_is_a_noun() {
    let text = "Ortiz did well in snap polls after the debate.";
    assert_eq!(label_of(text, "snap"), Label::Unattributed);
    let text = "Others could buy a government plan like Medicare.";
    assert_eq!(label_of(text, "Medicare"), Label::Unattributed);
}

#[test]
fn an_inverted_source_close_to_someone_keeps_its_complement() {
    let text = "\"We are in no hurry,\" said a person close to the board.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.text,
        "a person close to the board"
    );
}

#[test]
fn a_participle_after_a_reporting_clause_is_not_the_main_subjects() {
    let text = "The company has hired advisers, the people said, asking not to be named.";
    let report = audit(text);
    assert!(report.sentences[0]
        .attributions
        .iter()
        .all(|a| a.source.text != "The company"));
}

#[test]
fn quantified_groups_and_unnamed_members_hold_feelings() {
    let text = "Many in the small harbor town were outraged at the closure.";
    assert_eq!(label_of(text, "outraged"), Label::Anonymous);
    let text = "Mayor Ana Ortiz spoke on Monday. Ortiz aides were coy about her plans.";
    assert_eq!(label_of(text, "coy"), Label::Anonymous);
}

#[test]
fn a_participle_after_a_subject_with_a_relative_clause_shares_it() {
    let text = "Harbor leaders who have long opposed the plan have embraced it, warning that the port will close.";
    assert_eq!(label_of(text, "warning"), Label::Anonymous);
}

#[test]
fn a_cue_word_after_another_verb_is_its_object() {
    let text = "The release of the harbor files revives questions about the sale.";
    assert_eq!(label_of(text, "revives"), Label::Unattributed);
    let text = "So as they say in the ferry business: stay tuned.";
    assert_eq!(label_of(text, "ferry"), Label::Unattributed);
}

#[test]
fn counted_nouns_and_nouns_after_an_abbreviation_are_not_cues() {
    let text = "But too many calls still roll over to backup centers.";
    assert_eq!(label_of(text, "calls"), Label::Unattributed);
    let text = "The bloc aims to rely less on U.S. support.";
    assert_eq!(label_of(text, "bloc"), Label::Unattributed);
}

#[test]
fn sources_inside_a_speaker_labels_claim_are_not_the_sentences() {
    let text = "Lena Brook: Harbor Voters Worried About the Ferry; It Is ‘in Their Heads.’";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Quoted, "{:?}", s.attributions);
    assert_eq!(s.attributions.len(), 1);
}

#[test]
fn wire_anonymity_phrasings_are_anonymous() {
    for text in [
        "The plan was approved, a person who declined to be identified said.",
        "The ministry is preparing a bid, according to documents seen by the Harbor Ledger.",
        "The deal is close, said a person with knowledge of the talks.",
        "The firm will cut jobs, according to people briefed on the plan.",
        "Traders said prices would rise.",
    ] {
        let report = audit(text);
        assert_eq!(report.sentences[0].label, Label::Anonymous, "{text}");
    }
    let report = audit("The plan was approved, a person who declined to be identified said.");
    assert_eq!(
        report.sentences[0].attributions[0].source.text,
        "a person who declined to be identified"
    );
}

#[test]
fn two_people_with_one_surname_stay_apart() {
    let text =
        "Mayor Ana Ortiz spoke first. Luis Ortiz watched from the front row and said he was proud.";
    let report = audit(text);
    let s = sentence(&report, text, "front row");
    assert_eq!(s.attributions[0].source.resolved, Some("Luis Ortiz"));
    assert_eq!(s.label, Label::Named);
}

#[test]
fn he_prefers_the_last_speaker_to_a_name_only_mentioned() {
    let text = "Mayor Tom Ortiz said the ferry would run. He praised the old bridge built by Abraham Lincoln. He added that fares would fall.";
    let report = audit(text);
    let s = sentence(&report, text, "fares would fall");
    assert_eq!(s.attributions[0].source.resolved, Some("Tom Ortiz"));
    assert_eq!(s.label, Label::Official);
}

/// The source of `needle`'s sentence's first attribution.
fn first_source<'t>(report: &Report<'t>, text: &str, needle: &str) -> Option<&'t str> {
    sentence(report, text, needle)
        .attributions
        .first()
        .map(|a| a.source.text)
}

#[test]
fn a_reduced_relative_clause_stands_between_subject_and_verb() {
    let text = "A harbour survey released on Friday shows that traffic fell by a third.\n\n\
                New ferry figures out this week show the same.\n\n\
                A study conducted by the Coastal Institute found that fares doubled.";
    let report = audit(text);
    assert_eq!(
        first_source(&report, text, "traffic fell"),
        Some("A harbour survey")
    );
    assert_eq!(
        first_source(&report, text, "the same"),
        Some("New ferry figures")
    );
    // (A clause that names its maker is the mention's: the maker is the
    // source, as the dev set's annotators have it.)
    assert_eq!(
        first_source(&report, text, "fares doubled"),
        Some("A study conducted by the Coastal Institute")
    );
    assert_eq!(label_of(text, "fares doubled"), Label::Official);
}

#[test]
fn a_clause_after_a_participle_is_not_a_reduced_relative() {
    // "watched" is the main verb, not a participle: Lima does not say no.
    let text = "Ana Lima watched the mayor say no to the plan.";
    let report = audit(text);
    assert_ne!(first_source(&report, text, "watched"), Some("Ana Lima"));
}

#[test]
fn a_trailing_tag_frames_the_stance_before_it() {
    let text = "Ana Lima spoke for the ferry union on Monday.\n\n\
                Commuters want a later ferry, she said.\n\n\
                Many riders feel ignored, says Hugh Hill.";
    let report = audit(text);
    let s = sentence(&report, text, "later ferry");
    let sources = sources_of(s);
    assert_eq!(sources, ["she"]);
    assert_eq!(s.attributions[0].source.resolved, Some("Ana Lima"));
    assert_eq!(s.label, Label::Named);
    let s = sentence(&report, text, "feel ignored");
    let sources = sources_of(s);
    assert_eq!(sources, ["Hugh Hill"]);
}

#[test]
fn a_trailing_tag_keeps_the_speech_it_relays() {
    let text = "Officials said the ferry deal collapsed, the Coastal Ledger reported.";
    let report = audit(text);
    let s = &report.sentences[0];
    let sources = sources_of(s);
    assert_eq!(sources, ["Officials", "the Coastal Ledger"]);
    assert_eq!(s.label, Label::Anonymous);
}

#[test]
fn a_participle_in_an_opening_phrase_describes_its_noun() {
    let text = "In a letter posted on Friday, Ana Lima said the ferry would run.";
    let report = audit(text);
    let s = &report.sentences[0];
    let sources = sources_of(s);
    assert_eq!(sources, ["Ana Lima"]);
    assert_eq!(s.label, Label::Named);
}

#[test]
fn a_clause_after_though_or_a_dash_has_its_own_source() {
    let text =
        "Ana Lima said fares would rise, though officials noted that the fund was empty.\n\n\
                Hugh Hill said the pier was safe -- and critics warned that it was not.";
    let report = audit(text);
    for (needle, second) in [
        ("fund was empty", "officials"),
        ("pier was safe", "critics"),
    ] {
        let s = sentence(&report, text, needle);
        let sources = sources_of(s);
        assert_eq!(sources.len(), 2, "{sources:?}");
        assert_eq!(sources[1], second);
        assert_eq!(s.label, Label::Anonymous);
    }
}

#[test]
fn officials_declining_to_comment_leave_the_sentence_unattributed() {
    let text = "Officials at the port authority declined to comment.\n\n\
                Several council members refused to say how they would vote.";
    let report = audit(text);
    for s in &report.sentences {
        assert_eq!(s.label, Label::Unattributed, "{:?}", s.attributions);
    }
}

#[test]
fn unnamed_people_described_by_a_place_resolve_to_no_name() {
    let text = "Two Oregon residents said the ferry fund was empty.";
    let report = audit(text);
    let source = &report.sentences[0].attributions[0].source;
    assert_eq!(source.text, "Two Oregon residents");
    assert_eq!(source.identity, Identity::Anonymous);
    assert_eq!(source.resolved, None);
    assert!(report.sources.iter().all(|s| s.name != "Oregon"));
}

#[test]
fn an_inverted_source_described_by_a_participle_is_found() {
    let text = "\"The pier will close,\" said one engineer involved in the survey.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.attributions[0].source.text, "one engineer");
    assert_eq!(s.attributions[0].source.identity, Identity::Anonymous);
    assert_eq!(s.label, Label::Anonymous);
}

#[test]
fn a_source_who_declined_to_be_named_is_anonymous() {
    for clause in [
        "who declined to be named",
        "who asked not to be identified",
        "speaking without being named",
    ] {
        let text = format!("The diplomat, {clause}, said the talks had stalled.");
        let report = audit(&text);
        let s = &report.sentences[0];
        assert_eq!(s.label, Label::Anonymous, "{clause}: {:?}", s.attributions);
    }
}

#[test]
fn a_relative_clause_after_any_noun_marks_a_person_source() {
    let text = "The surveyor, who was on the pier, said the pylons had cracked.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.attributions[0].source.text, "The surveyor");
    assert_ne!(s.label, Label::Unattributed);
}

#[test]
fn tax_returns_and_court_papers_are_documents() {
    let text = "The ferry operator lost money for a decade, tax returns show.\n\n\
                The harbour master sold the pier in 2019, court papers show.";
    let report = audit(text);
    for s in &report.sentences {
        let a = &s.attributions[0];
        assert_eq!(a.source.role, Role::Document, "{:?}", a.source);
        assert_eq!(s.label, Label::Anonymous);
    }
}

#[test]
fn credit_lines_attribute_nothing() {
    let text = "Ana Lima and Hugh Hill contributed reporting.\n\n\
                (Reporting by Ana Lima; editing by Hugh Hill)\n\n\
                Hugh Hill reported from Lisbon.";
    let report = audit(text);
    for s in &report.sentences {
        assert_eq!(s.label, Label::Unattributed, "{:?}", s.attributions);
    }
    let text = "The ferry is late, according to reporting by the Coastal Ledger.";
    assert_eq!(label_of(text, "ferry"), Label::Named);
}

#[test]
fn a_plural_noun_before_a_plural_verb_is_no_cue() {
    let text = "Safety worries have dogged the ferry for years.";
    assert_eq!(label_of(text, "worries"), Label::Unattributed);
}

#[test]
fn a_short_quoted_sentence_continues_the_speaker_before_it() {
    let text = "\"The pier is rotten,\" a fisherman told the Ledger. \"We are scared.\"";
    let report = audit(text);
    let s = sentence(&report, text, "We are scared");
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(s.attributions[0].source.text, "a fisherman");
    assert_eq!(s.attributions[0].mode, Mode::Direct);
}

#[test]
fn a_relative_of_someone_unnamed_is_anonymous() {
    let text = "The driver's brother said the van had no brakes.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.attributions[0].source.identity, Identity::Anonymous);
    assert_eq!(s.label, Label::Anonymous);
}

#[test]
fn a_document_of_a_body_named_by_its_noun_is_official() {
    assert_eq!(
        label_of(
            "According to a police report, the ferry hit the pier.",
            "ferry"
        ),
        Label::Official
    );
    assert_eq!(
        label_of("A new report found that the ferry hit the pier.", "ferry"),
        Label::Anonymous
    );
}

#[test]
fn a_group_doing_something_is_no_source_but_a_group_feeling_is() {
    assert_eq!(
        label_of(
            "Half a dozen students attended the first meeting.",
            "students"
        ),
        Label::Unattributed
    );
    assert_eq!(
        label_of("Many commuters are worried about the fares.", "commuters"),
        Label::Anonymous
    );
}

#[test]
fn an_agentless_report_is_a_hedge_not_a_source() {
    let text = "It was reported that the harbour master had resigned.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Unattributed);
    assert!(s.attributions.is_empty());
    let hedges: Vec<&str> = s.hedges.iter().map(|h| h.text).collect();
    assert_eq!(hedges, ["It was reported"]);
}

#[test]
fn a_trailing_according_to_frames_the_stance_before_it() {
    let text = "The ferry operator plans to cut 200 jobs, according to the Coastal Ledger.";
    let report = audit(text);
    let s = &report.sentences[0];
    let sources = sources_of(s);
    assert_eq!(sources, ["the Coastal Ledger"]);
    assert_eq!(s.label, Label::Named);
}

#[test]
fn referring_questions_elsewhere_is_no_claim() {
    let text = "The port authority referred questions to the ministry.";
    assert_eq!(label_of(text, "referred"), Label::Unattributed);
}

#[test]
fn a_trailing_participle_takes_the_subject_past_an_adverb() {
    let text = "The mayor often sides with the unions, saying the port needs their crews.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["The mayor"]);
    assert_eq!(report.sentences[0].label, Label::Official);
}

#[test]
fn a_trailing_participle_takes_the_subject_of_an_irregular_verb() {
    let text = "Okafor and Lind cast the vote as a rescue, saying the mill would close without it.";
    let report = audit(text);
    // (Casting the vote as a rescue is a view of theirs too.)
    let sources = sources_of(&report.sentences[0]);
    assert!(sources.contains(&"Okafor and Lind"), "{sources:?}");
    assert!(
        sources.iter().all(|s| *s == "Okafor and Lind"),
        "{sources:?}"
    );
    assert_eq!(report.sentences[0].label, Label::Named);
}

#[test]
fn a_told_tag_with_its_listener_frames_the_stance_before_it() {
    let text = "Vega is not planning a run, her chief of staff, Rui Costa, told the Harbour Gazette on Monday.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["her chief of staff, Rui Costa"]);
    assert_eq!(s.label, Label::Official);
}

#[test]
fn a_share_of_a_group_is_an_unnamed_group() {
    let text = "A majority of dock workers say the strike will last. Fifty-five percent of respondents said the fares were too high.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["A majority of dock workers"]
    );
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(
        sources_of(&report.sentences[1]),
        ["Fifty-five percent of respondents"]
    );
    assert_eq!(report.sentences[1].label, Label::Anonymous);
}

#[test]
fn a_capitalised_count_of_people_is_no_name() {
    let text = "The drivers met on Friday. Dozens said they had been sacked. Half said they would \
                not vote. Hundreds of riders said the buses were late.";
    let report = audit(text);
    for (i, source) in [(1, "Dozens"), (2, "Half"), (3, "Hundreds of riders")] {
        let s = &report.sentences[i];
        assert_eq!(sources_of(s), [source]);
        assert_eq!(s.label, Label::Anonymous, "{source}");
    }
}

#[test]
fn a_share_in_percent_signs_of_a_group_is_an_unnamed_group() {
    let text = "About 40% of drivers say the fares are too high. To make matters worse 90% of \
                riders said the buses were late. Almost 50% of those questioned said they would \
                walk. Only 34% said so.";
    let report = audit(text);
    let expected = [
        "About 40% of drivers",
        "90% of riders",
        "Almost 50% of those questioned",
    ];
    for (s, source) in report.sentences.iter().zip(expected) {
        assert_eq!(sources_of(s), [source]);
        assert_eq!(s.label, Label::Anonymous, "{source}");
    }
    // A bare share stays a tally, as "62 percent said" does.
    assert_eq!(report.sentences[3].label, Label::Unattributed);
}

#[test]
fn a_share_of_people_placed_in_an_unnamed_poll_is_the_source() {
    let text = "Some 63% of respondents in an online poll thought the mayor had erred. \
                About 28% of the bosses polled for the survey say rents are too high. \
                Half of voters in Ohio say the bridge should close.";
    let report = audit(text);
    let expected = [
        "Some 63% of respondents",
        "About 28% of the bosses polled",
        "Half of voters",
    ];
    for (s, source) in report.sentences.iter().zip(expected) {
        assert_eq!(sources_of(s), [source]);
        assert_eq!(s.label, Label::Anonymous, "{source}");
    }
}

#[test]
fn a_share_of_people_in_a_poll_its_author_names_gives_the_polls_findings() {
    let text = "Some 63% of respondents in the Harbour Gazette poll thought the mayor had erred. \
                Fully 70 percent of voters in a recent Channel 9 News poll said the bridge \
                should close. \
                A Harbour Gazette poll last week found that 58 percent of residents want a ferry. \
                In a Reuters survey released on Monday, 41 percent of drivers said the \
                tolls were too high.";
    let report = audit(text);
    let expected: [&[&str]; 4] = [
        &["the Harbour Gazette poll"],
        &["a recent Channel 9 News poll"],
        &["A Harbour Gazette poll"],
        &["a Reuters survey"],
    ];
    for (s, sources) in report.sentences.iter().zip(expected) {
        assert_eq!(sources_of(s), sources);
        assert_ne!(s.label, Label::Anonymous, "{}", &text[s.start..s.end]);
    }
}

#[test]
fn a_fraction_or_a_share_per_cent_is_no_name() {
    let text = "Three-quarters said the mayor should go. Thirty per cent said he would return.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["Three-quarters"]);
    assert_eq!(s.attributions[0].source.resolved, None);
    assert_eq!(s.label, Label::Anonymous);
    // A bare share in per cent is a tally, as one in percent is.
    assert_eq!(report.sentences[1].label, Label::Unattributed);
}

#[test]
fn those_a_poll_asked_are_unnamed_people() {
    let text = "Those surveyed said the fares were too high. By a wide margin, those polled say \
                the line should stay open.";
    for s in &audit(text).sentences {
        assert_eq!(s.label, Label::Anonymous, "{}", &text[s.start..s.end]);
    }
}

#[test]
fn a_people_named_by_its_place_is_an_unnamed_group() {
    let text = "Europeans said the size of a phone mattered most. Only 13% of Britons wanted to \
                watch video. 32 percent of British Columbians opposed the tax. The Evans said \
                they were delighted.";
    let report = audit(text);
    for s in &report.sentences[..3] {
        assert_eq!(s.label, Label::Anonymous, "{}", &text[s.start..s.end]);
    }
    // A family is people the reader can look up.
    assert_eq!(report.sentences[3].label, Label::Named);
}

#[test]
fn a_nickname_in_quotation_marks_stays_inside_the_name() {
    let text = "Juan \"Chico\" Reyes of Oakland carried one of the photos. \"I cried the whole \
                parade,\" he said. Later, Reyes said he was tired.";
    let report = audit(text);
    let resolved = |i: usize| report.sentences[i].attributions[0].source.resolved;
    assert_eq!(resolved(1), Some("Juan \"Chico\" Reyes"));
    assert_eq!(resolved(2), resolved(1));
}

#[test]
fn a_call_sign_is_a_station_not_a_person() {
    let text = "Marchers carried roses, KQRT-TV reported. Ana Ruiz of Tacoma held a photo. \
                \"I cried,\" she said. Tom Hale carried a flag. \"It was moving,\" he said.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!((a.source.text, a.source.role), ("KQRT-TV", Role::Media));
    assert_eq!(
        report.sentences[4].attributions[0].source.resolved,
        Some("Tom Hale")
    );
}

#[test]
fn a_rank_abbreviated_in_two_words_is_no_name() {
    let text = "Mary Hollis lost her husband in 2012. The gift was fitting, and it would have \
                been an insult to retired Lt. Col. Louis Darrow to refuse it. She noted that \
                many people visit the grave.";
    let report = audit(text);
    assert_eq!(
        report.sentences[2].attributions[0].source.resolved,
        Some("Mary Hollis")
    );
}

#[test]
fn adding_or_repeating_a_deed_is_no_claim() {
    let text = "Larkin again added the extras. The two actors have repeated their success in \
                January. The band would play on Friday, added the spokesman. Mr Hale added the \
                plan was sound. Ms Ruiz repeated her claim that the vote was rigged.";
    let report = audit(text);
    assert_unattributed(&report, text, &["the extras", "their success"]);
    for needle in ["the spokesman", "was sound", "her claim"] {
        assert_ne!(label_of(text, needle), Label::Unattributed, "{needle}");
    }
    assert_eq!(report.sentences.len(), 5);
}

#[test]
fn a_body_a_name_owns_is_the_source_not_the_name() {
    let text = "Hillary Clinton's campaign said the ad was false. The campaign added that it \
                would sue. German police said the roads were closed. Mr Lind tweaked his campaign \
                and said it would go on.";
    let report = audit(text);
    let resolved = |i: usize| report.sentences[i].attributions[0].source.resolved;
    assert_eq!(resolved(0), Some("Hillary Clinton's campaign"));
    assert_eq!(resolved(1), resolved(0));
    assert_eq!(resolved(2), Some("German police"));
    assert_eq!(report.sentences[0].label, Label::Official);
}

#[test]
fn a_described_subject_after_the_verb_closes_the_sentence() {
    let text = "Two former directors, Ann Lee and Bo Kim, remain defendants in the case, said \
                the newspaper. Wine sales in Peru are still low, said the US Agriculture \
                Department. Ms Ruiz, who runs the shop, said the rent rose.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["the newspaper"]);
    assert_eq!(
        sources_of(&report.sentences[1]),
        ["the US Agriculture Department"]
    );
    assert_eq!(report.sentences[1].label, Label::Official);
    // The verb's own content, not an inverted subject.
    assert_eq!(sources_of(&report.sentences[2]), ["Ms Ruiz"]);
}

#[test]
fn a_comma_typed_between_a_name_and_told_keeps_the_name() {
    let text = "\"Prices will fall,\" shop owner Hayriye Evren, told Reuters. \"People will feel \
                it.\"";
    let report = audit(text);
    for s in &report.sentences {
        assert_eq!(sources_of(s), ["shop owner Hayriye Evren"]);
        assert_eq!(s.label, Label::Quoted);
    }
}

#[test]
fn a_party_tag_before_an_aside_or_a_description_is_the_names() {
    let text = "Sen. Mark Udall, D-Colo., appearing on CNN after the speech, said the plan \
                failed. Sen. Ann Hale, R-S.C., a long-shot candidate, said the plan works.";
    let report = audit(text);
    let resolved: Vec<_> = report
        .sentences
        .iter()
        .map(|s| s.attributions[0].source.resolved)
        .collect();
    assert_eq!(resolved, [Some("Mark Udall"), Some("Ann Hale")]);
    assert!(report.sentences.iter().all(|s| s.label == Label::Official));
}

#[test]
fn a_name_between_dashes_identifies_the_one_described() {
    let text = "A former presidential candidate -- John Hale, who lost the 2008 race -- said the \
                plan \"changes nothing.\" The trilogy - Northern Lights, The Subtle Knife and The \
                Amber Spyglass - tell the story of a girl.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.attributions[0].source.resolved, Some("John Hale"));
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(report.sentences[1].label, Label::Unattributed);
}

#[test]
fn a_description_missing_its_closing_comma_still_follows_the_name() {
    let text = "Lisa Hart, head of policy at the Terrence Higgins Trust said the rule was \
                wrong. \"We will see it here,\" Adam Hume, the network's futurologist told the \
                meeting. He Needs The Oval Office, more support said nothing.";
    let report = audit(text);
    let resolved = |i: usize| report.sentences[i].attributions[0].source.resolved;
    assert_eq!(resolved(0), Some("Lisa Hart"));
    assert_eq!(resolved(1), Some("Adam Hume"));
}

#[test]
fn and_inside_a_description_joins_no_names() {
    let text = "Mark Serwotka, the leader of the Public and Commercial Services Union, said \
                jobs were at risk. Dianne Feinstein, Patrick Leahy and Ben Cardin said the \
                letter was troubling.";
    let report = audit(text);
    let resolved = |i: usize| report.sentences[i].attributions[0].source.resolved;
    assert_eq!(resolved(0), Some("Mark Serwotka"));
    assert_eq!(
        resolved(1),
        Some("Dianne Feinstein, Patrick Leahy and Ben Cardin")
    );
}

#[test]
fn an_invisible_mark_before_a_quotation_mark_hides_no_quotation() {
    // U+202A (a direction embedding) pasted before a ” that opens the quote.
    let text = "Her post drew replies.\n\n\u{202a}\u{201d}This is why the plan failed. It was \
                doomed,\u{201d} wrote Pete Hale.";
    let report = audit(text);
    for s in &report.sentences[1..] {
        assert_eq!(s.label, Label::Quoted, "{}", &text[s.start..s.end]);
        assert_eq!(s.attributions[0].mode, Mode::Direct);
    }
}

#[test]
fn a_website_speaks_for_its_owner() {
    let text = "Traffic monitor OneStat.com has reported that the browser gained users. \
                Mozilla.org said that five million people downloaded it.";
    for s in &audit(text).sentences {
        assert_eq!(s.label, Label::Official, "{}", &text[s.start..s.end]);
        assert_eq!(s.attributions[0].source.role, Role::Official);
    }
}

#[test]
fn common_given_names_and_short_forms_introduce_people() {
    let text = "Daniela Hantuchova beat Gisela Dulko in the final. Hantuchova hit back to take \
                the match. \"I was nervous,\" she said.";
    let report = audit(text);
    assert_eq!(
        report.sentences[2].attributions[0].source.resolved,
        Some("Daniela Hantuchova")
    );
    // A name given to women and men alike tells no gender: "he" and "she"
    // may both stand for Sam Reyes.
    let text = "Sam Reyes spoke first. \"We lost,\" she said.";
    let report = audit(text);
    assert_eq!(
        report.sentences[1].attributions[0].source.resolved,
        Some("Sam Reyes")
    );
}

#[test]
fn a_handle_after_a_dash_signs_a_post() {
    let text = "\"Very good reporter, this guy.\" \u{2013}@realDonaldTrump taking a question.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["@realDonaldTrump"]);
    assert_eq!(s.label, Label::Quoted);
}

#[test]
fn a_handle_spelling_a_known_name_resolves_to_the_person() {
    let text = "Donald J. Trump praised the reporter. \"Very good reporter, this guy.\" \
                \u{2013}@realDonaldTrump taking a question.";
    let report = audit(text);
    let a = &report.sentences[1].attributions[0];
    assert_eq!(a.source.text, "@realDonaldTrump");
    assert_eq!(a.source.resolved, Some("Donald J. Trump"));
}

#[test]
fn a_headline_verb_inside_a_colon_label_is_the_cue() {
    let text = "Donald Lane Praises Gazette Editor Matthew Boyle: 'Very Good Reporter.'\n\nThe \
                rally was large.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Donald Lane"]);
}

#[test]
fn according_to_an_index_names_a_document() {
    let text = "The tax would raise little, according to one global index.";
    assert_ne!(label_of(text, "index"), Label::Unattributed);
}

#[test]
fn forecast_is_a_verb_of_its_subject_and_a_noun_after_a_preposition() {
    let text = "Growth will slow to 2% next year, Mr Brown forecast. The Bank of England \
                forecasts growth of 2%. Growth was ahead of IMF forecasts. The figure is in line \
                with Treasury and Bank of England forecasts. Profits beat analyst forecasts. \
                Most forecast models give Ms Lee the edge.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Named);
    assert_eq!(report.sentences[1].label, Label::Official);
    assert_unattributed(&report, text, &["IMF", "in line", "analyst", "models"]);
}

#[test]
fn the_firm_is_the_company_named_by_one_word_before_it() {
    let text = "Kestrix believes growth will slow this year. Rates will fall by the end of the \
                year, the firm claims.";
    let report = audit(text);
    let a = &report.sentences[1].attributions[0];
    assert_eq!(a.source.resolved, Some("Kestrix"));
    assert_eq!(report.sentences[1].label, Label::Official);
}

#[test]
fn a_generic_wish_in_a_free_relative_is_no_claim() {
    let text = "People can watch what they want, when they want. Democrats focused on \
                what they said was the need for tolerance.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Unattributed);
    assert_ne!(report.sentences[1].label, Label::Unattributed);
}

#[test]
fn the_first_word_of_a_bodys_name_stands_for_the_body() {
    let text = "The Kestrel Foundation said downloads rose. Kestrel said that five million \
                people downloaded it. The Lane Foundation gave $5m. Mary Lane spoke. Lane said \
                the fund helped.";
    let report = audit(text);
    let s = sentence(&report, text, "five million");
    assert_eq!(s.attributions[0].source.role, Role::Official);
    assert_eq!(s.label, Label::Official);
    // A person of that name is known: the surname stays hers.
    assert_eq!(label_of(text, "fund helped"), Label::Named);
}

#[test]
fn one_source_written_in_other_case_or_with_a_possessive_is_one_row() {
    let text = "Lena Voss Campaign Says It Raised Millions. Lena Voss's campaign said it raised \
                $50m.";
    let report = audit(text);
    assert_eq!(report.sources.len(), 1, "{:?}", report.sources);
    assert_eq!(report.sources[0].claims, 2);
}

#[test]
fn a_generational_suffix_or_an_age_still_lets_the_surname_find_the_person() {
    let text = "Joseph R. Dunne Jr. spoke on Monday. Mr. Dunne said he would go. Robyn Gedrich, \
                23, joined the app in May. Ms. Gedrich said she sent 50 messages a day. Donald \
                Dunne III said the trip was a mistake.";
    let report = audit(text);
    let resolved = |needle: &str| {
        sentence(&report, text, needle).attributions[0]
            .source
            .resolved
    };
    assert_eq!(resolved("would go"), Some("Joseph R. Dunne Jr"));
    assert_eq!(resolved("messages"), Some("Robyn Gedrich"));
    // A son of the same surname and a suffix is another person.
    assert_eq!(resolved("mistake"), Some("Donald Dunne III"));
}

#[test]
fn a_bare_share_stays_a_tally() {
    let text = "In the survey, 62 percent said the fares were too high.";
    assert_eq!(label_of(text, "62 percent"), Label::Unattributed);
}

#[test]
fn joint_pollsters_joined_by_a_slash_are_one_source() {
    let text = "A new Harbour Gazette/Civic Data poll shows the mayor trailing. \
                The race is close, according to a Valley Times/KXRT poll released last week.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["A new Harbour Gazette/Civic Data poll"]
    );
    assert_eq!(
        sources_of(&report.sentences[1]),
        ["a Valley Times/KXRT poll"]
    );
}

#[test]
fn speechwriters_imploring_are_an_unnamed_group() {
    let text = "Two former speechwriters implored the senator to drop the line.";
    assert_eq!(label_of(text, "implored"), Label::Anonymous);
}

#[test]
fn a_block_quotation_after_an_introduction_is_all_the_speakers() {
    let text = "The harbourmaster spoke after the vote. Okafor added:\n\n\
                The board never read the survey. It knows nothing about tides. \
                Engineers warned them for years.\n\n\
                The council meets again in May.";
    let report = audit(text);
    for needle in ["never read", "knows nothing", "Engineers warned"] {
        let s = sentence(&report, text, needle);
        assert_eq!(sources_of(s), ["Okafor"], "{needle}");
        assert_eq!(s.label, Label::Named, "{needle}");
    }
    assert_eq!(label_of(text, "meets again"), Label::Unattributed);
}

#[test]
fn a_raised_passive_after_a_noun_is_no_source() {
    let text = "The senators revived a bill widely believed to be dead.";
    let report = audit(text);
    assert!(
        report.sentences[0].attributions.is_empty(),
        "{:?}",
        sources_of(&report.sentences[0])
    );
    assert_eq!(report.sentences[0].label, Label::Unattributed);
}

#[test]
fn where_a_body_is_based_is_no_claim() {
    let text = "Marlow Freight, the shipping firm based in Porto, moved its depot.";
    assert_eq!(label_of(text, "Porto"), Label::Unattributed);
}

#[test]
fn the_poll_stands_for_the_last_poll_cited() {
    let text = "A Reuters poll showed the mayor ahead. \
                The lead is four points, according to the poll. \
                A new poll shows a tie. The poll found voters split.";
    let report = audit(text);
    let gazette = sentence(&report, text, "four points");
    assert_eq!(gazette.attributions[0].source.resolved, Some("Reuters"));
    assert_eq!(gazette.attributions[0].source.role, Role::Media);
    assert_eq!(gazette.label, Label::Named);
    let unnamed = sentence(&report, text, "voters split");
    assert_eq!(unnamed.attributions[0].source.identity, Identity::Anonymous);
    assert_eq!(unnamed.attributions[0].source.resolved, Some("A new poll"));
    assert_eq!(unnamed.label, Label::Anonymous);
}

#[test]
fn a_relative_pronoun_is_the_mention_and_resolves_to_its_antecedent() {
    let text = "The levy drew fire from fishermen, who say it will sink them. \
                The audit was run by the Harbour Trust, which said costs rose.";
    let report = audit(text);
    let who = &sentence(&report, text, "sink them").attributions[0];
    assert_eq!(who.source.text, "who");
    assert_eq!(who.source.resolved, Some("fishermen"));
    assert_eq!(who.source.identity, Identity::Anonymous);
    let which = sentence(&report, text, "costs rose");
    assert_eq!(which.attributions[0].source.text, "which");
    assert_eq!(which.attributions[0].source.resolved, Some("Harbour Trust"));
    assert_eq!(which.attributions[0].source.role, Role::Official);
    assert_eq!(which.label, Label::Official);
}

#[test]
fn a_tag_followed_by_a_time_or_place_still_frames_the_stance() {
    let text = "Dock workers want a new crane, their union leader said in an interview on Monday.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["their union leader"]);
}

#[test]
fn a_spokesman_with_the_office_unsaid_speaks_on_the_record() {
    let text = "The ferry line will add a night sailing, a spokesman announced Monday.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.attributions[0].source.identity, Identity::Named);
    assert_eq!(s.label, Label::Official);
}

#[test]
fn a_quoted_question_before_a_speaker_who_fumed_is_one_sentence() {
    let text = "\"Are we still arguing about the ferry?\" Mr. Okafor fumed, waving the report.";
    let report = audit(text);
    assert_eq!(report.sentences.len(), 1);
    assert_eq!(report.sentences[0].label, Label::Quoted);
}

#[test]
fn a_delegate_title_does_not_end_the_sentence() {
    let text = "State Del. Rosa Lind said the bridge would close.";
    let report = audit(text);
    assert_eq!(report.sentences.len(), 1);
    assert_eq!(report.sentences[0].label, Label::Official);
}

#[test]
fn a_participle_after_a_cited_document_describes_it() {
    let text = "The firm paid the consultants twice, according to internal Marlow documents made public in a lawsuit.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["internal Marlow documents"]);
    assert_eq!(s.attributions[0].source.role, Role::Document);
    assert_eq!(s.label, Label::Official);
}

#[test]
fn a_document_before_of_heads_the_phrase() {
    let text =
        "The company is worthless, according to the bankruptcy filing of its chief executive.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.attributions[0].source.role, Role::Document);
    assert_eq!(s.label, Label::Official);
}

#[test]
fn unnamed_members_of_an_abbreviated_body_are_anonymous() {
    let text = "Other E.U. leaders have proposed a joint coast guard.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.identity,
        Identity::Anonymous
    );
    assert_eq!(report.sentences[0].label, Label::Anonymous);
}

#[test]
fn polls_in_a_country_have_no_stated_author() {
    let text = "Recent polls in France and Spain have shown the same swing.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
}

#[test]
fn they_and_the_two_stand_for_people_named_together() {
    let text = "Ms. Okafor and Mr. Lind say the levy is unfair. \
                It will sink the fleet, they say. \
                The two councillors said the vote was rushed.";
    let report = audit(text);
    let named = &sentence(&report, text, "is unfair").attributions[0];
    assert_eq!(named.source.resolved, Some("Ms. Okafor and Mr. Lind"));
    let they = &sentence(&report, text, "sink the fleet").attributions[0];
    assert_eq!(they.source.resolved, Some("Ms. Okafor and Mr. Lind"));
    assert_eq!(they.source.identity, Identity::Named);
    let two = &sentence(&report, text, "rushed").attributions[0];
    assert_eq!(two.source.resolved, Some("Ms. Okafor and Mr. Lind"));
    assert_eq!(label_of(text, "sink the fleet"), Label::Named);
}

#[test]
fn a_participle_after_a_tag_shares_the_tags_source() {
    let text = "Fishermen have gone quiet, Mayor Ana Ruiz said on Tuesday, wondering why they stayed home.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert!(
        sources_of(s).iter().all(|t| t.contains("Ana Ruiz")),
        "{:?}",
        sources_of(s)
    );
    assert_eq!(s.label, Label::Official);
}

#[test]
fn a_scare_quote_does_not_take_over_a_running_quotation() {
    let text = "“The audit shows real waste,” Okafor said, though officials have not said the fund is “failing.” \
                “We will publish every line of it.”";
    let report = audit(text);
    let s = sentence(&report, text, "publish every line");
    assert_eq!(sources_of(s), ["Okafor"]);
    assert_eq!(s.label, Label::Quoted);
}

#[test]
fn continuing_to_do_something_is_no_speech() {
    let text = "The ferry company continued to run night sailings through the storm.";
    let report = audit(text);
    assert!(
        report.sentences[0].attributions.is_empty(),
        "{:?}",
        sources_of(&report.sentences[0])
    );
}

#[test]
fn an_inverted_tag_after_a_comma_names_its_subject_after_the_verb() {
    let text = "The race will be decided by voters like Ana Ek, who lives by the bridge, says Rosa Lind, a strategist for the council.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Rosa Lind, a strategist for the council"]
    );
}

#[test]
fn a_day_after_an_inverted_verb_is_no_subject() {
    let text = "“The levy will pass,” Mayor Ana Ruiz, a Democrat, said Tuesday.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Mayor Ana Ruiz, a Democrat"]
    );
}

#[test]
fn citing_things_with_a_capitalised_complement_names_no_source() {
    let text = "The brochure cites its past projects for a Porto hotel chain.";
    let report = audit(text);
    // What the brochure cites is no source; the brochure, citing, is one.
    assert_eq!(sources_of(&report.sentences[0]), ["The brochure"]);
}

#[test]
fn a_participle_with_its_agent_is_a_passive() {
    let text = "The levy, though questioned by critics, passed.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["critics"]);
    assert_eq!(s.label, Label::Anonymous);
}

#[test]
fn a_trader_who_asked_not_to_be_named_is_anonymous() {
    let text =
        "\"Everyone wants cargoes now,\" said a Porto-based trader who asked not to be named. \
                \"Nobody will sell.\"";
    let report = audit(text);
    for s in &report.sentences {
        assert_eq!(s.label, Label::Anonymous);
        assert_eq!(
            s.attributions[0].source.text,
            "a Porto-based trader who asked not to be named"
        );
    }
}

#[test]
fn speaking_on_condition_of_anonymity_attributes_nothing_itself() {
    let text = "Former aides, who spoke on condition of anonymity, traded messages all night.";
    let report = audit(text);
    assert!(
        report.sentences[0].attributions.is_empty(),
        "{:?}",
        sources_of(&report.sentences[0])
    );
}

#[test]
fn the_lender_is_a_body_speaking_as_such() {
    let text = "Harbour Bank will close 40 branches, the lender said on Thursday.";
    assert_eq!(label_of(text, "lender"), Label::Official);
}

#[test]
fn a_subject_with_a_relative_clause_keeps_its_head() {
    let text = "Fishermen who worked the bay for decades warn that the reef is dying.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Fishermen who worked the bay for decades"]
    );
    assert_eq!(report.sentences[0].label, Label::Anonymous);
}

#[test]
fn a_group_unsettled_holds_a_position() {
    let text = "Shop owners have been unsettled by the roadworks.";
    assert_eq!(label_of(text, "roadworks"), Label::Anonymous);
}

#[test]
fn a_present_participle_clause_stands_between_subject_and_verb() {
    let text = "Dock workers representing three unions warned that the port would stop.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Dock workers"]);
    let poll = "An online tracking poll showed the race tightening.";
    let report = audit(poll);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["An online tracking poll"]
    );
}

#[test]
fn the_newspaper_stands_for_the_outlet_named_before() {
    let text = "The fares will rise, according to Reuters. \
                The increase was approved in March, the news agency reported.";
    let report = audit(text);
    let later = &sentence(&report, text, "approved").attributions[0];
    assert_eq!(later.source.resolved, Some("Reuters"));
    assert_eq!(
        report
            .sources
            .iter()
            .filter(|r| r.name == "Reuters")
            .count(),
        1
    );
    assert_eq!(
        report
            .sources
            .iter()
            .find(|r| r.name == "Reuters")
            .map(|r| r.claims),
        Some(2)
    );
}

#[test]
fn according_to_a_rule_names_no_source() {
    let text = "The funds are split according to a formula agreed with the parties.";
    let report = audit(text);
    assert!(
        report.sentences[0].attributions.is_empty(),
        "{:?}",
        sources_of(&report.sentences[0])
    );
    assert_eq!(
        label_of("Fares rose, according to new data.", "Fares"),
        Label::Anonymous
    );
}

#[test]
fn a_match_report_adds_goals_not_words() {
    let text = "Mellor gave Harbour the lead before half-time before the Czech added a third on the hour. \
                Okafor looked offside when the ball was played.";
    let report = audit(text);
    for s in &report.sentences {
        assert_eq!(s.label, Label::Unattributed, "{:?}", sources_of(s));
    }
}

#[test]
fn he_after_a_spokesman_for_a_body_is_the_spokesman() {
    let text = "Committee chair Ann Ruiz said the rules were too soft. \
                But a spokesman for the Harbour Authority defended them. \
                He said: \"The rules work.\"";
    let report = audit(text);
    let he = &sentence(&report, text, "rules work").attributions[0];
    assert_ne!(he.source.resolved, Some("Ann Ruiz"));
    assert_eq!(he.source.role, Role::Official);
}

#[test]
fn a_plural_possessive_apostrophe_stays_in_the_source() {
    let text = "Fares should be frozen, says a new councillors' report.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["a new councillors' report"]
    );
}

#[test]
fn a_time_before_a_subject_is_no_part_of_it() {
    let text = "And just last week the online lender Cahoot admitted that its records had leaked.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["the online lender Cahoot"]);
    assert_eq!(s.label, Label::Official);
}

#[test]
fn it_feels_holds_no_view() {
    let text = "The regulator warned the banks. The fixes are not perfect, but it does not feel like a crisis.";
    assert_eq!(label_of(text, "crisis"), Label::Unattributed);
}

#[test]
fn a_hyphenated_under_secretary_is_an_office() {
    let text = "Treasury Under-Secretary Ann Lee said the fund would not work.";
    assert_eq!(label_of(text, "fund"), Label::Official);
}

#[test]
fn groups_joined_by_and_past_almost_are_one_source() {
    let text = "Pilots and engineers almost universally expressed alarm over the new rota.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Pilots and engineers"]);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
}

#[test]
fn coming_out_against_and_interpreting_are_positions() {
    let text = "A growing number of councillors have come out against the levy. \
                Some residents interpreted the vote as a betrayal.";
    let report = audit(text);
    for s in &report.sentences {
        assert_eq!(s.label, Label::Anonymous, "{:?}", sources_of(s));
    }
}

#[test]
fn advocating_promoting_and_discussing_are_positions() {
    let text = "The Harbour Trust advocates a levy on cruise ships. \
                Councillor Ann Lee has promoted the plan for months. \
                Dock workers discussed how to respond.";
    let labels = labels(text);
    assert_eq!(labels, [Label::Official, Label::Official, Label::Anonymous]);
}

#[test]
fn an_outlet_publishing_is_a_media_source() {
    let text = "On Sunday, the Harbour Gazette published portions of the audit.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["the Harbour Gazette"]);
    assert_eq!(report.sentences[0].attributions[0].source.role, Role::Media);
}

#[test]
fn delivering_a_speech_attributes_delivering_cars_does_not() {
    let text = "The mayor delivered an angry speech about the ferry. The carmaker delivered 500 cars last month.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(report.sentences[1].label, Label::Unattributed);
}

#[test]
fn a_document_showing_something_is_its_source() {
    let text = "Video showing the mayor at the pier surfaced on Friday. \
                The council released data showing that fares rose by a third.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Video"]);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    // Data a body put out is the body's word.
    assert_eq!(sources_of(&report.sentences[1]), ["The council"]);
}

#[test]
fn writing_a_book_is_no_claim_and_leaves_the_main_verb_its_source() {
    let text =
        "Back when he wrote his book, Mr. Ortega said that he considered debt a last resort.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Mr. Ortega"]);
}

#[test]
fn a_clause_after_said_is_content_not_an_inverted_subject() {
    let text = "Economist Rina Patel, who studies pay and labor issues at the Harbour Institute, \
                said Mayor Lee's statement didn't settle the matter.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.attributions.len(), 1, "{:?}", sources_of(s));
    assert_eq!(s.attributions[0].source.resolved, Some("Rina Patel"));
}

#[test]
fn people_by_trade_in_the_plural_are_unnamed_groups() {
    let text = "Journalists tweeted that they stood with the reporter. \
                Some historians argue the treaty failed. \
                Individuals and companies complain that the forms are too long.";
    let report = audit(text);
    for s in &report.sentences {
        assert_eq!(s.label, Label::Anonymous, "{:?}", sources_of(s));
    }
    assert_eq!(sources_of(&report.sentences[0]), ["Journalists"]);
}

#[test]
fn quick_to_note_has_the_copulas_subject() {
    let text = "Democrats are quick to note that the other side spent more. \
                Aides were careful to say that no decision had been made.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Democrats"]);
    assert_eq!(sources_of(&report.sentences[1]), ["Aides"]);
}

#[test]
fn weighing_in_and_calculating_are_positions() {
    let text = "Other officials weighed in on Friday about the video. \
                Republicans calculated that they needed to spend early.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Other officials"]);
    assert_eq!(sources_of(&report.sentences[1]), ["Republicans"]);
}

#[test]
fn calling_someone_something_is_a_claim_without_quotation_marks() {
    let text = "Dr. Vance sells pills on television. \
                Critics have long called him a fraud and a showman.";
    let report = audit(text);
    let s = &report.sentences[1];
    assert_eq!(sources_of(s), ["Critics"]);
    assert_eq!(s.label, Label::Anonymous);
}

#[test]
fn a_verb_after_but_and_an_auxiliary_shares_the_main_subject() {
    let text = "The nominee has offered kind words about the general, but has denied any business ties to him.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["The nominee"]);
    assert_eq!(report.sentences[0].attributions[0].cue.text, "denied");
}

#[test]
fn a_leading_conjunction_is_no_part_of_the_subject() {
    let text = "Mayor Ann Lee spoke first. But she now believes the levy “went too far” and has vowed to scrap it.";
    let report = audit(text);
    let s = &report.sentences[1];
    let cues: Vec<&str> = s.attributions.iter().map(|a| a.cue.text).collect();
    assert_eq!(cues, ["believes", "vowed"]);
    assert_eq!(sources_of(s), ["she", "she"]);
    assert_eq!(s.label, Label::Quoted);
}

#[test]
fn a_former_spouse_is_a_described_person() {
    let text = "His ex-wife agreed, but also contended that she should keep her privacy.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0])[0], "His ex-wife");
}

#[test]
fn a_participle_after_a_long_relative_aside_has_the_main_subject() {
    let text = "Ms. Okafor, who drew support from half of the voters in the county poll, \
                was openly dismissive of the plan, telling reporters that she no longer worried.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["Ms. Okafor"]);
    assert_eq!(s.attributions[0].cue.text, "telling");
}

#[test]
fn a_participle_after_declining_to_comment_has_the_titled_subject() {
    let text = "Council spokesman Ravi Menon declined to comment on the memo, \
                calling the leaked figures \"stolen and doctored.\"";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["Council spokesman Ravi Menon"]);
    assert_eq!(s.label, Label::Quoted);
}

#[test]
fn cites_as_a_finite_verb_has_its_subject_as_source() {
    let text = "The website cites many council claims as inaccurate. \
                According to the Gazette, which cites people familiar with the case, the deal is off.";
    let report = audit(text);
    let first = &report.sentences[0];
    let cited = first.attributions.iter().find(|a| a.cue.text == "cites");
    assert_eq!(cited.map(|a| a.source.text), Some("The website"));
    // People cited stay a second, unnamed source.
    assert_eq!(report.sentences[1].label, Label::Anonymous);
}

#[test]
fn a_feeling_about_a_claim_is_a_position_of_any_source() {
    let text = "The harbour board was optimistic that the ferry would run by June.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["The harbour board"]);
    assert_eq!(s.attributions[0].cue.text, "was optimistic");
    assert_eq!(s.label, Label::Official);
}

#[test]
fn a_verb_after_comma_and_shares_the_subject_past_a_that_clause() {
    let text = "Rector Paul Hay also said that the student's decision came from his family, \
                and noted the college supported his choice. \
                The unions said the vote was rushed, and support for the deal would have been higher.";
    let report = audit(text);
    let first: Vec<(&str, &str)> = report.sentences[0]
        .attributions
        .iter()
        .map(|a| (a.source.text, a.cue.text))
        .collect();
    assert_eq!(
        first,
        [("Rector Paul Hay", "said"), ("Rector Paul Hay", "noted")]
    );
    // "support for" is a noun.
    assert_eq!(sources_of(&report.sentences[1]), ["The unions"]);
}

#[test]
fn nouns_in_ly_are_not_adverbs() {
    let text = "A lawyer for the family said the inquiry was flawed. \
                The family has called on the mayor to resign.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["A lawyer for the family"]
    );
    assert_eq!(sources_of(&report.sentences[1]), ["The family"]);
}

#[test]
fn a_shared_subject_passes_a_day() {
    let text = "The harbour council on Friday reviewed the strike and pledged to review the fares.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["The harbour council"]);
}

#[test]
fn a_shared_subject_keeps_a_named_complement() {
    let text = "A reporter for USA Today spotted the mayor and reported her presence on Twitter.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["A reporter for USA Today"]
    );
}

#[test]
fn state_media_named_by_country_are_a_named_outlet() {
    let text = "Northland state media said the test had succeeded.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.text, "Northland state media");
    assert_eq!(a.source.role, Role::Media);
    assert_eq!(report.sentences[0].label, Label::Named);
}

#[test]
fn office_holders_in_the_plural_are_officials() {
    let text =
        "Two senators said the bill would fail. Senators Ruiz and Okafor said the bill would pass.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(
        report.sentences[0].attributions[0].source.role,
        Role::Official
    );
    assert_eq!(report.sentences[1].label, Label::Official);
}

#[test]
fn a_document_noun_in_s_before_its_verb_is_the_subject() {
    let text = "Ferry fares rose by a third last year, a new analysis shows.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["a new analysis"]);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
}

#[test]
fn condemning_criticising_and_slamming_are_positions() {
    let text = "The vote came days after the harbour board condemned the strike. \
                Councillor Ann Lee sharply criticized the fares last June. \
                Residents are slamming the ferry operator for the delays. \
                A furious Okafor slammed his racket onto the court.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["the harbour board"]);
    assert_eq!(sources_of(&report.sentences[1]), ["Councillor Ann Lee"]);
    assert_eq!(sources_of(&report.sentences[2]), ["Residents"]);
    assert_eq!(report.sentences[3].label, Label::Unattributed);
}

#[test]
fn a_name_and_other_people_are_one_subject() {
    let text = "Councillor Ann Lee and other senior members had warned the mayor. \
                The lawyer and Harbour Trust adviser said the pier was unsafe.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Councillor Ann Lee and other senior members"]
    );
    assert_eq!(
        sources_of(&report.sentences[1]),
        ["The lawyer and Harbour Trust adviser"]
    );
}

#[test]
fn stories_and_films_are_documents() {
    let text = "Still, the ferry story suggests the council knew of the fault. \
                The film ― which weaves together the voices of Ann Lee and Rita Moss ― explains how the harbour silted up.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["the ferry story"]);
    // An aside between dashes is no part of the source.
    assert_eq!(sources_of(&report.sentences[1]), ["The film"]);
    assert_eq!(
        report.sentences[1].attributions[0].source.role,
        Role::Document
    );
}

#[test]
fn page_furniture_and_a_verb_of_letting_are_no_sources() {
    let text = "Advertisement - story continues below. \
                Readers may not let editorials tell them how to vote.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Unattributed);
    assert_eq!(sources_of(&report.sentences[1]), ["editorials"]);
}

#[test]
fn tweets_someone_unleashed_are_theirs() {
    let text =
        "Mayor Ann Lee unleashed a series of tweets early Friday saying that the ferry was safe.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Mayor Ann Lee"]);
}

#[test]
fn refusing_and_wanting_are_positions_refusing_to_comment_is_not() {
    let text = "The harbour board has steadfastly refused to publish the audit. \
                But some residents would like to see more. \
                The mayor refused to comment. \
                Six travellers refused entry at the port were sent home.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["The harbour board"]);
    assert_eq!(sources_of(&report.sentences[1]), ["some residents"]);
    assert_eq!(report.sentences[2].label, Label::Unattributed);
    assert_eq!(report.sentences[3].label, Label::Unattributed);
}

#[test]
fn speaking_out_and_raising_questions_are_positions() {
    let text = "Mayor Ann Lee has spoken out before about the fares. \
                Councillor Rita Moss is raising questions about the ferry contract.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Mayor Ann Lee"]);
    assert_eq!(sources_of(&report.sentences[1]), ["Councillor Rita Moss"]);
}

#[test]
fn a_body_acting_on_a_day_holds_the_position() {
    let text = "The harbour board on Thursday dropped its plan for a second pier.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["The harbour board"]);
}

#[test]
fn an_outlet_that_understands_is_its_source() {
    let text = "The Harbour Gazette understands that the ferry contract will be cancelled. \
                It is understood that the contract will be cancelled.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["The Harbour Gazette"]);
    assert_eq!(report.sentences[0].label, Label::Named);
    assert_eq!(report.sentences[1].label, Label::Unattributed);
}

#[test]
fn a_participle_after_before_or_by_shares_the_main_subject() {
    let text = "Inspectors reviewed the ferry's logs before confirming that the crew had done nothing wrong. \
                It goes without saying that the fares are too high.";
    let report = audit(text);
    let first = &report.sentences[0];
    assert_eq!(sources_of(first), ["Inspectors"]);
    assert_eq!(first.attributions[0].cue.text, "confirming");
    assert_eq!(report.sentences[1].label, Label::Unattributed);
}

#[test]
fn an_opening_adverb_is_no_subject_but_a_name_in_ly_is() {
    let text = "Recently announced changes to the timetable include a night ferry. \
                Deeply divided over the fares, councillors found little common ground. \
                Kelly said the timetable would change.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Unattributed);
    assert_eq!(sources_of(&report.sentences[1]), ["councillors"]);
    assert_eq!(sources_of(&report.sentences[2]), ["Kelly"]);
}

#[test]
fn a_noun_of_stance_after_a_past_tense_is_an_object() {
    let text = "A survey of harbour residents found support slipping. \
                Residents polled say the ferry should stay.";
    let report = audit(text);
    let cues: Vec<&str> = report.sentences[0]
        .attributions
        .iter()
        .map(|a| a.cue.text)
        .collect();
    assert_eq!(cues, ["found"]);
    assert_eq!(sources_of(&report.sentences[1]), ["Residents"]);
}

#[test]
fn championing_bragging_and_hailing_are_positions() {
    let text = "Mayor Ann Lee has championed the night ferry. \
                Yet the operator continually brags about its record. \
                Councillors hailed the deal as a turning point. \
                She is a champion of the night ferry.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Mayor Ann Lee"]);
    assert_eq!(sources_of(&report.sentences[1]), ["the operator"]);
    assert_eq!(sources_of(&report.sentences[2]), ["Councillors"]);
    assert_eq!(report.sentences[3].label, Label::Unattributed);
}

#[test]
fn detailing_is_reporting_but_details_are_things() {
    let text = "The newspaper has also detailed spending by the harbour trust. \
                The council has published more details of the plan.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["The newspaper"]);
    let cues: Vec<&str> = report.sentences[1]
        .attributions
        .iter()
        .map(|a| a.cue.text)
        .collect();
    assert!(!cues.contains(&"details"), "{cues:?}");
}

#[test]
fn referring_to_beside_a_quotation_is_a_cue() {
    let text = "Mayor Ann Lee spoke at the pier. \
                She toured the docks, referring to the old ferries as \"floating wrecks.\"";
    let report = audit(text);
    let cues: Vec<&str> = report.sentences[1]
        .attributions
        .iter()
        .map(|a| a.cue.text)
        .collect();
    assert!(cues.contains(&"referring to"), "{cues:?}");
}

#[test]
fn a_place_after_in_is_where_the_source_is_not_who() {
    // The reporter is the source, not the city she files from.
    let text = "The station's Lena Marsh in Moscow says most shoppers expect prices to rise.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.resolved, Some("Lena Marsh"));
    assert_eq!(a.source.role, Role::Person);
    assert_eq!(report.sentences[0].label, Label::Named);
    // Named after the description: the place before the comma is no name.
    let text = "Our correspondent in Moscow, Lena Marsh, says most shoppers expect prices to rise.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Lena Marsh")
    );
    assert_eq!(report.sentences[0].label, Label::Named);
}

#[test]
fn an_unnamed_group_in_a_country_stays_anonymous() {
    // "Wales" is where the doctors work; none of them is named.
    let text = "GPs in Wales said patients could wait longer for appointments.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.identity, Identity::Anonymous);
    assert_eq!(a.source.resolved, None);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
}

#[test]
fn speaking_for_someone_is_no_claim() {
    for text in [
        "It means admitting that Ortega speaks for thousands of farmers.",
        "The numbers speak for themselves.",
    ] {
        let report = audit(text);
        assert!(report.sentences[0].attributions.is_empty(), "{text}");
        assert_eq!(report.sentences[0].label, Label::Unattributed, "{text}");
    }
}

#[test]
fn a_cue_describing_a_thing_is_no_claim() {
    // "everything he said" is the object of "take back": no claim of his.
    let text = "Nobody expects Ortega to take back everything he said.";
    let report = audit(text);
    assert!(report.sentences[0].attributions.is_empty());
    assert_eq!(report.sentences[0].label, Label::Unattributed);
}

#[test]
fn compared_to_and_a_strong_showing_are_no_cues() {
    for text in [
        "This represented a 4% gain for the share of local films in 2021 compared to 2020.",
        "Some 59% of owners are men compared to 41% of women.",
        "Fewer people signed up to the free service compared with the paid one.",
        "It comes after polls by Monmouth University that showed Ortega making a strong showing in three states.",
    ] {
        let report = audit(text);
        let cues: Vec<&str> = report.sentences[0]
            .attributions
            .iter()
            .map(|a| a.cue.text)
            .collect();
        assert!(
            !cues.iter().any(|c| c.starts_with("compared") || *c == "showing"),
            "{text}: {cues:?}"
        );
    }
}

#[test]
fn writing_a_story_is_no_claim_and_the_window_stays_in_the_sentence() {
    let text = "The episode, for which she also wrote the original story, airs in May.";
    assert!(audit(text).sentences[0].attributions.is_empty());
    // A work named in the next sentence does not make "wrote" a writing.
    let text = "\"We will be back,\" the singer wrote. Her film opens in June.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Quoted);
    assert_eq!(sources_of(&report.sentences[0]), ["the singer"]);
}

#[test]
fn the_name_before_of_heads_the_mention_after_a_title() {
    let text = "Running mate Gov. Ana Ruiz of Ohio told reporters that it was close.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.resolved, Some("Ana Ruiz"));
    assert_eq!(report.sentences[0].label, Label::Official);
}

#[test]
fn estimates_from_a_country_have_no_stated_author() {
    let text = "According to estimates from Chile, most homes were uninsured.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.identity, Identity::Anonymous);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
}

#[test]
fn delegates_divided_among_districts_hold_no_view() {
    let text = "Another 24 delegates are divided among the districts.";
    let report = audit(text);
    assert!(report.sentences[0].attributions.is_empty());
    assert_eq!(report.sentences[0].label, Label::Unattributed);
    // Of two minds, they do.
    let text = "Voters are divided over the plan.";
    assert_eq!(audit(text).sentences[0].label, Label::Anonymous);
}

#[test]
fn he_later_in_a_sentence_is_its_opening_subject() {
    // Ribble and Groth are named since, but "he" is Ortega.
    let text = "Luis Ortega won the vote in Madison on Monday.\n\n\
                Ortega also won the backing of two lawmakers, Tom Ribble and Glen Groth, \
                as he argued that he was the only choice.";
    let report = audit(text);
    let s = sentence(&report, text, "backing");
    let he = s
        .attributions
        .iter()
        .find(|a| a.source.text == "he")
        .expect("an attribution to he");
    assert_eq!(he.source.resolved, Some("Luis Ortega"));
    // A name modifying a noun is no subject: "he" is the spokesman.
    let text = "Senator Luis Ortega spoke in Madison on Monday.\n\n\
                Ortega spokesman Tom Ribble said later that he had not seen the letter.";
    let report = audit(text);
    let s = sentence(&report, text, "letter");
    assert_eq!(s.attributions[0].source.resolved, Some("Tom Ribble"));
}

#[test]
fn a_relative_clause_after_a_description_keeps_the_name() {
    let text =
        "Willie Dunn, an actor in Dallas, who runs a small theater, recalled that it was hard.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert!(
        a.source.text.starts_with("Willie Dunn"),
        "{}",
        a.source.text
    );
    assert_eq!(a.source.resolved, Some("Willie Dunn"));
    // A phrase opening the sentence is no name the description follows.
    let text = "Following Mr Lee's announcement, lawyer Ann Ruiz, who represents the families, \
                said the state had acted late.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert!(
        a.source.text.starts_with("lawyer Ann Ruiz"),
        "{}",
        a.source.text
    );
}

#[test]
fn a_town_and_its_state_close_one_appositive() {
    let text = "Carla Bowen, 75, a retiree in Carthage, Ill., said it was hard.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.resolved, Some("Carla Bowen"));
    // A party tag is no state.
    let text = "Senate leader Mitch Orton, R-Ky., said it was hard.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Mitch Orton")
    );
}

#[test]
fn the_companies_after_two_named_companies_are_those_two() {
    let text = "Acme Telecom and Norcross Bank said the merger would close in May.\n\n\
                The companies said they expected no job cuts.";
    let report = audit(text);
    let s = sentence(&report, text, "no job cuts");
    let a = &s.attributions[0];
    assert_eq!(a.source.text, "The companies");
    assert_eq!(a.source.identity, Identity::Named);
    assert_eq!(a.source.resolved, Some("Acme Telecom and Norcross Bank"));
    assert_ne!(s.label, Label::Anonymous);
}

#[test]
fn offices_and_trades_joined_by_and_are_one_subject() {
    let text = "Acme chairman and chief executive Rita Vance said sales had doubled.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Acme chairman and chief executive Rita Vance"]
    );
    let text = "A group of senators and governors has called for tighter rules.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["A group of senators and governors"]
    );
}

#[test]
fn a_dateline_is_no_part_of_the_subject() {
    let text =
        "Lisbon (Wire) – Senator Ana Ruiz has taken a swipe at the budget, saying it would fail.";
    let report = audit(text);
    let s = &report.sentences[0];
    let saying = s.attributions.iter().find(|a| a.cue.text == "saying");
    assert_eq!(saying.map(|a| a.source.text), Some("Senator Ana Ruiz"));
    assert_eq!(s.label, Label::Official);
}

#[test]
fn defending_a_title_is_no_claim() {
    let text = "Dana Quill will defend her 200m title in the trials.";
    assert!(audit(text).sentences[0].attributions.is_empty());
    // Defending a record or a decision is a position.
    let text = "Dana Quill defended her record as mayor.";
    assert_eq!(audit(text).sentences[0].label, Label::Named);
}

#[test]
fn compliments_are_positions() {
    let text = "Ortega has complimented the moderator, but with a distinct edge.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Ortega"]);
}

#[test]
fn a_headline_label_speaks_only_to_its_own_end() {
    // Title and body in one paragraph, as feeds join them: "Ortega:" opens
    // the headline only.
    let text = "Ortega: The budget is a disgrace.  The council met on Friday to discuss the plan.";
    let report = audit(text);
    assert!(report.sentences[1].attributions.is_empty());
    assert_eq!(report.sentences[1].label, Label::Unattributed);
    // A transcript's label in capitals speaks to the end of its paragraph.
    let text = "ORTEGA: We will see. I have not decided.";
    let report = audit(text);
    assert!(report
        .sentences
        .iter()
        .all(|s| s.label != Label::Unattributed));
}

#[test]
fn an_opening_participle_clause_is_no_part_of_the_source() {
    let text = "After winning Ohio, Gov. Ana Ruiz (D-OH), said, \"We are going all the way.\"";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.text, "Gov. Ana Ruiz (D-OH)");
    assert_eq!(a.source.resolved, Some("Ana Ruiz"));
}

#[test]
fn short_names_of_a_central_bank_and_a_newspaper_are_known() {
    let text = "The Fed said hiring had picked up in every district. \
                The FT said the bid would be raised. The fed-up workers left.";
    let report = audit(text);
    let fed = &sentence(&report, text, "hiring").attributions[0].source;
    assert_eq!((fed.text, fed.role), ("The Fed", Role::Official));
    assert_eq!(sentence(&report, text, "hiring").label, Label::Official);
    let ft = &sentence(&report, text, "bid").attributions[0].source;
    assert_eq!((ft.text, ft.role), ("The FT", Role::Media));
    assert_eq!(sentence(&report, text, "bid").label, Label::Named);
}

#[test]
fn a_source_found_backwards_stops_at_the_verb_of_a_name() {
    // "plans" is taken for a cue; its source must not run back over
    // "attacked" to the minister's name.
    let text = "Ferry minister Alba Ruiz attacked the Harbour plans.";
    let report = audit(text);
    for a in &report.sentences[0].attributions {
        assert!(!a.source.text.contains("attacked"), "{:?}", a.source.text);
    }
}

#[test]
fn plurals_after_a_verb_and_a_party_adjective_are_nouns() {
    for (text, party) in [
        ("The minister attacked Tory plans for the harbour.", "Tory"),
        (
            "The mayor derided Republican claims about the budget.",
            "Republican",
        ),
    ] {
        let report = audit(text);
        let sources = sources_of(&report.sentences[0]);
        assert!(sources.iter().all(|s| !s.contains(party)), "{sources:?}");
    }
    // A name before a verb ending in "-s" is still its subject.
    let text = "After the vote ended, Ruiz says the ferry will run.";
    assert_eq!(label_of(text, "Ruiz"), Label::Named);
}

#[test]
fn a_discovery_is_a_finding() {
    let text = "Federal investigators have also discovered that the permits were forged.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(sources_of(&report.sentences[0]), ["Federal investigators"]);
}

#[test]
fn an_honorific_after_another_phrase_opens_the_name() {
    let text = "Speaking to the Harbour Gazette website Mr Lund said the ferry would run. \
                Harbour spokesman Mr Berg said it would not. \
                Ana Ruiz, an adviser to Mr Lund, said the talks would go on.";
    let report = audit(text);
    assert_eq!(sources_of(sentence(&report, text, "ferry")), ["Mr Lund"]);
    assert_eq!(
        sources_of(sentence(&report, text, "not")),
        ["Harbour spokesman Mr Berg"]
    );
    assert_eq!(
        sources_of(sentence(&report, text, "talks would go on")),
        ["Ana Ruiz, an adviser to Mr Lund"]
    );
}

#[test]
fn a_quotation_after_a_colon_is_all_an_introduction_carries() {
    let text = "Okafor replied: “The board never read the survey.” \
                The council appointed her in 2019. Its budget has grown since.";
    let report = audit(text);
    assert_eq!(label_of(text, "never read"), Label::Quoted);
    for needle in ["appointed her", "budget has grown"] {
        let s = sentence(&report, text, needle);
        assert!(s.attributions.is_empty(), "{needle}: {:?}", sources_of(s));
        assert_eq!(s.label, Label::Unattributed, "{needle}");
    }
}

#[test]
fn a_description_after_an_appositive_title_keeps_the_name() {
    let text = "Tomas Berg, chief executive of Fjordline, a ferry operator in Bergen, \
                said the route would close. He blamed fuel costs.";
    let report = audit(text);
    let s = sentence(&report, text, "route would close");
    assert_eq!(
        sources_of(s),
        ["Tomas Berg, chief executive of Fjordline"],
        "{:?}",
        s.attributions
    );
    assert_eq!(s.attributions[0].source.resolved, Some("Tomas Berg"));
    let next = sentence(&report, text, "fuel costs");
    assert_eq!(next.attributions[0].source.resolved, Some("Tomas Berg"));
}

#[test]
fn a_clause_joined_by_and_tells_an_act_not_a_claim() {
    let text = "Lena Varga has more seats than Ortiz has, and the Szeged mayor \
                suspended her campaign on Tuesday.";
    let report = audit(text);
    assert!(
        report.sentences[0].attributions.is_empty(),
        "{:?}",
        sources_of(&report.sentences[0])
    );
    assert_eq!(report.sentences[0].label, Label::Unattributed);
}

#[test]
fn so_far_is_no_part_of_the_source() {
    let text = "But so far Halvorsen, a surgeon in her first campaign, has echoed \
                the union's demands. So far the ministry has refused to publish the audit.";
    let report = audit(text);
    let s = sentence(&report, text, "echoed");
    assert_eq!(
        sources_of(s),
        ["Halvorsen, a surgeon in her first campaign"]
    );
    let s = sentence(&report, text, "refused");
    assert_eq!(sources_of(s), ["the ministry"]);
}

#[test]
fn a_conjunction_is_no_part_of_the_subject() {
    let text = "I came home and the house was empty, and a neighbour came over \
                and told me the police had taken them.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["a neighbour"]);
}

#[test]
fn a_verb_after_of_and_a_place_in_an_is_the_sources() {
    let text = "Prices rose in December, the Bank of Japan said. \
                Lena Ortiz of Michigan says the plant will close.";
    assert_eq!(label_of(text, "Prices rose"), Label::Official);
    let report = audit(text);
    assert_eq!(
        sources_of(sentence(&report, text, "plant will close")),
        ["Lena Ortiz of Michigan"]
    );
    // After "of" and a party's adjective, a plural is still a noun.
    let text = "Nearly a third of Republican claims were rated false.";
    assert_eq!(label_of(text, "third"), Label::Unattributed);
}

#[test]
fn an_aside_between_spaced_hyphens_stands_between_source_and_verb() {
    let text = "Mr Okafor - a staunch supporter of the pact - said exemptions were needed. \
                But Harbour Bank - itself a target of the lawsuit - said the papers were forged.";
    let report = audit(text);
    assert_eq!(
        sources_of(sentence(&report, text, "exemptions")),
        ["Mr Okafor"]
    );
    let s = sentence(&report, text, "papers were forged");
    assert_eq!(sources_of(s), ["Harbour Bank"]);
    assert_eq!(s.label, Label::Official);
}

#[test]
fn a_comma_inside_a_number_closes_no_aside() {
    let text = "But Ms Adeyemi, who won the £30,000 Lattimer prize in 2019, said arts \
                funding should be kept apart from government.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["Ms Adeyemi"]);
    assert_eq!(s.attributions[0].source.resolved, Some("Adeyemi"));
    assert_eq!(s.label, Label::Named);
}

#[test]
fn a_noun_spelled_as_a_cue_verb_leaves_the_description_whole() {
    let text = "Piet Rademaker, a spokesman for the show, said the opening night \
                remains unchanged.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["Piet Rademaker, a spokesman for the show"]);
    assert_eq!(s.label, Label::Official);
}

#[test]
fn contributed_to_a_result_is_no_credit_line() {
    let text = "Cheaper fuel contributed to the region's strong year, the Harbour Board said. \
                Ana Lima contributed to this report.";
    assert_eq!(label_of(text, "strong year"), Label::Official);
    let report = audit(text);
    assert!(sentence(&report, text, "this report")
        .attributions
        .is_empty());
}

#[test]
fn an_office_named_by_its_state_stands_for_its_holder() {
    let text = "Sen. Maria Alvarez toured the dam on Monday. The Oregon senator said \
                the repairs were overdue. She said the state would pay.";
    let report = audit(text);
    let s = sentence(&report, text, "repairs were overdue");
    assert_eq!(sources_of(s), ["The Oregon senator"]);
    assert_eq!(s.attributions[0].source.resolved, Some("Maria Alvarez"));
    assert_eq!(s.label, Label::Official);
    let next = sentence(&report, text, "state would pay");
    assert_eq!(next.attributions[0].source.resolved, Some("Maria Alvarez"));
}

#[test]
fn a_base_form_after_an_opening_ing_word_is_a_noun() {
    let text = "Defending champion Lea Moreau beat the top seed in three sets. \
                Falling demand could hurt the harbour.";
    let report = audit(text);
    for s in &report.sentences {
        assert!(s.attributions.is_empty(), "{:?}", sources_of(s));
    }
}

#[test]
fn a_party_member_from_a_place_unnamed_is_anonymous() {
    let text = "“The gap is too wide,” said a New Hampshire Democrat. \
                An Ohio Republican said the race was over. \
                A Harvard professor said the model was wrong.";
    for needle in ["gap is too wide", "race was over", "model was wrong"] {
        assert_eq!(label_of(text, needle), Label::Anonymous, "{needle}");
    }
}

#[test]
fn new_begins_a_place_name() {
    let text = "Sen. Lena Park of New Hampshire said the mill would reopen.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Sen. Lena Park of New Hampshire"]
    );
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Lena Park")
    );
    let text = "A New York judge ruled that the lease was void.";
    let report = audit(text);
    assert_ne!(
        report.sentences[0].attributions[0].source.resolved,
        Some("York")
    );
}

#[test]
fn champion_after_its_contest_is_a_noun() {
    let text = "Olympic champion Ida Strand will miss the indoor season. \
                Former world champion Tom Ek has retired. \
                French Open champion Lia Moss sailed through.";
    let report = audit(text);
    for s in &report.sentences {
        assert!(s.attributions.is_empty(), "{:?}", sources_of(s));
    }
}

#[test]
fn line_up_and_credit_labels_name_no_speaker() {
    let text = "Subs Not Used: Okafor, Lind.\n\nReplacements: Moss, Dunne, Vela.\n\n\
                Contributing: Ana Lima, Tom Ek.\n\nReferee: P Hale (Kent)\n\n\
                Media Contact: press@acme.example";
    let report = audit(text);
    for s in &report.sentences {
        assert!(s.attributions.is_empty(), "{:?}", sources_of(s));
        assert_eq!(s.label, Label::Unattributed);
    }
}

#[test]
fn the_writer_in_a_contraction_is_no_source() {
    let text = "I'd add a second reason for the split. We’ve argued for a higher pension.";
    let report = audit(text);
    for s in &report.sentences {
        assert!(s.attributions.is_empty(), "{:?}", sources_of(s));
    }
}

#[test]
fn a_plural_before_say_is_its_subject_and_privy_to_is_inside_the_phrase() {
    let text = "Critics say the levy is too high, but advocates say it works. \
                Two sources privy to the talks say the deal is close.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Critics", "advocates"]);
    assert_eq!(
        sources_of(&report.sentences[1]),
        ["Two sources privy to the talks"]
    );
}

#[test]
fn an_opening_then_or_now_is_no_part_of_the_source() {
    let text = "Ana Ruiz spoke first. Then she broke with her party, pledging that \
                the port would stay open. Now the firm employs 700 people, insisting \
                that nothing has changed.";
    let report = audit(text);
    let s = sentence(&report, text, "port would stay open");
    assert_eq!(sources_of(s), ["she"]);
    assert_eq!(s.attributions[0].source.resolved, Some("Ana Ruiz"));
    assert_eq!(
        sources_of(sentence(&report, text, "nothing has changed")),
        ["the firm"]
    );
}

#[test]
fn champion_after_a_plural_is_its_verb() {
    let text = "Democrats and moderate Republicans champion the bill, aides said.";
    let report = audit(text);
    let sources = sources_of(&report.sentences[0]);
    assert!(sources.contains(&"aides"), "{sources:?}");
}

#[test]
fn continued_attributes_only_beside_a_quotation() {
    let text = "Lena Moss continued her fine form with a win in Adelaide. \
                “We are not done,” she continued.";
    let report = audit(text);
    assert!(
        report.sentences[0].attributions.is_empty(),
        "{:?}",
        sources_of(&report.sentences[0])
    );
    assert_eq!(report.sentences[1].label, Label::Quoted);
    assert_eq!(sources_of(&report.sentences[1]), ["she"]);
}

#[test]
fn going_on_sale_is_no_going_on_to_say() {
    let text = "Harbour Mobile unveiled its new handset on Monday. It will go on sale \
                from 22 January. Ortiz went on to praise the council.";
    let report = audit(text);
    let s = sentence(&report, text, "go on sale");
    assert!(s.attributions.is_empty(), "{:?}", sources_of(s));
    assert_eq!(sources_of(sentence(&report, text, "praise")), ["Ortiz"]);
}

#[test]
fn a_number_in_a_relative_clause_makes_no_tally() {
    let text = "“We will lower the age,” said Mr Ollie Brandt, who was elected in 2001 \
                at the age of 26. Ames, who won 52 percent of the vote, said she would serve.";
    let report = audit(text);
    let first = &report.sentences[0];
    assert_eq!(first.label, Label::Quoted);
    assert_eq!(first.attributions[0].source.resolved, Some("Ollie Brandt"));
    assert_eq!(report.sentences[1].label, Label::Named);
}

#[test]
fn a_relative_clause_lends_the_source_none_of_its_names() {
    let text = "The Harrow Group, which runs a chain of 90 stores in the US, said it planned \
                to expand. Prof Nina Sola, who wrote the study with Tom Hill MP, said women \
                were treated unfairly.";
    let report = audit(text);
    let group = &report.sentences[0];
    assert_eq!(group.label, Label::Official);
    assert_ne!(group.attributions[0].source.resolved, Some("US"));
    let professor = &report.sentences[1];
    assert_eq!(
        professor.label,
        Label::Named,
        "{:?}",
        professor.attributions
    );
    assert_eq!(professor.attributions[0].source.role, Role::Person);
}

#[test]
fn airlines_watchdogs_and_industry_giants_speak_as_institutions() {
    let text = "The airline warned that fares would rise. \
                Schools must teach civics better, says the education watchdog. \
                The software giant said its profits had doubled.";
    let report = audit(text);
    for s in &report.sentences {
        assert_eq!(s.label, Label::Official, "{:?}", s.attributions);
        assert_eq!(s.attributions[0].source.role, Role::Official);
    }
}

#[test]
fn words_floating_after_the_subject_are_no_part_of_it() {
    let text = "Officials there said the road was closed. \
                Nia Cole and Omar Reyes both said the plan was sound. \
                The foreign secretary meanwhile said the rebate would stay.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Officials"]);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(
        sources_of(&report.sentences[1]),
        ["Nia Cole and Omar Reyes"]
    );
    assert_eq!(sources_of(&report.sentences[2]), ["The foreign secretary"]);
}

#[test]
fn a_list_of_names_is_one_subject() {
    let text = "Tom Sato, Ann Jones and Bob Brown said the plan was sound. \
                In Lagos, Ada Obi and Ike Eze said the port was busy.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Tom Sato, Ann Jones and Bob Brown"]
    );
    assert_eq!(sources_of(&report.sentences[1]), ["Ada Obi and Ike Eze"]);
}

#[test]
fn coaches_bosses_players_and_creditors_are_people() {
    let text = "The Harbour City boss warned that the squad was tired. \
                Dockside bosses have said they are confident. \
                The club will pay 25 cents on the dollar, according to the creditors.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["The Harbour City boss"]);
    assert_eq!(report.sentences[0].label, Label::Named);
    assert_eq!(report.sentences[1].label, Label::Anonymous);
    assert_eq!(sources_of(&report.sentences[2]), ["the creditors"]);
    assert_eq!(report.sentences[2].label, Label::Anonymous);
}

#[test]
fn a_body_named_with_its_acronym_is_official() {
    let text = "The Lakeside Ferry Association (LFA) said fares would rise. \
                The Office for Harbour Statistics said traffic fell. \
                The World Health Organization (WHO) said the risk was low. \
                The WHO said the risk was low.";
    let report = audit(text);
    for s in &report.sentences {
        assert_eq!(s.label, Label::Official, "{:?}", s.attributions);
        assert_eq!(s.attributions[0].source.role, Role::Official);
    }
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Lakeside Ferry Association")
    );
    assert_eq!(sources_of(&report.sentences[3]), ["The WHO"]);
}

#[test]
fn according_to_one_of_them_or_a_paper_named_for_a_day() {
    let text = "The mayor is joining the lawsuit, according to one of her senior aides. \
                The plan is to go ahead this month, according to the Mail on Sunday.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["one of her senior aides"]
    );
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(sources_of(&report.sentences[1]), ["the Mail on Sunday"]);
    assert_eq!(report.sentences[1].attributions[0].source.role, Role::Media);
}

#[test]
fn a_pronoun_with_its_auxiliary_joined_shares_its_subject() {
    let text = "Rosa Diaz runs the shelter. She's running it alone this year and says the \
                need has doubled. Amid the anger, she's seen as “part of the problem.”";
    let report = audit(text);
    let s = &report.sentences[1];
    assert_eq!(s.label, Label::Named);
    assert_eq!(s.attributions[0].source.resolved, Some("Rosa Diaz"));
    assert_eq!(report.sentences[2].label, Label::Unattributed);
}

#[test]
fn a_so_called_term_is_no_quotation() {
    let text = "The firm is also using so-called “smart meters” in its new homes. \
                Ruiz has called for taxing so-called “pass through” income.";
    let report = audit(text);
    let first = &report.sentences[0];
    assert_eq!(first.label, Label::Unattributed, "{:?}", first.attributions);
    // Inside a claim with its own cue, the term is still the source's words.
    assert_eq!(report.sentences[1].label, Label::Quoted);
}

#[test]
fn a_relative_clause_between_dashes_has_its_antecedent() {
    let text = "The ferry board - which said it was “very surprised” by the ruling - will appeal.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Quoted, "{:?}", s.attributions);
    assert_eq!(sources_of(s), ["which"]);
}

#[test]
fn a_document_with_its_topic_or_its_author_heads_the_phrase() {
    let text = "A report on the ferry service says costs have risen. \
                An inquiry into the collision found that the pilot erred. \
                A study of 2,000 commuters found that most arrive late. \
                A report by the harbour watchdog said fares were too high.";
    let report = audit(text);
    let sources: Vec<Vec<&str>> = report.sentences.iter().map(sources_of).collect();
    assert_eq!(sources[0], ["A report on the ferry service"]);
    assert_eq!(sources[1], ["An inquiry into the collision"]);
    assert_eq!(sources[2], ["A study of 2,000 commuters"]);
    for s in &report.sentences[..3] {
        assert_eq!(s.label, Label::Anonymous);
    }
    // The watchdog is the author: a body's document, on the record.
    assert_eq!(report.sentences[3].label, Label::Official);
}

#[test]
fn a_party_tag_between_commas_is_no_appositive_end() {
    let text = "Sen. Ona Reyes, R-Wis., said in an op-ed that the deal was bad. \
                Rep. Ted Amos, D-N.Y., noted that the vote was close.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Sen. Ona Reyes"]);
    assert_eq!(sources_of(&report.sentences[1]), ["Rep. Ted Amos"]);
    for s in &report.sentences {
        assert_eq!(s.label, Label::Official);
    }
}

#[test]
fn reports_from_a_place_after_according_to_are_no_credit_line() {
    let text = "According to recent reports from China, the plant has closed. \
                Lena Ortiz reported from Harbin.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["recent reports from China"]
    );
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert!(report.sentences[1].attributions.is_empty());
}

#[test]
fn a_floating_word_after_the_auxiliary_and_a_summary_as_a_document() {
    let text = "Nia Cole and Omar Reyes have both argued that the port needs dredging. \
                The engineer did not act at once, according to the summary.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Nia Cole and Omar Reyes"]
    );
    assert_eq!(sources_of(&report.sentences[1]), ["the summary"]);
    assert_eq!(
        report.sentences[1].attributions[0].source.role,
        Role::Document
    );
}

#[test]
fn a_body_and_title_before_a_speaker_label() {
    let text = "Harbour Radio controller Ana Vidal: “It's a new era for the station.” \
                Vidal told Harbour News: “We will grow.”";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Quoted);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Ana Vidal")
    );
    // A verb before the colon is the cue; the outlet told is no speaker.
    assert_eq!(sources_of(&report.sentences[1]), ["Vidal"]);
}

#[test]
fn a_participle_after_while_leaves_the_subject_to_share() {
    let text = "Ortiz won most of his matches while working with Lund, and said he had \
                enjoyed their time together.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Ortiz"]);
}

#[test]
fn a_title_with_small_words_is_no_quotation() {
    let text = "Campaign manager Rita Moss said on “State of the Union” that the polls were wrong.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
}

#[test]
fn a_relative_clause_that_withholds_the_name_keeps_the_source_anonymous() {
    let text = "The senator, who spoke on condition of anonymity, said a deal was near.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
}

#[test]
fn a_party_leader_speaks_by_title() {
    let text = "Tory leader Mark Hollis accused ministers of failing pensioners. \
                Later the Tory leader said the figures were wrong.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    let later = &report.sentences[1];
    assert_eq!(later.label, Label::Official);
    assert_eq!(later.attributions[0].source.resolved, Some("Mark Hollis"));
}

#[test]
fn quoted_as_saying_names_its_subject_as_the_speaker() {
    let text = "Women will be hired by the ministry this year, Foreign Minister Ana Ruiz \
                has been reported as saying.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["Foreign Minister Ana Ruiz"]);
    assert_eq!(s.label, Label::Official);
}

/// ", Harbour Board deputy secretary of finance." and ", deputy chair of
/// the trust.": a title a word or two into the words after an inverted
/// name belongs to the source, which makes it official.
#[test]
fn a_title_after_an_inverted_name_belongs_to_the_source() {
    for (text, source) in [
        (
            "The levy will end next year, said Ruth Obi, Harbour Board deputy secretary of finance.",
            "Ruth Obi, Harbour Board deputy secretary of finance",
        ),
        (
            "The levy will end next year, said Ruth Obi, deputy secretary of the board.",
            "Ruth Obi, deputy secretary of the board",
        ),
        (
            "The levy will end next year, said Ruth Obi, Port Trust area director for the North Quay and Eastfield.",
            "Ruth Obi, Port Trust area director for the North Quay and Eastfield",
        ),
    ] {
        let report = audit(text);
        assert_eq!(sources_of(&report.sentences[0]), [source], "{text}");
        assert_eq!(report.sentences[0].label, Label::Official, "{text}");
        // (The places joined by "and" in the title make no group.)
        assert_eq!(
            report.sentences[0].attributions[0].source.resolved,
            Some("Ruth Obi"),
            "{text}"
        );
    }
    // Someone else's title after a preposition describes no post of hers.
    let text = "The levy will end next year, said Ruth Obi, wife of the governor.";
    assert_eq!(label_of(text, "levy"), Label::Named);
}

/// "the Institute of Economic and Social Research": "and" after a body's
/// "of" and one word goes on with the name; a title after it does not.
#[test]
fn and_inside_a_bodys_name_after_of() {
    let text = "The Institute of Coastal and Marine Studies (ICMS) claims that tides will rise.";
    assert_eq!(
        resolved_in(text, "tides"),
        Some("Institute of Coastal and Marine Studies")
    );
    let text = "The Ministry of Fisheries and Harbour Minister Ann Lee said tides will rise.";
    assert_eq!(resolved_in(text, "tides"), Some("Ann Lee"));
    // A second body after "and" is no part of the first's name.
    let text = "The Bank of Freedonia and Coastline Trust Bank said rates will rise.";
    assert_ne!(
        resolved_in(text, "rates"),
        Some("Bank of Freedonia and Coastline Trust Bank")
    );
}

/// An opening preposition's object with no comma after it is no part of
/// the subject ("After the storm Harbourline agreed"); a body's name keeps
/// its "of" ("In 2009 the Court of Appeal ruled"); a title before a name
/// stays with it ("In October party leader Ann Lee said", "by housing minister
/// Ann Lee who said"); a participle between an article and its noun is
/// the phrase's ("Lawyers for the alleged forger said").
#[test]
fn a_subject_after_an_opening_phrase_with_no_comma() {
    for (text, source, label) in [
        (
            "After the storm Harbourline agreed to repair the pier.",
            "Harbourline",
            Label::Named,
        ),
        (
            "After the hearing the Department of Ports said it would appeal.",
            "the Department of Ports",
            Label::Official,
        ),
        (
            "In 2009 the Court of Appeal ruled that the levy was lawful.",
            "Court of Appeal",
            Label::Official,
        ),
        (
            "In October party leader Ann Lee said the levy was lawful.",
            "party leader Ann Lee",
            Label::Official,
        ),
        (
            "Lawyers for the alleged forger said the case was weak.",
            "Lawyers for the alleged forger",
            Label::Anonymous,
        ),
    ] {
        let report = audit(text);
        assert_eq!(sources_of(&report.sentences[0]), [source], "{text}");
        assert_eq!(report.sentences[0].label, label, "{text}");
    }
    let text = "The figures came from housing minister Ann Lee who said rents would fall.";
    assert_eq!(label_of(text, "rents"), Label::Official);
    // Past a place after "in": "At the fair in Port Elm Harbourline chief
    // Ann Lee said".
    let text = "At the fair in Port Elm Harbourline chief Ann Lee said rents would fall.";
    assert_eq!(
        sources_of(&audit(text).sentences[0]),
        ["Harbourline chief Ann Lee"]
    );
    // An adjective opening the object is the subject's: "After former Gov.
    // Ann Lee criticized ...".
    let text = "After former Gov. Ann Lee criticized the levy, the board dropped it.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0])[0], "former Gov. Ann Lee");
}

/// A feeling caused in another ("charmed the mayor", "surprised the
/// league"), a promotion and a language spoken are deeds, not claims; the
/// subject's own feeling after a copula still counts.
#[test]
fn caused_feelings_promotions_and_languages_are_deeds() {
    let text = "Ann Lee chairs the harbour board. She charmed the mayor at a dinner. \
                Lee surprised the league by selling the club. Lee elevated them to top jobs. \
                Lee speaks fluent Welsh. Lee spoke Korean and toured the port.";
    let report = audit(text);
    assert_unattributed(
        &report,
        text,
        &[
            "charmed",
            "surprised the league",
            "elevated",
            "fluent Welsh",
            "Korean",
        ],
    );
    let text = "Ann Lee chairs the harbour board. Lee was shocked that the levy passed.";
    assert_ne!(label_of(text, "shocked"), Label::Unattributed);
    // Speaking for people is no language.
    let text = "Ann Lee chairs the harbour board. Lee spoke for Welsh fishermen at the hearing.";
    assert_eq!(label_of(text, "fishermen"), Label::Named);
}

/// "If the board agrees on the plan ...": the subject of a condition
/// opening the sentence states no claim; a source inside it ("If, as Lee
/// says, ..."), a past word granted ("But if Lee implied that ...") and
/// the main clause's still do. A broadcast not shown is no finding.
#[test]
fn a_condition_and_a_broadcast_state_no_claim() {
    let text = "If the harbour board agrees on the plan it will go to a vote. \
                Unless the union accepts the offer, the port will close. \
                The channel did not show the speech of the mayor.";
    let report = audit(text);
    assert_unattributed(&report, text, &["agrees", "accepts", "speech"]);
    let text = "If, as Ann Lee says, the plan fails, the port will close.";
    assert_eq!(label_of(text, "plan"), Label::Named);
    let text = "But if Ann Lee implied that she would not run, she did not say so.";
    assert_eq!(sources_of(&audit(text).sentences[0])[0], "Ann Lee");
    let text = "If elected, Ann Lee said she would cut the levy.";
    assert_eq!(label_of(text, "levy"), Label::Named);
    // A meeting ahead is no claim.
    let text = "The two mayors will discuss a new ferry deal on Monday.";
    assert_eq!(label_of(text, "ferry"), Label::Unattributed);
    // Records that show a clause are a finding.
    let text = "Records show the ad was paid for by the harbour board.";
    assert_eq!(label_of(text, "Records"), Label::Anonymous);
}

/// A quotation that opens in one sentence and is tagged "he tweeted" in
/// the next leaves the subject before it as the one "he" means, not the
/// last speaker.
#[test]
fn he_after_a_quotation_of_two_sentences_is_the_subject_before_it() {
    let text = "Count former Mayor Ray Obi among the critics of Tom Hale. \
                \"They can work at the docks,\" he said. \
                Hale has not yet answered Obi's remarks, although he kept up his attacks online. \
                \"The levy must go. I will end it,\" he tweeted on Saturday.";
    assert_eq!(resolved_in(text, "I will end it"), Some("Tom Hale"));
}

/// "President Musharraf of Pakistan": one name after a title, before
/// "of" and a place, heads the mention.
#[test]
fn one_name_after_a_title_before_of_heads_the_mention() {
    let text = "The levy must go, President Obi of Freedonia has said.";
    assert_eq!(resolved_in(text, "levy"), Some("Obi"));
}

/// "said Ann Lee, Ohio attorney general announcing the suit": the title
/// before a participle of saying is the source's (official), the
/// participle shares the source, and "the attorney general" later is Lee.
#[test]
fn a_title_before_a_participle_of_saying_after_an_inverted_name() {
    let text = "\"Junk mail must stop,\" said Ann Lee, Ohio attorney general announcing the suit. \
                The attorney general alleges that the firms broke three laws.";
    let report = audit(text);
    let first = &report.sentences[0];
    assert_eq!(
        sources_of(first),
        [
            "Ann Lee, Ohio attorney general",
            "Ann Lee, Ohio attorney general"
        ]
    );
    assert_eq!(first.attributions[0].source.role, Role::Official);
    assert_eq!(resolved_in(text, "alleges"), Some("Ann Lee"));
}

/// "would not say whether he was hoping", "wouldn't discuss on the show
/// whether": a question left open holds no one's view; "..., having
/// previously indicated she would stay": a perfect participle after a
/// comma shares the main clause's subject.
#[test]
fn a_question_left_open_and_a_perfect_participle() {
    let text = "Ann Lee wouldn't discuss on the radio show whether she was hoping for a seat. \
                Tom Hale would not say whether he was planning to run.";
    let report = audit(text);
    assert_unattributed(&report, text, &["hoping", "planning"]);
    let text = "Ann Lee left the board, having previously indicated she would stay.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Ann Lee"]);
    assert_eq!(report.sentences[0].label, Label::Named);
}

/// "The champion left early, saying she would return": a noun for a person
/// after "the" heads a participle of saying after a comma, and the resolver
/// follows it back to the name; a thing's deed joined by "and" is no claim.
#[test]
fn a_noun_for_a_person_heads_a_trailing_participle() {
    for text in [
        "Mia Kovac lost in the final. The champion left early, saying she would return.",
        "Mia Kovac lost in the final. But the 29-year-old would not reveal whether she \
         would play, having previously indicated she would stay.",
    ] {
        let report = audit(text);
        assert_eq!(sources_of(&report.sentences[1]).len(), 1, "{text}");
        assert_eq!(resolved_in(text, "she would"), Some("Mia Kovac"), "{text}");
        assert_eq!(report.sentences[1].label, Label::Named, "{text}");
    }
    let text = "The update closed a loophole and added features that made it safer. \
                The box does warn you, but does not say how long it takes.";
    assert_unattributed(&audit(text), text, &["added", "say"]);
}

/// "Mr. Hale, whose only win came in May, did not attack her but argued
/// that": a relative clause closed by a comma before the main verb leaves
/// the verb after "but" to the main subject; inside a reported clause it
/// does not ("says Ruiz, who ..., would stay but will seek a move").
#[test]
fn a_verb_after_but_shares_a_subject_past_its_relative_clause() {
    let text = "Mr. Hale, whose only win on Tuesday came in Leeds, did not attack Ms. Wren \
                but argued insistently that he would be the stronger candidate.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Mr. Hale"]);
    assert_eq!(report.sentences[0].label, Label::Named);
    let text = "Kerr says Ruiz, who has just bought a house, would like to stay but will \
                seek a move if he is not wanted.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Kerr"]);
}

/// "refuses to be drawn on the Lions" declines to comment; "sought a court
/// injunction", "sought bankruptcy protection" are steps at law taken
/// ("The suit seeks damages" is the filing's position); "wrote in Ron Paul"
/// is a vote.
#[test]
fn refusing_to_be_drawn_and_seeking_a_remedy_at_law_say_nothing() {
    let text = "Paul Dunne is enjoying his rise but refuses to be drawn on the squad. \
                The firm filed for bankruptcy in Ohio and sought a court injunction against the sale. \
                The carrier sought bankruptcy protection for a second time last year. \
                Ms. Ortiz backed the mayor in 2010 and wrote in Ray Dunn in 2014.";
    assert_unattributed(
        &audit(text),
        text,
        &["drawn", "injunction", "carrier", "Dunn"],
    );
    let text =
        "The tenants filed a complaint against Acme. It seeks damages of $5,000 for each family.";
    let report = audit(text);
    assert_eq!(sentence(&report, text, "damages").label, Label::Official);
}

/// Before an aside between commas, a town and its state or an opening name
/// and its description are read as if the verb followed them:
/// "Officials in Dover, Del., speaking on condition of anonymity, said".
#[test]
fn a_name_with_commas_of_its_own_before_an_aside() {
    let text = "Officials in Dover, Del., speaking on the condition of anonymity, said \
                the vote was delayed.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Officials in Dover, Del."]
    );
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    let text = "Senator Jane Holt, a Democrat from Maine, in the name of cutting waste, \
                has proposed a levy on plastics.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Senator Jane Holt, a Democrat from Maine"]
    );
    assert_eq!(report.sentences[0].label, Label::Official);
    // (An opening phrase before the subject is no name of its own.)
    let text = "Speaking in Leeds, Holt, without naming him, accused Kerr of dithering.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Holt"]);
}

/// "Lee unveils first Spanish campaign ad": an ad released, no claim.
#[test]
fn unveiling_an_ad_says_nothing() {
    let text = "Dana Lee unveils first Spanish campaign ad.";
    assert_unattributed(&audit(text), text, &["unveils"]);
}

/// "President Ivan Volkov ... the Moldovan leader said": a country's head is
/// its leader too; a body's president ("the president of the league") is
/// not, nor is a newspaper ("The Union Leader").
#[test]
fn a_countrys_leader_is_its_head() {
    let text = "President Ivan Volkov spoke for three hours. \
                He praised Lena Ford, the president of the chess league. \
                The Moldovan leader said the economy had turned.";
    assert_eq!(resolved_in(text, "turned"), Some("Ivan Volkov"));
    let text = "Prime Minister Ana Silva spoke. The Portuguese leader said the deal would hold.";
    assert_eq!(resolved_in(text, "hold"), Some("Ana Silva"));
    let text = "President Ivan Volkov spoke. The Manchester Union Leader said the deal would fail.";
    assert_eq!(resolved_in(text, "fail"), Some("Manchester Union Leader"));
}

/// Beliefs held in other words: "sees similar benefits", "saw no reason
/// why", "is concerned about how far"; not "saw the film".
#[test]
fn a_prospect_seen_and_a_question_that_concerns_are_beliefs() {
    let text = "Rita Moss spoke on Monday. Ms. Moss sees similar benefits. \
                Moss saw no reason why the club should change. \
                Moss is concerned about how far the change might go. \
                Moss saw the film on Sunday.";
    let report = audit(text);
    for needle in ["benefits", "reason", "how far"] {
        let s = sentence(&report, text, needle);
        assert_eq!(s.label, Label::Named, "{needle}");
        assert_eq!(
            s.attributions[0].source.resolved,
            Some("Rita Moss"),
            "{needle}"
        );
    }
    assert_unattributed(&report, text, &["film"]);
}

/// "Senior Republicans — whose party was once united — both suggested": the
/// floating "both" after an aside's closing dash.
#[test]
fn a_floating_word_after_an_aside_between_dashes() {
    let text = "Senior Republicans — whose party was once known for its unity — both suggested \
                the aide be fired.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Senior Republicans"]);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
}

/// "on CBS' ''60 Minutes''", "on ABC's \"This Week.\"": a broadcaster's
/// show is a title, no quotation, even with the stop inside its marks.
#[test]
fn a_broadcasters_show_is_a_title() {
    for text in [
        "Senator Ann Holt backed her in an interview last October on CBS' ''60 Minutes.''",
        "Senator Ann Holt backed her in an interview on CBS's \"60 Minutes.\"",
        "Senator Ann Holt defended the bill on Sunday on ABC's \"This Week.\"",
    ] {
        let report = audit(text);
        assert_eq!(report.sentences[0].label, Label::Official, "{text}");
    }
}

/// "Mr Ellis' book suggests": a person's document in the plural-style
/// possessive, its apostrophe a mark of its own, is the person's.
#[test]
fn a_document_owned_with_a_bare_apostrophe_is_its_authors() {
    let text = "Paul Ellis, a lawyer, says the advice was ignored. \
                Mr Ellis' book suggests it was written by Home Office Minister Lord Vane.";
    let report = audit(text);
    let s = sentence(&report, text, "book");
    assert_eq!(s.attributions[0].source.resolved, Some("Paul Ellis"));
    assert_eq!(s.label, Label::Named);
}

/// "“Mark is a great leader,” said the 46-year-old": an epithet's person
/// is not one named inside the words it tags; "The candidate's wife Ana
/// Cole brought" has Ana Cole for its subject.
#[test]
fn an_epithet_is_not_the_one_named_in_its_quotation() {
    let text = "Mark Cole spoke on Monday. Ana Cole brought some glamour. \
                The former model gave a speech. \
                \"Mark is a great leader,\" said the 46-year-old.";
    assert_eq!(resolved_in(text, "great leader"), Some("Ana Cole"));
    let text = "Mark Cole spoke on Monday. The candidate's wife Ana Cole brought some glamour. \
                \"Mark is a great leader,\" said the 46-year-old.";
    assert_eq!(resolved_in(text, "great leader"), Some("Ana Cole"));
}

/// "Ms. Reyes drew a distinction when a reporter asked if she was
/// reversing. “...,” she said": the one the question was put to answers,
/// not the unnamed asker.
#[test]
fn the_subject_asked_a_question_answers_it() {
    let text = "Carla Reyes spoke in Ohio. Ms. Reyes drew a distinction when a reporter \
                asked if she was reversing her pledge. \
                \"You know, I think voters understood,\" she said.";
    assert_eq!(resolved_in(text, "voters understood"), Some("Carla Reyes"));
    let report = audit(text);
    assert_eq!(
        sentence(&report, text, "voters understood").label,
        Label::Quoted
    );
}

/// "Democrats supporting Mrs. Lane said": a plural of people and a
/// participle phrase names a side, not the one it supports; "managing
/// director Tim Osei" and "Spurs' sporting director" are no such phrase.
#[test]
fn people_backing_a_name_are_not_that_name() {
    let text = "Ruth Lane spoke on Monday. Democrats supporting Mrs. Lane said the race was over.";
    let report = audit(text);
    let s = sentence(&report, text, "race");
    assert_eq!(s.attributions[0].source.resolved, None);
    assert_eq!(s.label, Label::Anonymous);
    let text = "Acme's managing director Tim Osei said the price was fair.";
    assert_eq!(resolved_in(text, "price"), Some("Tim Osei"));
}

/// Deeds and conditions that say nothing: a race won ("claimed the
/// 200m"), games reeled off, a condition contrary to fact ("Had the
/// police found"), a verb after a causative's object ("letting people
/// tell their stories").
#[test]
fn races_won_conditions_and_caused_acts_say_nothing() {
    let text = "Kemp stretched her unbeaten run as she easily claimed the 200m. \
                She reeled off nine straight games to win. \
                Had the police found the posts years ago, they might have kept him out. \
                The app is focused on letting people tell and share their stories.";
    assert_unattributed(&audit(text), text, &["200m", "nine", "posts", "app"]);
}

/// "One leading Karachi broker said": an unnamed person of a place or a
/// firm the lists may not know is anonymous; "Locally, too, say
/// analysts," has its source after the verb; "everyone does, indeed,
/// expect Brown to" has none after it.
#[test]
fn an_unnamed_person_of_an_unknown_place_and_inverted_analysts() {
    let text = "One leading Karachi broker said the real reasons may be political.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(report.sentences[0].attributions[0].source.resolved, None);
    let text = "Locally, too, say analysts, recent political changes have helped the market.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["analysts"]);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    let text = "And everyone does, indeed, expect Gordon Brown to do just that.";
    assert!(sources_of(&audit(text).sentences[0]).is_empty());
}

/// "a group called Citizens for Reform" names the group, no one calls; "a
/// news group called “The Wire” said" has the group for its subject; "a
/// spokesman called Hale a liar" is a claim.
#[test]
fn a_thing_called_by_a_name_is_no_claim() {
    let text = "''Put everybody face to face and you have a problem,'' said Tom Vale, \
                the organizer of a group called Citizens for Reform.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Tom Vale, the organizer of a group called Citizens for Reform"]
    );
    assert_eq!(report.sentences[0].label, Label::Quoted);
    let text = "A news group called \"The Wire\" said that the vote was rigged.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["A news group"]);
    let text = "In a statement, a spokesman called Hale a liar.";
    assert_eq!(sources_of(&audit(text).sentences[0]), ["a spokesman"]);
}

/// "Peter Lund, who is party chairman, said": an office given in the
/// relative clause makes the name official, and "he" after it; not "who is
/// vying to be the next president", nor one once held ("who was mayor").
#[test]
fn an_office_in_a_relative_clause_is_a_title() {
    let text = "Peter Lund, who is UKIP Wales chairman, said he had suspended Mr Hay. \
                He said the evidence would be examined.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(report.sentences[1].label, Label::Official);
    for text in [
        "Dan Reed, who is vying to be the next president, said he never backed the plan.",
        "Jane Orton, who was mayor of Dunmore when the plant closed, said the owners could help.",
    ] {
        assert_eq!(audit(text).sentences[0].label, Label::Named, "{text}");
    }
}

/// "Vexa declined to comment, saying it could not talk about its clients": a
/// reason for the refusal is no claim; "saying only that" is one.
#[test]
fn a_participle_restating_a_refusal_says_nothing() {
    let text = "Vexa declined to comment, saying it could not talk about its clients.";
    assert_unattributed(&audit(text), text, &["clients"]);
    let text = "Vexa declined to comment, saying only that the site was stable.";
    assert_eq!(sources_of(&audit(text).sentences[0]), ["Vexa"]);
}

/// "“Call it a peace dividend,” smiles one broker": a gesture in the
/// present tags a quotation too, and an unnamed person by trade speaks it.
#[test]
fn a_present_gesture_tags_an_unnamed_speakers_quotation() {
    let text = "\"Call it a peace dividend,\" smiles one broker. \"Let us see how long it lasts.\"";
    let report = audit(text);
    for s in &report.sentences {
        assert_eq!(s.label, Label::Anonymous);
        assert_eq!(sources_of(s), ["one broker"]);
    }
    let text = "\"No one died,\" laughs Conti.";
    assert_eq!(sources_of(&audit(text).sentences[0]), ["Conti"]);
}

/// "Chris Dale, the committee's political director, released a statement
/// confirming": with no cue before it, the subject keeps the office its
/// description gives.
#[test]
fn a_subjects_office_in_its_description_counts_without_a_cue() {
    let text = "Chris Dale, the committee's political director, released a statement \
                confirming the hires.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Chris Dale, the committee's political director"]
    );
    assert_eq!(report.sentences[0].label, Label::Official);
}

/// "One veteran trader said the cause may be tariffs. “Once the tariffs
/// bite, ...”": one unnamed person whose words the sentence before reports
/// speaks the quotation after it, though another spoke the last one.
#[test]
fn an_unnamed_speaker_just_before_speaks_the_next_quotation() {
    let text = "\"Growth is solid,\" says port director Ana Ruiz. \
                One veteran dock trader said the real cause may be the new tariffs. \
                \"Once the tariffs bite, cargo will go to other ports.\"";
    let report = audit(text);
    let s = sentence(&report, text, "cargo");
    assert_eq!(sources_of(s), ["One veteran dock trader"]);
    assert_eq!(s.label, Label::Anonymous);
}

/// "emails marked 'confidential'", "crates stamped \"fragile\"": a label
/// given in marks is no one's words.
#[test]
fn a_label_given_in_marks_is_no_quotation() {
    let text = "Vane has said he sent her dozens of emails marked 'confidential'. \
                Ruiz said the crates were stamped \"fragile\" at the port.";
    let report = audit(text);
    for s in &report.sentences {
        assert_eq!(s.label, Label::Named, "{:?}", s.attributions);
    }
}

/// `using the levy "is a mistake," said Mr. Hale`: a comma inside the
/// closing mark of words quoted within the sentence still sets off the
/// inverted speaker after "said", even before a bracket.
#[test]
fn an_inverted_speaker_after_a_comma_inside_the_closing_mark() {
    for text in [
        "However fair the aim, using the levy \"is a mistake,\" said Mr. Hale.",
        "However fair the aim, using the levy \"is a mistake,\" said Mr. Hale (a view shared by every trader I met at the port).",
    ] {
        let report = audit(text);
        assert_eq!(sources_of(&report.sentences[0]), ["Mr. Hale"], "{text}");
        assert_eq!(report.sentences[0].label, Label::Quoted, "{text}");
    }
}

/// "Tom Hale, the leader in the mayoral polls, said": ahead in a race is
/// no office.
#[test]
fn leading_a_race_is_no_office() {
    let text = "Tom Hale, the leader in the mayoral polls, said the levy would go.";
    assert_eq!(label_of(text, "levy"), Label::Named);
}

/// "The papers report that ..." after two newspapers: the papers are
/// outlets, named, not documents of a body.
#[test]
fn the_papers_after_newspapers_are_outlets() {
    let text = "The stories in the Daily Ledger and the Evening Post were denied. \
                The papers report that Ann Lee drew up the plan.";
    let report = audit(text);
    let s = sentence(&report, text, "drew up");
    assert_eq!(s.attributions[0].source.role, Role::Media);
    assert_eq!(s.label, Label::Named);
}

/// The second code review's misfires of the twenty-first review's rules
/// stay mended.
#[test]
fn the_twenty_first_code_reviews_misfires_stay_mended() {
    // A language spoken at a place; speaking for people is no language.
    let text = "Ann Lee chairs the harbour board. Lee spoke Dutch at the embassy dinner. \
                Lee speaks Polish fluently. The channel showed the debate uncut.";
    let report = audit(text);
    assert_unattributed(&report, text, &["Dutch", "Polish", "uncut"]);
    // A judgement in a participle is no passive event.
    let text = "To critics, the plan was flawed from the start.";
    assert_eq!(label_of(text, "flawed"), Label::Anonymous);
    // "and" inside a body's name that ends in a body's noun of two words.
    let text = "The Ohio Department of Ports and Harbour Services said fees would rise.";
    assert_eq!(
        resolved_in(text, "fees"),
        Some("Ohio Department of Ports and Harbour Services")
    );
    // An outlet's whole name after a place and "in".
    let text = "At the fair in Port Elm New York Times columnist Ann Lee said rents would fall.";
    assert_eq!(
        sources_of(&audit(text).sentences[0]),
        ["New York Times columnist Ann Lee"]
    );
    // "isn't saying whether" leaves the question open too.
    let text = "Ann Lee isn't saying whether she believes the plan will work.";
    assert_eq!(label_of(text, "plan"), Label::Unattributed);
}

/// A typewriter's double mark ('') is one quotation mark: the comma before
/// the closing one ends the quoted words, not the sentence's subject.
#[test]
fn a_typewriter_double_mark_is_one_quotation_mark() {
    let text =
        "Ms. Oduya, recalling ''the quiet years,'' said the council could still change course.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Ms. Oduya"]);
    assert_eq!(report.sentences[0].label, Label::Quoted);
}

/// "can be heard yelling that", "was caught on camera saying": the
/// subject of a passive of perceiving is the speaker.
#[test]
fn heard_or_seen_saying_names_its_subject_as_the_speaker() {
    for (text, source) in [
        (
            "In the footage, Dana Pryce can be heard yelling to the guards that her son had no weapon.",
            "Dana Pryce",
        ),
        (
            "Councillor Amos Reed was caught on camera telling a tenant that the rent would double.",
            "Councillor Amos Reed",
        ),
        ("Pryce is seen telling a medic that she felt faint.", "Pryce"),
    ] {
        let report = audit(text);
        assert_eq!(sources_of(&report.sentences[0]), [source], "{text}");
    }
    let text = "Reed was heard on a microphone telling the clerk to leave the room.";
    assert_eq!(sources_of(&audit(text).sentences[0]), ["Reed"]);
    // Seen doing something, or telling a joke, is no speech reported.
    let text = "The driver was seen running from the car. \
                Two guards were seen arguing with a driver outside the gate. \
                The clerk was caught on camera telling a joke to a customer.";
    let report = audit(text);
    assert_unattributed(&report, text, &["running", "arguing", "joke"]);
}

#[test]
fn a_long_aside_in_brackets_and_an_acronym_before_which() {
    let text = "Sen. Ted Amos (a Vermont Democrat so young he has been mistaken for an intern) \
                says he was adrift. It funds the Lakeside Ferry Guild (LFG), which has said \
                fees will rise. Party co-chairman Ali Khan said the vote was close.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(
        report.sentences[1].attributions[0].source.resolved,
        Some("Lakeside Ferry Guild")
    );
    assert_eq!(report.sentences[2].label, Label::Official);
}

#[test]
fn a_governing_body_speaks_as_an_institution() {
    let text = "The sport's world governing body said the ban would stand.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(
        report.sentences[0].attributions[0].source.role,
        Role::Official
    );
}

#[test]
fn that_after_a_past_tense_opens_no_relative_clause() {
    let text = "Nia Cole paid that down in five years, but said she could not afford to teach.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Nia Cole"]);
}

#[test]
fn an_attendee_who_withholds_the_name_is_anonymous() {
    let text = "One attendee, who spoke on condition of anonymity, said the message was clear.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
}

#[test]
fn a_participle_aside_lends_the_source_none_of_its_names() {
    let text = "The company, based in Austin, Texas, said profits rose. \
                The lawsuit, filed in Los Angeles on Friday, says the fees were hidden.";
    let report = audit(text);
    let company = &report.sentences[0].attributions[0];
    assert_eq!(company.source.role, Role::Official);
    assert_ne!(company.source.resolved, Some("Austin"));
    assert_eq!(
        report.sentences[1].attributions[0].source.role,
        Role::Document
    );
}

#[test]
fn people_the_writer_interviewed_are_unnamed_sources() {
    let text = "The people I interviewed said the levy was unfair. \
                Several farmers we spoke to warned about the frost. \
                Residents we talked with complained about the noise.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["The people I interviewed"]
    );
    assert_eq!(
        sources_of(&report.sentences[1]),
        ["Several farmers we spoke to"]
    );
    assert_eq!(
        sources_of(&report.sentences[2]),
        ["Residents we talked with"]
    );
    for s in &report.sentences {
        assert_eq!(s.label, Label::Anonymous);
    }
}

#[test]
fn a_town_and_its_state_or_county_end_no_appositive() {
    let text = "Dana Voss, a baker from Dayton, Ohio, said the flour tax was unfair. \
                Mr Hale, MP for Henley-on-Thames, Oxfordshire, said he would vote against it. \
                Luis Ortega, mayor of Bend, Oregon, said the town would appeal.";
    let report = audit(text);
    let resolved = first_resolved(&report);
    assert_eq!(
        resolved,
        [Some("Dana Voss"), Some("Hale"), Some("Luis Ortega")]
    );
    assert_eq!(report.sentences[0].label, Label::Named);
    assert_eq!(report.sentences[2].label, Label::Official);
}

#[test]
fn a_region_after_a_title_is_no_name_to_attribute() {
    let text = "The senator from Vermont then walked through the crowd.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Unattributed);
}

#[test]
fn a_hyphenated_modifier_is_no_part_of_a_name() {
    let text = "Texas-based Mara Quist said the count was slow. \
                Fly-half Tom Reyes admitted his kicking was poor. \
                \"It was close,\" said one London-based broker.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Mara Quist")
    );
    assert_eq!(
        report.sentences[1].attributions[0].source.resolved,
        Some("Tom Reyes")
    );
    assert_eq!(report.sentences[2].label, Label::Anonymous);
}

#[test]
fn the_body_of_a_title_is_no_part_of_the_name_after_it() {
    let text = "Speaker of the House Paul Dorn said the vote would go ahead. \
                The San Francisco Police Department said the road was closed.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Paul Dorn")
    );
    assert_eq!(
        report.sentences[1].attributions[0].source.resolved,
        Some("San Francisco Police Department")
    );
}

#[test]
fn a_term_quoted_alone_lends_no_words_to_the_subject() {
    let text = "Game maker Orbis holds an 'open' audition day. \
                Nell Hart bought the rights to ''Harbor,'' a thriller. \
                The minister was \"satisfied\" that the data was safe.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Unattributed);
    assert_eq!(report.sentences[1].label, Label::Unattributed);
    assert_eq!(report.sentences[2].label, Label::Quoted);
}

#[test]
fn a_name_introduced_as_a_body_speaks_as_one() {
    let text = "Shipping giant Norvik lost its appeal on Monday. \
                Norvik said it would take the case to a higher court. \
                Norvik added 300 routes last year.";
    let report = audit(text);
    assert_eq!(report.sentences[1].label, Label::Official);
    assert_eq!(
        report.sentences[1].attributions[0].source.role,
        Role::Official
    );
}

#[test]
fn an_aside_of_circumstance_lends_the_source_none_of_its_groups() {
    let text = "The Kestrel administration, in a far-reaching effort to help workers that \
                has drawn fire from business groups, has said it would raise the threshold.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
}

#[test]
fn a_plural_possessive_mark_stays_inside_a_body_name() {
    let text = "Ravi Mehta from the Pipers' Guild said the fees were too high.";
    let report = audit(text);
    let source = &report.sentences[0].attributions[0].source;
    assert_eq!(source.text, "Ravi Mehta from the Pipers' Guild");
    assert_eq!(source.resolved, Some("Ravi Mehta"));
}

#[test]
fn an_abbreviation_inside_a_trailing_appositive_ends_nothing() {
    let text = "\"It worked,\" said Ann Lowe, a former aide to Mr. Dunn.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.text,
        "Ann Lowe, a former aide to Mr. Dunn"
    );
}

#[test]
fn a_plural_after_a_gerund_is_its_object() {
    let text = "The bill would stop the agency from finalizing rules on pensions.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Unattributed);
}

#[test]
fn a_cue_word_after_an_article_ends_no_subject() {
    let text = "Adult actors in the show include Tim Healy. \
                The authors of the report combed through the filings.";
    let report = audit(text);
    for s in &report.sentences {
        assert_eq!(s.label, Label::Unattributed);
    }
}

#[test]
fn a_participle_after_an_adverb_after_a_possessive_is_an_adjective() {
    let text = "For the mayor, Ohio's emotionally charged protest against the state is a warning. \
                Ana Ruiz said she's essentially saying the same thing.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Unattributed);
    assert_eq!(report.sentences[1].label, Label::Named);
}

#[test]
fn an_unnamed_body_speaking_as_such_is_official() {
    let text = "A federal appeals court ruled Friday against the rule. \
                A union representing pilots endorsed the plan. \
                A group of rabbis said they would walk out. \
                A senior official said the talks had stalled.";
    let report = audit(text);
    let labels: Vec<_> = report.sentences.iter().map(|s| s.label).collect();
    assert_eq!(
        labels,
        [
            Label::Official,
            Label::Official,
            Label::Anonymous,
            Label::Anonymous
        ]
    );
}

/// Readings this version's rules must leave alone, found by review.
#[test]
fn the_new_rules_leave_their_look_alikes_alone() {
    let auditor = Auditor::new();
    let first = |text: &str| {
        let report = auditor.audit(text);
        let a = report
            .sentences
            .last()
            .unwrap()
            .attributions
            .first()
            .cloned();
        a.map(|a| {
            (
                a.source.text.to_owned(),
                a.source.resolved.map(str::to_owned),
            )
        })
    };
    // A noun in "-ing" after "for" or "of" is the subject's, not a gerund.
    assert!(first("A spokeswoman for housing says the estate will be rebuilt.").is_some());
    assert!(first("A director of nursing says the ward is full.").is_some());
    // "'s" for "has" before an adverb and a participle.
    assert!(first("Smith's repeatedly said that the plan would fail.").is_some());
    assert!(first("Trump, who's repeatedly said the vote was rigged, warned again.").is_some());
    // Places whose second word is a given name.
    assert_eq!(
        first("The San Antonio Spurs said the trade was done.")
            .unwrap()
            .1,
        Some("San Antonio Spurs".to_owned())
    );
    // A hyphenated word inside a name (and the regime the name owns).
    assert_eq!(
        first("The Kim Jong-un regime said the test was a success.")
            .unwrap()
            .1,
        Some("Kim Jong-un regime".to_owned())
    );
    // A relative word before the contact clause.
    assert_eq!(
        first("Everyone that I interviewed said the plan would fail.")
            .unwrap()
            .0,
        "Everyone that I interviewed"
    );
    // A name after "the company" opens a clause, not a body's name.
    let report = auditor.audit("He left the company Smith founded. Smith said he was sorry.");
    assert_eq!(report.sentences[1].label, Label::Named);
}

#[test]
fn an_article_remembers_the_sixteen_latest_names_introduced_as_bodies() {
    // The memory is bounded, so that a long text costs linear time: the
    // seventeenth body introduced pushes out the first.
    let names = [
        "Norvik", "Alvarra", "Brenmoor", "Corvane", "Daltrex", "Elvenor", "Falkrit", "Gorvath",
        "Halvani", "Istrend", "Jorvale", "Keltrum", "Lunvar", "Morrest", "Nelvane", "Orvitz",
        "Pellarc",
    ];
    let mut text = String::new();
    for name in names {
        text.push_str(&format!("Shipping firm {name} opened a port. "));
    }
    // (The words say nothing of "it": a firm saying what it will do is
    // one whatever the memory holds.)
    text.push_str("Pellarc said the port would hire. Norvik said the port would close.");
    let report = audit(&text);
    assert_eq!(label_of(&text, "Pellarc said"), Label::Official);
    assert_eq!(label_of(&text, "Norvik said"), Label::Named);
    assert_eq!(report.sentences.len(), names.len() + 2);
}

/// A title or a name in quotation marks ("a report titled '…'", "the plan
/// is called '…'") is nobody's words, even when it holds a comma; after a
/// subject, naming is a claim ("what critics called 'a gift'").
#[test]
fn a_name_given_to_something_is_no_quotation() {
    let text = "The council started work on the plan last year, and the outcome is called 'Better Roads, Safer Streets'. \
                Parents formed a new group called \"Mothers Against the Bypass, Now\" in March. \
                Her memoir, titled \"Rain, Then Sun\", came out in May. \
                The law, which critics called \"a gift to landlords, nothing more\", passed on Friday.";
    let report = audit(text);
    assert_unattributed(
        &report,
        text,
        &["Better Roads", "Mothers Against", "Rain, Then Sun"],
    );
    let claim = sentence(&report, text, "gift to landlords");
    assert_eq!(claim.label, Label::Anonymous);
    assert_eq!(claim.attributions[0].mode, Mode::Partial);
    let speakers: Vec<_> = report.quotes.iter().map(|q| q.speaker).collect();
    assert_eq!(speakers, [None, None, None, Some("critics")]);
    // A passive with its agent is a claim, the agent's words.
    assert_eq!(
        label_of(
            "The mayor was called \"a coward, plain and simple\" by Ruiz.",
            "coward"
        ),
        Label::Quoted
    );
}

/// A body's act is the writer's report ("Acme Corp hired", "the bank
/// raised rates"); its decisions are its positions ("the council blocked
/// the plan").
#[test]
fn a_bodys_act_is_no_claim_but_its_decision_is() {
    let text = "Acme Corp hired 200 engineers last year. \
                The central bank raised interest rates on Thursday. \
                Apple released a new phone on Tuesday. \
                The city council blocked the plan on Monday.";
    let report = audit(text);
    assert_unattributed(&report, text, &["hired", "raised", "released"]);
    let decision = sentence(&report, text, "blocked");
    assert_eq!(decision.label, Label::Official);
    assert_eq!(sources_of(decision), ["The city council"]);
}

/// "Mr Arteta was less pleased. He said": a name after an honorific opens
/// its sentence, and "he" in the next one is that person.
#[test]
fn a_name_after_an_honorific_opens_its_sentence() {
    let text = "\"We were brilliant,\" Smith said. Mr Arteta was less pleased. \
                He said his side had been poor.";
    assert_eq!(resolved_in(text, "side had been poor"), Some("Arteta"));
}

/// "Jim Lowe's plan was \"reckless,\" he said": a possessive opening the
/// words a trailing tag reports is not the speaker.
#[test]
fn a_possessive_in_the_words_reported_is_not_the_speaker() {
    let text = "Opposition leader Tom Hardy attacked the budget on Monday. \
                Jim Lowe's plan was \"reckless and unfair,\" he said.";
    assert_eq!(resolved_in(text, "reckless"), Some("Tom Hardy"));
}

/// "\"Blake won't like it,\" he continued", long after the speaker's cue:
/// a person named inside the quotation a tag reports is not its speaker.
#[test]
fn a_name_inside_the_quotation_a_tag_reports_is_not_the_speaker() {
    let text = "President Tom Reyes spoke to reporters on Monday about the harbor. Reyes said: \
                \"The ferry will run again by the spring, and the islanders who have waited \
                for three long winters will have their crossing back. We have found the money \
                for the new hull and the new engines, and the yard in Portsmouth has promised \
                us the work by March at the latest. Nobody in this office has forgotten the \
                people on the far side of the water, and nobody ever will, whatever the \
                weather does to us this year.\"\n\n\"I don't think Governor Sam Blake will like \
                that answer very much,\" he continued.";
    assert_eq!(resolved_in(text, "that answer"), Some("Tom Reyes"));
}

/// A known person's past act in a game, a show or a business is the
/// writer's report, not a claim: "Moss scored", "Moss faced the vote".
#[test]
fn a_persons_acts_in_a_game_or_a_show_are_no_claims() {
    let text = "Coach Lia Moss said the side was ready. Moss scored twice in the first half. \
                Moss faced the public vote on Friday. Moss reached the final with an easy win. \
                Moss hosted the awards on Sunday. Moss scooped the top prize last year.";
    let report = audit(text);
    assert_unattributed(
        &report,
        text,
        &[
            "scored twice",
            "public vote",
            "the final",
            "the awards",
            "top prize",
        ],
    );
}

/// "its chief executive has said": a post of two words, unnamed, speaks on
/// the record for its body, as a spokesperson does.
#[test]
fn an_unnamed_chief_executive_speaks_for_the_body() {
    let text = "Harbor Freight Lines could cut 900 jobs next year, its chief executive has said.";
    assert_eq!(label_of(text, "900 jobs"), Label::Official);
}

/// "Bookmaker Ladbrokes said": a bookmaker is a company, speaking as one.
#[test]
fn a_bookmaker_speaks_as_a_company() {
    let text = "Bookmaker Hollins Bet said the singer was the favourite to leave.";
    assert_eq!(label_of(text, "favourite"), Label::Official);
}

/// "budget airline Skyway" ... "the carrier reported": a body introduced
/// by a noun of its kind is what "the airline", "the carrier" or "the
/// group" stands for later, though it has not spoken before; the noun
/// itself wins over another company named since.
#[test]
fn a_body_introduced_by_its_kind_is_what_the_noun_stands_for() {
    let text = "Budget airline Skyway has ordered 40 new planes. \
                The carrier reported a drop in profit earlier this year. \
                Printing group Harlow Press & Media has bought a stake in paper company Vellum. \
                The deal came as the group announced that its results would meet forecasts.";
    assert_eq!(resolved_in(text, "drop in profit"), Some("Skyway"));
    assert_eq!(
        resolved_in(text, "meet forecasts"),
        Some("Harlow Press & Media")
    );
}

/// No claims: "and it shows" (it is plain to see), "he will seek help" (an
/// act), "That's what it's supposed to do" (no source), and a byline after
/// a dash ("- Ann Lee.") that signs no quotation.
#[test]
fn idioms_acts_and_bylines_are_no_claims() {
    let text =
        "Mayor Tom Reyes spoke on Monday. He's said he gets his ideas from a novel, and it shows. \
                Hopefully, he will seek help. The bank kept rates low. \
                That's what it's supposed to do when growth is low.\n\n- Ann Lee.";
    let report = audit(text);
    assert_unattributed(&report, text, &["seek help", "supposed to do", "Ann Lee"]);
    assert_eq!(resolved_in(text, "and it shows"), Some("Tom Reyes"));
}

/// "the Russian", "the 24-year-old Texan": a nationality or home after
/// "the" stands for the person the sentence before was about, and takes
/// the label of that person's introduction; it is no name of its own.
#[test]
fn a_nationality_after_the_stands_for_the_person_named_before() {
    let text = "Gov. Rick Lane of Texas spoke in Austin on Monday. \
                The 61-year-old Texan said the border plan would pass. \
                Ivan Petrov, the coach, watched his side lose. \
                The Russian said his players were tired.";
    let report = audit(text);
    assert_eq!(resolved_in(text, "border plan"), Some("Rick Lane"));
    assert_eq!(
        sentence(&report, text, "border plan").label,
        Label::Official
    );
    assert_eq!(resolved_in(text, "players were tired"), Some("Ivan Petrov"));
}

/// "questions on who Reyes would like to see win", "asked whether she
/// thought": a question put about someone's view states no view of theirs.
#[test]
fn a_question_about_a_view_is_no_claim() {
    let text = "Mayor Tom Reyes spoke on Monday. \
                His aide refused to answer questions on who Reyes would like to see win. \
                Senator Ana Ortiz was asked whether she thought the plan would fail.";
    let report = audit(text);
    assert_unattributed(&report, text, &["see win", "plan would fail"]);
}

/// "voters who didn't know him", "Lee engaged in talks": knowing someone
/// and taking part are no claims.
#[test]
fn knowing_someone_and_taking_part_are_no_claims() {
    let text = "Senator Ana Ortiz spoke in Iowa. \
                Voters, who didn't know her, still turned out. \
                Ortiz also engaged in a long debate with the mayor.";
    let report = audit(text);
    assert_unattributed(&report, text, &["turned out", "long debate"]);
}

/// "\"...,\" the agency reports a union source as saying": the unnamed one
/// quoted is the source of the quotation, as after "quoted".
#[test]
fn an_outlet_reporting_an_unnamed_source_as_saying_is_anonymous() {
    let text = "\"The council has raised its concerns,\" the Coastal Ledger reports a union \
                source as saying.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(s.attributions[0].source.text, "a union source");
    assert_eq!(s.attributions[0].mode, Mode::Direct);
}

/// "Lane was tired. But she was pleased to see Ames. \"...,\" she said": a
/// sentence opened by a pronoun that fits goes on with the subject before,
/// not with the last woman named.
#[test]
fn a_pronoun_opening_its_sentence_keeps_the_subject_before() {
    let text = "Singer Maria Lane was evicted on Friday. Lane, 71, appeared not to have \
                enjoyed her time in the house. But she was pleased to have patched things up \
                with actress Joan Ames, her former daughter-in-law.\n\n\
                \"That alone was worth it,\" she said.";
    assert_eq!(resolved_in(text, "worth it"), Some("Maria Lane"));
}

/// "a lawmaker in the Philippines said": the place is where the office is,
/// not the source, and one unnamed holder of many is not identified; "the
/// senator from Vermont" is the one introduced so; "the Republican lawmaker"
/// speaks by office.
#[test]
fn an_office_in_a_place_is_held_by_a_person_not_the_place() {
    let text = "A lawmaker in Ohio said the plan was wrong. \
                Vermont Sen. Paul Arden spoke on Monday. \
                The senator from Vermont said the banks were corrupt. \
                The Republican lawmaker said the vote would fail.";
    let report = audit(text);
    let first = &sentence(&report, text, "plan was wrong").attributions[0];
    assert_eq!(first.source.identity, Identity::Anonymous);
    assert_eq!(first.source.resolved, None);
    assert_eq!(resolved_in(text, "banks were corrupt"), Some("Paul Arden"));
    assert_eq!(label_of(text, "vote would fail"), Label::Official);
}

/// One outlet is one row of the sources table, with or without its article.
#[test]
fn an_outlet_with_and_without_its_article_is_one_source() {
    let text = "Prices rose, according to the Wall Street Journal. \
                The Wall Street Journal reported that rents fell.";
    let report = audit(text);
    let rows: Vec<(&str, usize)> = report.sources.iter().map(|r| (r.name, r.claims)).collect();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].1, 2);
}

/// Lowercase particles belong to the name ("von der Leyen", "bin Salman",
/// "al-Assad", "Ross-van Dorp"), and the surname with its particles finds the person again.
#[test]
fn a_name_keeps_its_particles() {
    let text = "Ursula von der Leyen said the plan was sound. \
                Von der Leyen later said it would pass. \
                Mohammed bin Salman said oil would rise. \
                Bashar al-Assad said the war was over. \
                Minister Clemence Ross-van Dorp said the team was great.";
    let report = audit(text);
    let resolved = first_resolved(&report);
    assert_eq!(
        resolved,
        [
            Some("Ursula von der Leyen"),
            Some("Ursula von der Leyen"),
            Some("Mohammed bin Salman"),
            Some("Bashar al-Assad"),
            Some("Clemence Ross-van Dorp"),
        ]
    );
}

/// "British Airways", "Royal Mail": a name opened by an adjective of nation
/// or reach is a body's, official; "Cllr" is a councillor's title; and
/// "French Open champion" is a noun, no body's act.
#[test]
fn corporate_names_and_councillors_are_official() {
    let text = "British Airways said flights were cancelled. \
                Royal Mail said deliveries would resume. \
                Cllr Rita Moss said the road would close. \
                French Open champion Lia Moss sailed through.";
    let report = audit(text);
    let labels: Vec<Label> = report.sentences.iter().map(|s| s.label).collect();
    assert_eq!(
        labels,
        [
            Label::Official,
            Label::Official,
            Label::Official,
            Label::Unattributed
        ]
    );
    assert_eq!(
        report.sentences[2].attributions[0].source.resolved,
        Some("Rita Moss")
    );
}

/// A body's name goes on after "for" or "of" ("the Department for
/// Education", "the Muslim Council of Britain"), and is no person "of" a
/// place ("the Association of Directors of Social Services").
#[test]
fn a_bodys_name_goes_on_after_for_and_of() {
    let text = "The Department for Education said schools would reopen. \
                The Muslim Council of Britain said the plan was unfair. \
                The Association of Directors of Social Services said it agreed.";
    let report = audit(text);
    let resolved = first_resolved(&report);
    assert_eq!(resolved[0], Some("Department for Education"));
    assert_eq!(resolved[1], Some("Muslim Council of Britain"));
    for s in &report.sentences {
        assert_eq!(s.label, Label::Official, "{:?}", s.attributions);
    }
}

/// "Acme Robotics, Inc. said": the legal suffix after a comma belongs to
/// the company's name, which is the source, official.
#[test]
fn a_legal_suffix_after_a_comma_is_the_companys() {
    let text =
        "Acme Robotics, Inc. said revenue rose. Brightline Holdings, LLC said it would appeal.";
    let report = audit(text);
    let sources: Vec<_> = report.sentences.iter().map(sources_of).collect();
    assert_eq!(
        sources,
        [["Acme Robotics, Inc."], ["Brightline Holdings, LLC"]]
    );
    for s in &report.sentences {
        assert_eq!(s.label, Label::Official);
    }
}

/// Direct speech is a quoted clause opening the sentence or introduced by a
/// comma, a colon or its cue; after another verb the quotation is a few
/// words inside reported speech, however long.
#[test]
fn a_quotation_after_another_verb_is_partial_and_after_a_colon_direct() {
    let text =
        "Analysts said the figures reflected \"a tough demand environment for the firm.\"\n\n\
                Asked whether he would resign, Mr Smith said: \"No.\"\n\n\
                She said, \"We will win this race in the end.\"\n\n\
                Lee said she asked the question \"to build on the comments made before,\" in the end.";
    let report = audit(text);
    let modes: Vec<_> = report
        .sentences
        .iter()
        .map(|s| s.attributions[0].mode)
        .collect();
    assert_eq!(
        modes,
        [Mode::Partial, Mode::Direct, Mode::Direct, Mode::Partial]
    );
}

/// "It's understood", "we are told": hedges that name no source, like "it
/// is understood".
#[test]
fn contracted_and_first_person_hedges_are_noted() {
    let text = "It’s understood the plan will be revised. We are told the deal is off.";
    let report = audit(text);
    let hedges: Vec<Vec<&str>> = report
        .sentences
        .iter()
        .map(|s| s.hedges.iter().map(|h| h.text).collect())
        .collect();
    assert_eq!(hedges, [vec!["It’s understood"], vec!["We are told"]]);
    for s in &report.sentences {
        assert_eq!(s.label, Label::Unattributed);
    }
}

/// "the chief" after "Police Chief Maria Lopez": a longer title's last word,
/// itself a title, finds its holder; "the general" after an attorney
/// general does not.
#[test]
fn a_role_noun_finds_the_holder_of_a_longer_title_by_its_head() {
    let text = "Police Chief Maria Lopez said two men were held. \
                The chief said more arrests were possible. \
                Attorney General Tom Vale said charges were filed. \
                The general said the search would go on.";
    assert_eq!(resolved_in(text, "more arrests"), Some("Maria Lopez"));
    assert_eq!(resolved_in(text, "search would go on"), None);
}

/// "Some details of the chip", "these claims": a word in "-s" after a
/// quantifier or a demonstrative is a plural noun, no verb of saying.
#[test]
fn a_plural_after_some_or_these_is_a_noun() {
    let text = "Some details of the chip have been revealed. These claims were false. \
                Some say the plan will fail.";
    let labels = labels(text);
    assert_eq!(
        labels,
        [Label::Unattributed, Label::Unattributed, Label::Anonymous]
    );
}

/// "would not say whether", "didn't comment": a refusal in other words is
/// unattributed; "did not say the plan would fail" still reports a claim.
/// "go on offense" is no going on to say; a bourse speaks as a body.
#[test]
fn refusing_in_other_words_is_unattributed() {
    let text = "Reid would not say whether he would run.\n\nLee didn't comment.\n\n\
                Reid did not say the plan would fail.\n\n\
                Trump will go on offense against his rivals.\n\n\
                The bourse said it may pay in cash.";
    let labels = labels(text);
    assert_eq!(
        labels,
        [
            Label::Unattributed,
            Label::Unattributed,
            Label::Named,
            Label::Unattributed,
            Label::Official
        ]
    );
}

/// "major rail terminals", "went on the offensive", "has plans": nouns and
/// idioms, no cues; "railed against the plan" is one.
#[test]
fn rail_offensive_and_has_plans_are_no_cues() {
    let text = "The hotspots are in all London's major rail terminals. \
                Tory leader Ann Hale went on the offensive over the comments. \
                The Brazilian government has plans to switch to Linux. \
                Activists railed against the plan.";
    let labels = labels(text);
    assert_eq!(
        labels,
        [
            Label::Unattributed,
            Label::Unattributed,
            Label::Unattributed,
            Label::Anonymous
        ]
    );
}

/// "did not say when …, but said": a question after a verb of saying is its
/// object, and the second verb shares the first one's subject.
#[test]
fn a_question_after_a_verb_of_saying_leaves_the_subject_to_share() {
    let text = "Marsh did not say when the move would happen, but said it had signed a letter.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Named, "{:?}", s.attributions);
    assert_eq!(sources_of(s), ["Marsh"]);
}

/// "a streaming-site user", "Harbour Bank customers": people named by a body
/// they use are persons, not the body's voice; a poll of them is still a
/// document.
#[test]
fn people_named_by_a_body_they_use_speak_as_persons() {
    let text = "One StreamCo user said the app kept crashing. \
                Harbour Bank customers complained that the branch had closed. \
                A poll of Harbour Bank customers showed that most wanted it back.";
    let report = audit(text);
    let roles: Vec<Role> = report
        .sentences
        .iter()
        .map(|s| s.attributions[0].source.role)
        .collect();
    assert_eq!(roles, [Role::Person, Role::Person, Role::Document]);
    assert_eq!(labels(text), [Label::Anonymous; 3]);
}

/// "appeared to suggest", "seemed to think", "continued to insist": the
/// second verb is the cue and the first one's subject its source.
#[test]
fn raising_verbs_lend_their_subject_to_the_verb_of_saying() {
    let text = "Okafor appeared to suggest that the ferry would close. \
                Mrs. Lind seemed to think the vote was lost. \
                The mayor's critics continued to insist that the plan would fail.";
    let report = audit(text);
    let sources: Vec<Vec<&str>> = report.sentences.iter().map(sources_of).collect();
    assert_eq!(
        sources,
        [
            vec!["Okafor"],
            vec!["Mrs. Lind"],
            vec!["The mayor's critics"]
        ]
    );
    assert_eq!(labels(text), [Label::Named, Label::Named, Label::Anonymous]);
}

/// "added to the pressure", "adds up to": adding to things, not words, for a
/// body as for anything else; "added to reporters" is still words.
#[test]
fn adding_to_things_is_no_claim() {
    let text = "The delays added to the anger of commuters. \
                The firm's losses add up to a tough year. \
                The rail company added up the costs. \
                Okafor added to reporters that the line would reopen.";
    assert_eq!(
        labels(text),
        [
            Label::Unattributed,
            Label::Unattributed,
            Label::Unattributed,
            Label::Named
        ]
    );
}

/// "“Rubbish,” the chairman told the website": a short quotation that is
/// direct speech is one a later quotation continues, not the scare-quoted
/// words of an earlier speaker.
#[test]
fn a_short_direct_quotation_is_continued_by_the_next_one() {
    let text = "Others continued to warn that the \"bubble may burst\". \
                \"That's rubbish,\" exchange chairman Omar Haddad told the website. \
                \"Whenever the market reflects reality, it is called a bubble.\"";
    let report = audit(text);
    let s = sentence(&report, text, "Whenever");
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].source.resolved, Some("Omar Haddad"));
}

/// Verbs of comment the lexicon lacked: "commented", "reckons",
/// "confessed", "underlined"; "reckon with" is to face, not to think.
#[test]
fn verbs_of_comment_are_cues() {
    let text = "\"The deal is huge,\" commented Harbour Bank chief executive Ana Ruiz. \
                Okafor reckons the line will reopen. \
                Lind confessed that she had lost the file. \
                The candidates will have to reckon with the deficit.";
    assert_eq!(
        labels(text),
        [
            Label::Quoted,
            Label::Named,
            Label::Named,
            Label::Unattributed
        ]
    );
}

/// "party headquarters says", "social services says": a noun in "-s"
/// before a verb in "-s" is its subject when the noun is a body's.
#[test]
fn a_bodys_plural_looking_noun_is_the_subject_of_a_verb_in_s() {
    let text = "Party headquarters says the candidate cannot stand.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Official, "{:?}", s.attributions);
    assert_eq!(sources_of(s), ["Party headquarters"]);
}

/// "Brenner, a leading German insurer, said": an appositive headed by a
/// body's noun makes the name a body; "a partner at the law firm" does
/// not.
#[test]
fn an_appositive_headed_by_a_bodys_noun_names_a_body() {
    let text = "Brenner, a leading German insurer, said it expected losses. \
                Halvex, a Leeds-based company, said it would appeal. \
                Dana Moss, a partner at the law firm, said the ruling was wrong.";
    assert_eq!(
        labels(text),
        [Label::Official, Label::Official, Label::Named]
    );
}

/// "Neither company would comment", "None of the owners would comment": a
/// subject that says no makes the sentence a refusal, not a claim; "the
/// findings underscore" is the writer's point, with no quotation.
#[test]
fn a_refusal_by_a_negative_subject_and_a_writers_emphasis_are_no_claims() {
    let text = "Neither company would comment on the reports. \
                None of the owners would comment for this story. \
                The findings underscore a growing divide.";
    let report = audit(text);
    assert_unattributed(&report, text, &["Neither", "None", "findings"]);
}

/// "Lund has beaten Ames twice. … he said": with a rival named after it and
/// no earlier source, the last sentence's subject is still the likelier
/// speaker.
#[test]
fn a_pronoun_prefers_the_last_subject_to_the_rival_after_it() {
    let text = "Tomas Lund has now beaten Andre Ames in two of their three meetings.\n\n\
                \"I had a good plan and I kept to it,\" he said.";
    assert_eq!(resolved_in(text, "good plan"), Some("Tomas Lund"));
}

/// "The ministry less than two weeks ago said": a span of time before "ago"
/// stands between the subject and its verb.
#[test]
fn a_span_of_time_before_ago_is_skipped_back_to_the_subject() {
    let text = "The Harbour Authority less than two weeks ago said the pier was safe. \
                The ministry 18 months ago said it would act.";
    let report = audit(text);
    let sources: Vec<Vec<&str>> = report.sentences.iter().map(sources_of).collect();
    assert_eq!(
        sources,
        [vec!["The Harbour Authority"], vec!["The ministry"]]
    );
    assert_eq!(labels(text), [Label::Official, Label::Official]);
}

/// "— Okafor." on a line of its own after a quotation signs it with the
/// surname alone; a bullet ("- Rovers, who …") and an agency's credit
/// ("- Reuters.") do not.
#[test]
fn a_surname_alone_on_a_dash_line_signs_the_quotation_before_it() {
    let text = "The pier reopened on Monday after a visit by Mayor Ana Okafor.\n\n\
                \"We will rebuild the harbour wall before winter.\"\n\n\
                - Okafor.\n\n\
                - Rovers, who won the cup in 1928, face another replay.";
    let report = audit(text);
    let s = sentence(&report, text, "rebuild");
    assert_eq!(s.label, Label::Quoted, "{:?}", s.attributions);
    assert_eq!(s.attributions[0].source.resolved, Some("Ana Okafor"));
    assert_unattributed(&report, text, &["Rovers"]);
}

/// "some think …": a quantifier stands for people, no one person "he" may
/// be; the spokesman cited after it is.
#[test]
fn a_quantifier_is_no_antecedent_for_he_or_she() {
    let text = "The plan has caused controversy as some think it goes too far. \
                The Ofwatch spokesman said it was considering new limits. \
                \"We would want strict controls on power,\" he said.";
    let report = audit(text);
    let s = sentence(&report, text, "strict controls");
    assert_eq!(s.label, Label::Quoted, "{:?}", s.attributions);
    assert_ne!(s.attributions[0].source.resolved, Some("some"));
}

/// "Zurich Financial", "Centerview Partners", "Tata Steel": a name ending
/// in a word of a company's name is a body, official.
#[test]
fn a_name_ending_in_a_companys_word_is_a_body() {
    let text = "Halden Financial said it could not yet assess the cost. \
                Brook Partners said the deal was fair. \
                Vantor Steel said it would cut jobs.";
    assert_eq!(labels(text), [Label::Official; 3]);
}

/// "the most detailed proposals", "most promising newcomer": a participle
/// after a degree word, before a noun, is an adjective; "while most
/// considered it illegal" still has "most" as subject.
#[test]
fn a_participle_after_a_degree_word_is_an_adjective() {
    let text = "She has issued the most detailed proposals of anyone. \
                The circle named Dana Reyes most promising newcomer. \
                While most considered the downloads illegal, the shops stayed open.";
    let report = audit(text);
    assert_unattributed(&report, text, &["detailed", "promising"]);
    assert_eq!(label_of(text, "While most"), Label::Anonymous);
}

/// "How many jobs can be added by threatening tariffs?": a gerund after
/// "by" is a means, no agent, and so no antecedent for "she".
#[test]
fn a_gerund_after_by_is_no_agent() {
    let text = "Mrs. Ortega's focus is on factories.\n\n\
                How many jobs can be added by threatening to slap tariffs on steel? Not many.\n\n\
                Her turn against the trade pact - a deal she once supported - makes sense.";
    let report = audit(text);
    let s = sentence(&report, text, "added by");
    assert!(
        s.attributions
            .iter()
            .all(|a| a.source.text != "threatening"),
        "{:?}",
        s.attributions
    );
    assert_eq!(resolved_in(text, "once supported"), Some("Ortega"));
    // An adjective in "-ing" opens an agent still.
    let text = "The move was hotly criticized by left-leaning economists.";
    assert_eq!(labels(text), [Label::Anonymous]);
}

/// An unnamed person of no known gender cited long before ("A customer
/// said") is too weak a guess for "she" once other sentences have
/// passed; the woman named earlier is taken.
#[test]
fn a_genderless_unnamed_source_is_no_late_fallback_for_she() {
    let text = "Rosa Lind has run the bakery on the corner since 1998.\n\n\
                A customer said the bread was stale last week. \
                Prices rose again in March, and flour costs doubled over the winter as the harvest failed. \
                The bakery across the street closed its doors, and the market hall lost two stalls. \
                Deliveries now come twice a week instead of every morning, and the ovens run at night. \
                The town's two other bakeries shut in the spring, one of them after ninety years of trade. \
                Rents on the high street have risen by a third since the new station opened in the autumn.\n\n\
                She said the price rise was unavoidable.";
    assert_eq!(resolved_in(text, "price rise"), Some("Rosa Lind"));
}

/// "Ben Okoro QC", "Dana Reyes OBE": an honour after a name is no body's
/// initials; the person is named, not official.
#[test]
fn an_honour_after_a_name_is_no_body() {
    let text = "Ben Okoro QC said the law was unjust. Dana Reyes OBE said she was thrilled.";
    assert_eq!(labels(text), [Label::Named, Label::Named]);
}

/// "the law lords said": judges of the highest court speak as officials.
#[test]
fn law_lords_are_officials() {
    let text = "The law lords said the detention was unlawful.";
    assert_eq!(labels(text), [Label::Official]);
}

/// "Fenwick Trust' figures show", "Retail Watch' survey found": a name's
/// plural possessive before a document is its author, as "'s" is.
#[test]
fn a_plural_possessive_name_authors_the_document() {
    let text = "Card fraud rose by a fifth last year, Payments Associations' figures show. \
                Retail Decisions' survey of 100 firms found that fraud rose.";
    let report = audit(text);
    let sources: Vec<Vec<&str>> = report.sentences.iter().map(sources_of).collect();
    assert_eq!(
        sources,
        [
            vec!["Payments Associations' figures"],
            vec!["Retail Decisions' survey of 100 firms"]
        ]
    );
    assert_eq!(labels(text), [Label::Official, Label::Official]);
}

/// "Harbour County's sheriff, Ana Ruiz, said": an office opening the
/// sentence names its holder after the comma; "And if Lind becomes
/// president, Okafor said" does not, nor does a former office.
#[test]
fn an_office_before_the_comma_makes_the_name_after_it_official() {
    let text = "Harbour County's sheriff, Ana Ruiz, a Democrat, said the road would reopen. \
                The new chairman of the Bar Council, Tom Hale warned of a risk. \
                And even if Lind becomes president, Okafor said the fight would go on.";
    assert_eq!(
        labels(text),
        [Label::Official, Label::Official, Label::Named]
    );
}

/// "British hope Dana Reyes": "hope" before a name, after a word that is
/// no subject, is a noun; "Democrats hope Lind will lose" is a claim.
#[test]
fn hope_before_a_name_is_a_noun_unless_a_subject_hopes() {
    let text = "But big British hope Dana Reyes walked away empty-handed. \
                Democrats hope Lind will lose.";
    assert_eq!(labels(text), [Label::Unattributed, Label::Anonymous]);
}

/// "according to media trackers", "according to organizers": people named
/// by what they do are a source even when the lists do not know the noun;
/// "according to the numbers" is no person.
#[test]
fn according_to_an_agent_plural_is_an_unnamed_source() {
    let text = "The group has spent heavily on ads, according to media trackers. \
                The rally drew thousands, according to organizers.";
    assert_eq!(labels(text), [Label::Anonymous, Label::Anonymous]);
}

/// "Officials attributed the delay to staffing": attributing a cause is a
/// claim; "the quote was attributed to Lincoln" names no one who holds it.
#[test]
fn attributing_a_cause_is_a_claim() {
    let text = "Officials have attributed the slow count to staffing. \
                The quote was attributed to Lincoln.";
    assert_eq!(labels(text), [Label::Anonymous, Label::Unattributed]);
}

/// "voted in support of", "resigned in protest of": a noun between
/// prepositions is no cue.
#[test]
fn a_noun_between_prepositions_is_no_cue() {
    let text = "Two editors resigned in protest of the decision.";
    assert_eq!(labels(text), [Label::Unattributed]);
}

/// "are crying foul and threatening to walk out": a participle joined by
/// "and" to an earlier one of the same progressive shares its subject.
#[test]
fn a_participle_joined_to_a_progressive_shares_its_subject() {
    let text = "Harbour union members are crying foul over the vote and threatening to walk out.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous, "{:?}", s.attributions);
    assert_eq!(sources_of(s), ["Harbour union members"]);
}

/// "Mr Howard" after "Howard Flight" and "Michael Howard": an honorific
/// stands before the surname, so it is Michael Howard; "Mr. Ban" after "Ban
/// Ki-moon" is still Ban Ki-moon (a family name first is no given name).
#[test]
fn an_honorific_picks_the_person_by_surname() {
    let text = "Howard Flight was sacked on Friday. Michael Howard said the party was united.\n\n\
                Mr Howard insisted the decision was right.";
    assert_eq!(resolved_in(text, "insisted"), Some("Michael Howard"));
    let text =
        "Ban Ki-moon, the secretary general, vowed to act.\n\nMr. Ban said the talks would go on.";
    assert_eq!(resolved_in(text, "talks"), Some("Ban Ki-moon"));
}

/// "Ana Reyes, who lives in Elk Grove, a suburb of Sacramento, said": the
/// source is the relative clause's antecedent, not the place in it; "Kiev,
/// which Tom Hale, the ambassador, praised" keeps the clause's own subject.
#[test]
fn a_relative_clause_before_an_appositive_keeps_its_antecedent() {
    let text = "Ana Reyes, who lives in Elk Grove, a suburb of Sacramento, said she still hopes to vote.\n\n\
                She forwarded notes on events she hosted, such as one in Kiev, which Tom Hale, \
                then U.S. ambassador to Ukraine, praised.";
    assert_eq!(resolved_in(text, "Elk Grove"), Some("Ana Reyes"));
    assert_eq!(resolved_in(text, "Kiev"), Some("Tom Hale"));
}

/// The guide's offices include posts speaking for a body ("chief
/// executive, director, chair"), after the name as before it: "Lena Ortiz,
/// development director at Quarrystone, said" is official, and so is the
/// `he` or `she` after it. A title's word used as an adjective, a former
/// post and a student's major describe a person.
#[test]
fn a_post_at_a_body_in_an_appositive_is_official() {
    let text = "Lena Ortiz, development director at Quarrystone, said the studio would grow. \
                She said hiring would start in May.\n\n\
                Pavel Dusek, head of Brightline in Europe, said prices would fall.\n\n\
                Rob Kent, general secretary of the drivers' union, said talks had failed.";
    let report = audit(text);
    for needle in ["studio would grow", "hiring", "prices", "talks had failed"] {
        let s = sentence(&report, text, needle);
        assert_eq!(s.label, Label::Official, "{needle}: {:?}", s.attributions);
    }
    let she = sentence(&report, text, "hiring");
    assert_eq!(she.attributions[0].source.resolved, Some("Lena Ortiz"));
    let text = "Mia Hart, a major Democratic donor, said the race was close.\n\n\
                Tom Reyes, the chief strategist of two past campaigns, said the ads worked.\n\n\
                Jo Kemp, a former chief executive of Acme, said the deal was poor.\n\n\
                Ava Lin, a political science major from Tulsa, said she would vote.";
    let report = audit(text);
    for needle in [
        "race was close",
        "ads worked",
        "deal was poor",
        "would vote",
    ] {
        let s = sentence(&report, text, needle);
        assert_eq!(s.label, Label::Named, "{needle}: {:?}", s.attributions);
    }
}

/// "Redvale sporting director Omar Lind": a participle before a title
/// describes the title; no reduced relative clause cuts the name off.
#[test]
fn a_participle_before_a_title_opens_no_relative_clause() {
    let text = "Redvale sporting director Omar Lind has denied that the coach quit.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Official, "{:?}", s.attributions);
    assert_eq!(s.attributions[0].source.resolved, Some("Omar Lind"));
}

/// "Brian May", "Theresa May": a capitalised modal after a given name is a
/// surname, and a noun of what a person does before the given name
/// ("Guitarist", "Backbencher") is no part of the name.
#[test]
fn a_modal_after_a_given_name_is_a_surname() {
    let text = "Drummer Brian May has said he expects to tour again.\n\n\
                Backbencher Helen Pound said some members had threatened to quit.";
    let report = audit(text);
    assert_eq!(
        first_resolved(&report),
        [Some("Brian May"), Some("Helen Pound")]
    );
    assert_eq!(sources_of(&report.sentences[0])[0], "Drummer Brian May");
}

/// "the British Bankers' Association": a plural's possessive mark before a
/// body's noun stays inside the body's name.
#[test]
fn a_plural_possessive_inside_a_bodys_name_is_kept() {
    let text = "Meanwhile, the Scottish Growers' Association said sales were weaker.";
    let report = audit(text);
    assert_eq!(
        first_resolved(&report),
        [Some("Scottish Growers' Association")]
    );
}

/// "Tom McCabe MSP": a member of a parliament by the letters after the
/// name is official, and the letters are no part of the name.
#[test]
fn letters_of_a_parliament_after_a_name_are_a_title() {
    let text = "Kirsty Bain MSP said councils must hold down increases. \
                Ms Bain said the money was there.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(
        first_resolved(&report),
        [Some("Kirsty Bain"), Some("Kirsty Bain")]
    );
}

/// "The Conservatives say": with the article, a party's plural name is the
/// party, a body; without it, some of its members.
#[test]
fn the_partys_plural_name_with_the_article_is_the_party() {
    let text = "The Conservatives say the scheme will cost too much.\n\n\
                Conservatives say the scheme will cost too much.";
    assert_eq!(labels(text), [Label::Official, Label::Anonymous]);
}

/// "made clear" and "made it clear" ascribe what follows.
#[test]
fn making_it_clear_is_a_cue() {
    let text = "Mr Dunne made clear interest rates were not on the agenda. \
                Ms Ferris made it clear she would fight the ruling.";
    let report = audit(text);
    assert_eq!(labels(text), [Label::Named, Label::Named]);
    assert_eq!(
        report.sentences[1].attributions[0].cue.text,
        "made it clear"
    );
}

/// "critics have started to wonder": a verb of beginning lends its subject
/// to the verb after "to", but "began to find his voice" finds nothing
/// and leaves the sentence's own cue ("which he hoped").
#[test]
fn a_verb_of_beginning_lends_its_subject() {
    let text =
        "After two defeats, critics have started to wonder whether Okafor can lead the side.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(sources_of(&report.sentences[0]), ["critics"]);
    let text =
        "He began to find his voice in the final week, which he hoped would spark a revival.";
    let report = audit(text);
    let cues: Vec<&str> = report.sentences[0]
        .attributions
        .iter()
        .map(|a| a.cue.text)
        .collect();
    assert_eq!(cues, ["hoped"]);
}

/// "organisers are hoping that" ascribes a hope; "Democrats hoping to keep
/// the House" describes the people.
#[test]
fn hoping_ascribes_a_hope_but_not_after_its_noun() {
    let text = "Festival organisers are hoping that the singer will still take part.\n\n\
                The jobs figures cheered Democrats hoping to keep the House.";
    assert_eq!(labels(text), [Label::Anonymous, Label::Unattributed]);
}

/// "14% of people aged between 18 and 34 said": the age range belongs to
/// the share of people; "Other parties have accused": unnamed bodies.
#[test]
fn an_age_range_and_unnamed_parties_leave_the_source_unnamed() {
    let text = "In the poll, 14% of people aged between 18 and 34 said they never vote.\n\n\
                Other parties have accused the Greens of making uncosted promises.";
    assert_eq!(labels(text), [Label::Anonymous, Label::Anonymous]);
}

/// "Joseph Biden, who was to travel to Columbus, Ohio, on Wednesday,
/// said": a sentence opening with a name and a long aside (a relative
/// clause, or a description holding one) has the name as its source, not
/// the last words of the aside.
#[test]
fn an_opening_name_before_a_long_aside_is_the_source() {
    let text = "Mayor Ruth Ames, who was to fly to Dayton, Ohio, on Monday to open the plant, \
                said the jobs were secure.\n\n\
                Ohio Rep. Dan Kerr, a member of the budget panel who now wants the tax repealed, \
                said the vote was close.\n\n\
                Lowe, the author of \"Quiet Streets,\" about small towns, said the mills had closed.";
    let report = audit(text);
    assert_eq!(
        first_resolved(&report),
        [Some("Ruth Ames"), Some("Dan Kerr"), Some("Lowe")]
    );
    assert_eq!(
        labels(text),
        [Label::Official, Label::Official, Label::Named],
        "a title quoted inside the source's words is not their quotation"
    );
    // An opening adverb is no name, and a description that holds a verb of
    // its own is a clause.
    let text = "Separately, the largest parcel carrier, Parcelo, said it had ordered ten jets.";
    assert_eq!(first_resolved(&audit(text)), [Some("Parcelo")]);
}

/// "the budget office" after "the Congressional Budget Office", "the
/// company" after "Harbor Freight Services": a body's noun with one word of
/// its name, or a company's noun after a name ending in a company's word,
/// stands for that body.
#[test]
fn a_bodys_noun_with_a_word_of_its_name_stands_for_it() {
    let text = "The Congressional Budget Office published new projections on Monday. \
                The budget office now says the deficit will grow sooner.\n\n\
                Harbor Freight Services said the driver had worked there for years. \
                The company confirmed he was on the ship.";
    let report = audit(text);
    assert_eq!(
        resolved_in(text, "deficit will grow"),
        Some("Congressional Budget Office")
    );
    let s = sentence(&report, text, "on the ship");
    assert_eq!(
        s.attributions[0].source.resolved,
        Some("Harbor Freight Services")
    );
}

/// "(…, friends say: lower taxes)." holds its words within its sentence:
/// the next paragraph is the writer's again.
#[test]
fn a_colon_inside_a_sentence_carries_into_no_next_paragraph() {
    let text = "His views differ from his father's (with one exception, friends say: \
                lower taxes).\n\n\
                His wife sits on the board of a climate charity.";
    let report = audit(text);
    assert_unattributed(&report, text, &["climate charity"]);
}

/// "'Pretty cool working there.'" alone between paragraphs of prose is a
/// feature's subhead, not the last speaker's words; a line of speech in
/// double marks after a speaker's paragraph stays theirs.
#[test]
fn a_short_line_in_single_marks_between_prose_paragraphs_is_a_subhead() {
    let text = "\"We were told the plant would stay,\" Ms. Ruiz said.\n\n\
                'A hard day at the plant.'\n\n\
                On a rainy afternoon, a dozen workers met at a bar near the gate.";
    let report = audit(text);
    assert_unattributed(&report, text, &["hard day"]);
    let text = "\"We were told the plant would stay,\" Ms. Ruiz said.\n\n\
                \"A hard day at the plant.\"\n\n\
                On a rainy afternoon, a dozen workers met at a bar near the gate.";
    assert_eq!(label_of(text, "hard day"), Label::Quoted);
}

/// "UK plans for aid", "EU rules set the limit", "smart objects will talk":
/// plural nouns spelled as cue verbs are verbs only before their complement
/// ("plans to", "plans a tour", "rules out", "the judge rules").
#[test]
fn plural_nouns_spelled_as_cue_verbs_are_no_cues() {
    let text = "The row was fuelled by a speech by Mr Lowe on UK plans for aid.\n\n\
                Current EU rules set the deficit limit at 3%.\n\n\
                Household objects will soon talk to one another.";
    let report = audit(text);
    assert_unattributed(
        &report,
        text,
        &["UK plans", "EU rules", "Household objects"],
    );
    let text =
        "Ms Dale plans a tour of the region in May.\n\nThe appeals court rules against the firm.";
    assert_eq!(labels(text), [Label::Named, Label::Official]);
}

/// "said nothing about", "was asked by journalists", "has refused to
/// comment", "was widely reported as having asked": nothing claimed, a
/// question put, a refusal, and no source in a gerund.
#[test]
fn saying_nothing_being_asked_and_refusing_are_no_claims() {
    let text = "Finance ministers said nothing about the currency.\n\n\
                The spokesman was asked by reporters about the e-mail.\n\n\
                The firm has refused to comment on the deal.\n\n\
                In May, the regulator was widely reported as having asked banks to pay.";
    let report = audit(text);
    assert_unattributed(
        &report,
        text,
        &["said nothing", "was asked", "refused", "having asked"],
    );
}

/// "…, said Tony Reed, chief executive of Brewco." and ", Brewco's chief
/// executive, on Monday.": an appositive after an inverted verb holds the
/// source's post, opened by a title or a body's possessive too.
#[test]
fn a_post_after_an_inverted_verb_belongs_to_the_source() {
    let text = "Prices will rise next year, said Tony Reed, Brewco's chief executive.\n\n\
                Demand will fall, said Ann Kerr, chief executive of Maltline, on Monday.";
    let report = audit(text);
    assert_eq!(labels(text), [Label::Official, Label::Official]);
    assert_eq!(
        sources_of(&report.sentences[1]),
        ["Ann Kerr, chief executive of Maltline"]
    );
}

/// "The US said", "the UK has pledged": a country by its initials speaks as
/// a state, like "Britain said".
#[test]
fn a_country_by_its_initials_is_official() {
    let text = "The US said it would not sign the treaty. \
                The UK has pledged to cut the debt. \
                Officials in the U.S. said talks would resume.";
    assert_eq!(label_of(text, "not sign"), Label::Official);
    assert_eq!(label_of(text, "cut the debt"), Label::Official);
}

/// "the influential US daily wrote": a daily is a newspaper, the head of
/// the source, not an adverb that ends it.
#[test]
fn a_daily_is_a_newspaper() {
    let text = "\"We endorse her without hesitation,\" the influential US daily wrote.";
    let report = audit(text);
    let source = &report.sentences[0].attributions[0].source;
    assert_eq!(source.text, "the influential US daily");
    assert_eq!(source.role, Role::Media);
}

/// A country is "it", not "they": "they" after "Britain said" is no
/// reason to make Britain the source.
#[test]
fn they_does_not_stand_for_a_country() {
    let text = "Britain said the deal was fair. \
                Both sides agreed to meet, and they planned to reopen the consulates.";
    assert_ne!(resolved_in(text, "reopen"), Some("Britain"));
}

/// "Nokia and Samsung said": bodies joined by "and" speak as bodies.
#[test]
fn bodies_joined_by_and_are_official() {
    let text = "Nokia and Samsung said prices would fall. \
                Labour and the Tories have attacked the plan as unworkable.";
    assert_eq!(label_of(text, "prices would fall"), Label::Official);
    assert_eq!(label_of(text, "unworkable"), Label::Official);
}

/// Companies the lexicon knows speak as institutions, and their acts make
/// no claim: "Turkcell said" is official, "Turkcell signed a contract" is
/// the writer's.
#[test]
fn a_known_company_is_official_and_its_acts_are_no_claims() {
    let text = "Turkcell now says it may give up on the deal. \
                Turkcell signed a contract in September. \
                The figure surpassed even the most optimistic predictions, Gartner said.";
    assert_eq!(label_of(text, "give up"), Label::Official);
    assert_eq!(label_of(text, "predictions"), Label::Official);
    assert_unattributed(&audit(text), text, &["signed a contract"]);
}

/// "Siemens showed off a system": a display, not a finding.
#[test]
fn showing_off_is_no_cue() {
    let text = "At the fair, Microsoft showed off a tablet that runs for a day.";
    assert_unattributed(&audit(text), text, &["showed off"]);
}

/// "As a general rule": a verb's base form cannot follow "a" and one noun,
/// so "rule" is the noun and "a general" no source; "a few say" still
/// attributes.
#[test]
fn a_base_form_after_a_and_a_noun_is_a_noun() {
    let text = "As a general rule, graduates should not borrow more than they earn, he said. \
                A new report shows the debt is rising. \
                A few say the plan will fail.";
    let report = audit(text);
    assert_eq!(sources_of(sentence(&report, text, "general rule")), ["he"]);
    assert_eq!(label_of(text, "plan will fail"), Label::Anonymous);
}

/// "failed to mention the attack": something left unsaid makes no claim;
/// "refused to disclose the records" is a stance and stays attributed.
#[test]
fn failing_to_mention_is_no_claim() {
    let text = "Mara Voss spoke for an hour. \
                Voss failed to mention the attack on the consulate. \
                Voss has refused to disclose her medical records.";
    let report = audit(text);
    assert_unattributed(&report, text, &["failed to mention"]);
    assert_eq!(label_of(text, "medical records"), Label::Named);
}

/// ", per CTV News": "per" after a comma and before a name attributes, as
/// "according to" does; "5 per cent" and "$5 per person" do not.
#[test]
fn per_before_a_name_attributes() {
    let text = "She had moved to Egypt years ago, per CTV News. \
                Prices rose 5 per cent, per the Office for National Statistics. \
                The fee is $5 per person.";
    let report = audit(text);
    let s = sentence(&report, text, "moved to Egypt");
    assert_eq!(sources_of(s), ["CTV News"]);
    assert_eq!(s.label, Label::Named);
    assert_eq!(label_of(text, "Prices rose"), Label::Official);
    assert_unattributed(&report, text, &["$5 per person"]);
}

/// "said Mark Kantrowitz, a student debt expert who has published": the
/// description and its relative clause are the named person's, so "he"
/// next is Kantrowitz, not an unnamed expert; "Gov. Terry Branstad of Iowa,
/// a Republican who" gives Iowa no such role.
#[test]
fn a_relative_clause_on_a_named_persons_description_is_theirs() {
    let text = "Costs keep rising, said Mark Kantrowitz, a student debt expert who has \
                published several books on the topic. \
                Most graduates can afford their debt, he said.";
    assert_eq!(resolved_in(text, "afford"), Some("Mark Kantrowitz"));
    assert_eq!(label_of(text, "afford"), Label::Named);
    let text = "Gov. Terry Branstad of Iowa, a Republican who has not endorsed anyone, \
                has spoken against the plan.";
    let report = audit(text);
    assert!(report.sentences[0]
        .attributions
        .iter()
        .all(|a| a.source.resolved != Some("Iowa")));
}

/// "Head of the division, Andrew Burke, said": a post at a body before the
/// name is a title, and "he" next takes it.
#[test]
fn head_of_a_body_before_the_name_is_official() {
    let text = "Head of the division, Andrew Burke, said content would be made for all platforms. \
                In fact, he said, consumers had asked for it.";
    assert_eq!(label_of(text, "all platforms"), Label::Official);
    assert_eq!(label_of(text, "consumers had asked"), Label::Official);
}

/// "Band's memo" after "Douglas Band": a person's own document is labelled
/// as the person named so ("Band said") would be, named, and resolves to
/// the person; a body's ("a statement from Mr Rowe's office") stays
/// official.
#[test]
fn a_persons_own_document_is_named() {
    let text = "Douglas Band wrote to the donors in 2011. \
                According to Band's memo, the firm gave $4 million. \
                Attorney General Ellis Rowe opened an inquiry. \
                According to a statement from Mr Rowe's office, the bids were rigged.";
    assert_eq!(label_of(text, "$4 million"), Label::Named);
    assert_eq!(resolved_in(text, "$4 million"), Some("Douglas Band"));
    assert_eq!(label_of(text, "rigged"), Label::Official);
}

/// "Wenger said" after "Arsene Wenger", whose given name no list knows: the
/// surname stands for the fuller name the article gave, even in a sentence
/// that was no source's; a headline's opening words ("End Bush") are no
/// name.
#[test]
fn a_surname_takes_an_unlisted_full_name_given_before() {
    let text = "Arsenal boss Arsene Wenger was furious after the match. \
                Wenger said the goal should have stood.";
    assert_eq!(
        resolved_in(text, "should have stood"),
        Some("Arsene Wenger")
    );
    let text = "The plan was drafted by Xolani Vane last year. \
                Vane said the plan would save money.";
    assert_eq!(resolved_in(text, "save money"), Some("Xolani Vane"));
    let text = "End Bush 'denial' Blair tells EU\n\n\
                Bush said the talks would go on.";
    assert_eq!(resolved_in(text, "talks would go on"), Some("Bush"));
}

/// "his son said" after "Mr Nogar's son Stephen": a person introduced by a
/// relation is who the relation names later, as is "his brother" after "His
/// brother Alastair Osman said".
#[test]
fn a_relation_stands_for_the_person_it_introduced() {
    let text = "\"We could use the money,\" Mr Nogar's son Stephen said before the sale. \
                \"He called them his spare tapes,\" his son said.";
    assert_eq!(resolved_in(text, "spare tapes"), Some("Stephen"));
    let text = "Mark Osman flew to Paris. His brother Alastair Osman said he was calm. \
                His brother added that he was happy.";
    assert_eq!(resolved_in(text, "was happy"), Some("Alastair Osman"));
}

/// "Critics such as Ann Lee say", "proponents like Mr. Eisenbrey urged": a
/// group, some of it named, is a source not identified as a whole; "he"
/// next is the member named, and "both companies" the companies named.
#[test]
fn a_group_with_named_examples_is_anonymous() {
    let text = "Critics such as Ann Lee say the rule is unfair. \
                Proponents like Ross Eisenbrey urged the department to act.";
    let report = audit(text);
    let s = sentence(&report, text, "unfair");
    assert_eq!(sources_of(s), ["Critics such as Ann Lee"]);
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(label_of(text, "department to act"), Label::Anonymous);
    let text = "The ground is the problem, say experts like Paul Bauman. \
                Radar alone cannot see far, he said.";
    assert_eq!(resolved_in(text, "Radar alone"), Some("Paul Bauman"));
    let text = "Companies like Microsoft and Sony believe the console is the hub. \
                Both companies believe buyers will follow.";
    assert_eq!(
        resolved_in(text, "buyers will follow"),
        Some("Microsoft and Sony")
    );
}

/// "Catholics have urged", "Jews fear": a faith's people in the plural are
/// an unnamed group, as a nation's are; short ones ("Jews", "Scots") too.
#[test]
fn a_faiths_people_are_an_unnamed_group() {
    let text = "Catholics have urged the director to withdraw the film. \
                In several countries, Jews fear for their safety.";
    assert_eq!(label_of(text, "withdraw the film"), Label::Anonymous);
    assert_eq!(label_of(text, "their safety"), Label::Anonymous);
}

/// "according to U.S. Census data": the Census Bureau's record, official.
#[test]
fn census_data_is_the_census_bureaus() {
    let text = "Median income fell 0.2% from 2005 to 2014, according to U.S. Census data.";
    assert_eq!(label_of(text, "Median income"), Label::Official);
}

/// "the panel agreed that", "a jury ruled that": a panel, an inquiry or a
/// jury speaks as a body.
#[test]
fn a_panel_speaks_as_a_body() {
    let text = "After the chairman left, the panel agreed that the plan could work. \
                A jury ruled that the author lied.";
    assert_eq!(label_of(text, "plan could work"), Label::Official);
    assert_eq!(label_of(text, "author lied"), Label::Official);
}

/// "Stephen King", "John Major", "Martin Luther King": a title's word after
/// a given name is the surname, named, not an office; "Assistant Chief
/// Constable David Warcup" still holds one.
#[test]
fn a_surname_spelt_as_a_title_is_no_office() {
    let text = "Stephen King accused the industry of snobbery. \
                Martin Luther King said he had a dream. \
                Assistant Chief Constable David Warcup said talks had gone well.";
    let report = audit(text);
    let s = sentence(&report, text, "snobbery");
    assert_eq!(s.attributions[0].source.resolved, Some("Stephen King"));
    assert_eq!(s.label, Label::Named);
    assert_eq!(label_of(text, "a dream"), Label::Named);
    assert_eq!(label_of(text, "gone well"), Label::Official);
}

/// "Arsenal manager Arsene Wenger sympathised with Tottenham and said": a
/// manager is a person's noun, so the name after it opens the subject the
/// second verb shares.
#[test]
fn a_manager_before_the_name_opens_a_shared_subject() {
    let text = "Arsenal manager Arsene Wenger sympathised with the visitors and said \
                the incident showed the need for replays.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Named);
    assert_eq!(s.attributions[0].source.resolved, Some("Arsene Wenger"));
}

/// `Joe Scarborough, host of MSNBC's "Morning Joe," suggested`: a title in
/// quotation marks inside the description, its comma inside the closing
/// mark, neither hides the name nor is the source's quotation.
#[test]
fn a_quoted_title_in_a_description_before_the_verb() {
    let text = "Joe Scarborough, host of MSNBC's \"Morning Joe,\" suggested the refusal \
                was a mistake.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Named);
    assert_eq!(s.attributions[0].source.resolved, Some("Joe Scarborough"));
}

/// "Bob Murray, chairman of Sunderland, has launched a bid. He also
/// stressed": the post a person is introduced with, in a sentence that is
/// no source's, is theirs when "he" speaks; a former one is not.
#[test]
fn a_post_given_in_an_introduction_carries_to_the_pronoun() {
    let text = "Bob Murray, chairman of Sunderland, has launched a bid to buy the club. \
                He also stressed that the fans would be consulted. \
                Ann Lee, a former minister of health, wrote a book. \
                She said the plan was bad.";
    assert_eq!(label_of(text, "fans would be consulted"), Label::Official);
    assert_eq!(label_of(text, "plan was bad"), Label::Named);
}

/// "Egyptian President Hosni Mubarak has described Sharon as the best
/// chance": the cue a reader sees is the verb, not its auxiliary.
#[test]
fn the_cue_of_a_subjects_verb_is_past_its_auxiliary() {
    let text = "Egyptian President Hosni Mubarak has described the prime minister as the \
                best chance for peace.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.cue.text, "described");
}

/// "Labour and the Tories have attacked ... they insist": "they" stands for
/// both bodies, not the last one named.
#[test]
fn they_stands_for_bodies_joined_by_and() {
    let text = "Labour and the Tories have attacked his policies as unworkable. \
                Inevitably they insist there is no need to raise taxes.";
    assert_eq!(
        resolved_in(text, "raise taxes"),
        Some("Labour and the Tories")
    );
}

/// "Trump failed three times to refuse the endorsement": what he left
/// undone is no claim, with words between "failed" and "to".
#[test]
fn failing_with_words_between_is_no_claim() {
    let text = "Mara Voss spoke for an hour. \
                Over the weekend, Voss failed three times to refuse the endorsement.";
    assert_unattributed(&audit(text), text, &["three times"]);
}

/// "the Harbour Users Association (HUA) is worried that": the body's initials in
/// brackets end the subject, and the feeling about a claim is its position.
#[test]
fn initials_in_brackets_end_a_subject() {
    let text = "But the Harbour Users Association (HUA) is worried that the new berths will flood.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Harbour Users Association")
    );
}

/// Goods called back, events called and protests held somewhere are acts,
/// not claims; the same verbs still attribute when they carry words.
#[test]
fn recalls_called_events_and_protests_at_a_place_are_acts() {
    let text = "Carmaker Nordvik Motors said sales fell. \
                Nordvik is recalling nearly 40,000 vehicles in Canada. \
                It is also recalling 2,115 vans. \
                In addition, the carmaker is calling back 900 trucks. \
                The dockers' union called a strike for Monday. \
                Dozens of workers protested outside the port offices on Friday. \
                Dozens of workers protested in a letter that the pay offer was too low. \
                Rita Olsen recalled how the port closed in 1998. \
                The union called the offer an insult to its members.";
    let report = audit(text);
    assert_unattributed(
        &report,
        text,
        &["40,000", "2,115", "900 trucks", "a strike", "port offices"],
    );
    assert_eq!(
        sentence(&report, text, "in a letter").label,
        Label::Anonymous
    );
    assert_eq!(sentence(&report, text, "in 1998").label, Label::Named);
    assert_eq!(sentence(&report, text, "an insult").label, Label::Official);
}

/// "It's often referred to as the "harbour problem"": a passive naming,
/// whose quotation marks hold a term, not anyone's words.
#[test]
fn a_passive_naming_after_its_contraction_is_no_claim() {
    let text = "It's often referred to as the \"harbour problem\", after an old fable.";
    assert_unattributed(&audit(text), text, &["harbour problem"]);
    // Nor is the participle of "a fable much told in ports".
    let text =
        "It's often referred to as the \"harbour problem\", after a fable much told in ports.";
    assert_unattributed(&audit(text), text, &["harbour problem"]);
}

/// "his closing remarks", "her prepared statement": a modifier after a
/// determiner makes the cue word a noun.
#[test]
fn a_cue_word_after_a_determiner_and_a_modifier_is_a_noun() {
    let text = "Senator Ada Price, a candidate, made it the center of her closing remarks during the debate.";
    assert_unattributed(&audit(text), text, &["closing remarks"]);
}

/// "oil firm Karlow Resources" introduces a company: "Karlow said" later is
/// the company speaking, official.
#[test]
fn a_company_introduced_by_its_full_name_speaks_as_a_body() {
    let text = "Shares in Irish oil firm Karlow Resources fell by half on Monday. \
                Karlow said that it had heard nothing from the ministry.";
    assert_eq!(label_of(text, "heard nothing"), Label::Official);
    // "Brandvik Oil and Gas": two company words joined end a body's name.
    let text = "Brandvik Oil and Gas has denied that it is the firm in question.";
    assert_eq!(label_of(text, "denied"), Label::Official);
    assert_eq!(resolved_in(text, "denied"), Some("Brandvik Oil and Gas"));
}

/// "Hannity pressed.": a follow-up tag after a quoted question attributes
/// the question to the interviewer.
#[test]
fn a_follow_up_tag_attributes_the_quoted_question() {
    let text = "Dana Cole interviewed the mayor on Monday. \
                “Would the plan be open to talks?” Cole pressed.";
    let report = audit(text);
    let s = sentence(&report, text, "open to talks");
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].cue.text, "pressed");
    assert_eq!(s.attributions[0].source.resolved, Some("Dana Cole"));
}

/// "denied it was fading, saying: "..."": the quotation is the mode of the
/// cue nearest before it, not of the sentence's first cue.
#[test]
fn a_quotation_takes_the_mode_of_the_cue_nearest_before_it() {
    let text = "But Rae Dunn denied the team was tired, saying: \"That is not fair at all.\"";
    let report = audit(text);
    let a = &report.sentences[0].attributions;
    let mode_of = |cue: &str| a.iter().find(|a| a.cue.text == cue).map(|a| a.mode);
    assert_eq!(mode_of("denied"), Some(Mode::Indirect));
    assert_eq!(mode_of("saying"), Some(Mode::Direct));
}

/// "he insisted ..., but added ...": the pronoun heading both cues stands
/// for the same person at each.
#[test]
fn one_pronoun_for_two_cues_resolves_once() {
    let text = "Club chief Rick Parry met the board on Monday. \
                Responding to criticism from pundit Alan Hansen, he insisted talks on new \
                investment are ongoing, but added the door has not closed on fan Steve Morgan.";
    let report = audit(text);
    let s = sentence(&report, text, "he insisted");
    let resolved: Vec<_> = s.attributions.iter().map(|a| a.source.resolved).collect();
    assert_eq!(resolved, [Some("Rick Parry"), Some("Rick Parry")]);
}

/// "James A. Ovitz": a middle initial stays inside the name, so the
/// surname alone later resolves to the whole name.
#[test]
fn a_middle_initial_stays_inside_a_name() {
    let text = "\"We will hand it over,\" bureau counsel James A. Ovitz wrote. \
                Ovitz added that the files were old.";
    let report = audit(text);
    assert_eq!(
        first_resolved(&report),
        [Some("James A. Ovitz"), Some("James A. Ovitz")]
    );
}

/// "Director of Harbour Affairs Pia Lund", "Conservative Stalwart Pia
/// Lund": words before a given name that no list knows as a name end a
/// title or a description; the name starts at the given name.
#[test]
fn words_before_a_given_name_are_no_part_of_it() {
    let text =
        "The union will sit out the vote, its Director of Harbour Affairs Pia Lund told reporters.";
    assert_eq!(resolved_in(text, "sit out"), Some("Pia Lund"));
    // An honorific stays; a body's name after an article is the body's.
    let text = "Chairman Sir Alan Vost said the club would appeal.";
    assert_eq!(resolved_in(text, "appeal"), Some("Sir Alan Vost"));
}

/// "A White House official said": an unnamed member of a body is neither
/// resolved to the body nor counted with it.
#[test]
fn an_unnamed_member_of_a_body_is_not_the_body() {
    let text = "The White House said the talks were over. \
                A White House official who spoke anonymously said the talks would resume.";
    let report = audit(text);
    let s = sentence(&report, text, "would resume");
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(s.attributions[0].source.resolved, None);
    assert_eq!(report.sources.len(), 2);
}

/// "the National Ports Safety Administration (NPSA)": initials in brackets
/// stand for the name later ("the NPSA said"), and an adjective of reach
/// ("National", "Federal") opens a body's name.
#[test]
fn initials_in_brackets_stand_for_the_name_later() {
    let text = "The National Ports Safety Administration (NPSA) said the berths were unsafe. \
                Carmaker Volta Motors (VM) is recalling 900 vans. \
                The NPSA said a cable could snap. \
                The vans are old, VM said.";
    let full = Some("National Ports Safety Administration");
    assert_eq!(resolved_in(text, "berths"), full);
    assert_eq!(resolved_in(text, "cable"), full);
    assert_eq!(resolved_in(text, "vans are old"), Some("Volta Motors"));
    assert_eq!(audit(text).sources.len(), 2);
}

/// "the National Union of Nurses": a body's name opened by an adjective of
/// reach is the body's, not an unnamed group's.
#[test]
fn a_body_named_with_an_adjective_of_reach_is_a_body() {
    let text = "Pay is too low, the National Union of Nurses said.";
    assert_eq!(label_of(text, "Pay"), Label::Official);
    // Before "of" and a place, a body's name is no person's.
    let text = "Sales fell, the National Association of Boat Makers of Ghana (NABMG) said.";
    assert_eq!(label_of(text, "Sales"), Label::Official);
}

/// "Press reports suggest": the plural noun before the verb of saying is
/// its subject, not a second cue.
#[test]
fn a_plural_noun_before_its_verb_of_saying_is_no_cue() {
    let text = "Press reports suggest that the two ferry firms may merge.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Press reports"]);
    // "Trump says praise helps": a verb of saying is no plural.
    let text = "Nola Reyes says praise from rivals helps her.";
    assert_eq!(label_of(text, "praise"), Label::Named);
}

/// "Radio 1 said ... the station said": a broadcaster's channel is an
/// outlet, which "the station" stands for later; "the Channel 4 show" is
/// its programme, no cue.
#[test]
fn a_broadcasters_channel_is_an_outlet() {
    let text = "Radio 1 said the slot would stay. \
                The new hosts know their music, the station said. \
                She left the Channel 4 show last year.";
    let report = audit(text);
    let s = sentence(&report, text, "slot");
    assert_eq!(s.attributions[0].source.role, Role::Media);
    assert_eq!(s.attributions[0].source.resolved, Some("Radio 1"));
    assert_eq!(resolved_in(text, "new hosts"), Some("Radio 1"));
    assert_unattributed(&report, text, &["Channel 4 show"]);
}

/// "Reuters quoted sources as saying": the people quoted are the source,
/// as after "citing"; a quotation before it is theirs.
#[test]
fn quoted_as_saying_names_the_people_quoted() {
    let text = "The ferry firms are in talks, Reuters quoted sources as saying.";
    assert_eq!(label_of(text, "talks"), Label::Anonymous);
    let text = "\"We are mourning a great yard,\" the agency quoted welder Ivo Tamm as saying.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(report.sentences[0].label, Label::Quoted);
    assert_eq!(a.source.resolved, Some("Ivo Tamm"));
    assert_eq!(a.mode, Mode::Direct);
    // "quoted" alone names no source after it.
    let text = "The mayor quoted a poem at the opening.";
    assert_eq!(sources_of(&audit(text).sentences[0]), ["The mayor"]);
}

/// "Rowe says he will stay" above the story, then "Coach Ella Rowe": a
/// surname alone stands for the text's one person of that surname with a
/// fuller name, even when the name comes later; with two, for neither.
#[test]
fn a_surname_alone_stands_for_the_one_fuller_name_of_the_text() {
    let text = "Rowe says she will stay\n\n\
                Coach Ella Rowe says she will not quit after the defeat.";
    assert_eq!(resolved_in(text, "will stay"), Some("Ella Rowe"));
    let text = "Rowe says she will stay\n\n\
                Coach Ella Rowe says she will not quit. Her brother Sam Rowe agreed.";
    assert_eq!(resolved_in(text, "will stay"), Some("Rowe"));
}

/// "producer Tomas London": a given name before a place's
/// name makes a person's name, not a body's; an ombudsman holds an office.
#[test]
fn a_given_name_before_a_places_name_is_a_person() {
    let text = "\"Awards mean everything,\" said film producer Tomas London.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.role,
        Role::Person
    );
    let text = "Rail ombudsman Ella Stone said complaints had doubled.";
    assert_eq!(label_of(text, "complaints"), Label::Official);
}

/// "can be explained by an increase in jobs": a passive's agent that can
/// be no source is a cause, not a speaker; "by the minister", "by many of
/// his colleagues" still are.
#[test]
fn a_passive_agent_that_can_be_no_source_is_a_cause() {
    let text = "The gap can be explained by an increase in part-time jobs. \
                The delay was explained by the minister in a letter. \
                The plan was criticised by many of his colleagues.";
    let report = audit(text);
    assert_unattributed(&report, text, &["part-time"]);
    assert_eq!(sentence(&report, text, "delay").label, Label::Official);
    assert_eq!(
        sentence(&report, text, "colleagues").label,
        Label::Anonymous
    );
}

/// "WHO" after "the" and elsewhere have two keys but one name: one row of
/// the sources table (found by the fuzzer, minimised).
#[test]
fn one_name_is_one_source_row() {
    let report = audit("h WHO s said.The WHO said");
    let names: Vec<&str> = report.sources.iter().map(|r| r.name).collect();
    assert_eq!(names, ["WHO"]);
    assert_eq!(report.sources[0].claims, 2);
}

/// "“Is it profiling?” reacted Ruiz.": "reacted" tags a quotation; alone
/// ("Markets reacted calmly") it is no cue.
#[test]
fn reacted_tags_a_quotation() {
    let text = "Ana Ruiz heard the speech. “Is it profiling?” reacted Ruiz.";
    let report = audit(text);
    let s = sentence(&report, text, "profiling");
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].source.resolved, Some("Ana Ruiz"));
    assert_eq!(
        label_of("Markets reacted calmly to the news.", "Markets"),
        Label::Unattributed
    );
}

/// "the chief executive of Tunelink": the name is the body the office is
/// at, not its holder, so "he" later is the holder named before, not the
/// body.
#[test]
fn an_office_at_a_body_is_held_by_a_person() {
    let text = "Paul Myers, chief executive of Tunelink, said the service was new. \
                The chief executive of Tunelink said the service was legal. \
                \"It always was,\" he said.";
    let report = audit(text);
    let s = sentence(&report, text, "service was legal");
    assert_eq!(s.label, Label::Official);
    assert_eq!(s.attributions[0].source.resolved, Some("Paul Myers"));
    assert_eq!(resolved_in(text, "always was"), Some("Paul Myers"));
}

/// "the rules committee report was finalized": a noun's word before an
/// auxiliary is its subject, no cue; "which critics claim would" keeps
/// its verb.
#[test]
fn a_nouns_word_before_an_auxiliary_is_no_cue() {
    let text = "That seemed right when the harbour committee report was finished. \
                Ferry Workers Quit After Pay Report Is Published. \
                MPs debate a bill which critics claim would close the port.";
    let report = audit(text);
    assert_unattributed(&report, text, &["committee report", "Pay Report"]);
    assert_eq!(sentence(&report, text, "critics").label, Label::Anonymous);
}

#[test]
fn an_aside_in_brackets_opened_by_who_stays_in_the_subject() {
    let text = "Mayor Lena Ortiz spoke first. Ortiz (who has led the city since 2019) said the \
                bridge would reopen.";
    let report = audit(text);
    let s = sentence(&report, text, "bridge would reopen");
    assert_eq!(s.attributions[0].source.resolved, Some("Lena Ortiz"));
    assert_eq!(s.label, Label::Named);
}

#[test]
fn the_intelligence_community_is_an_institution() {
    let text = "The intelligence community has concluded that the breach began abroad.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["The intelligence community"]
    );
    assert_eq!(report.sentences[0].label, Label::Official);
}

#[test]
fn the_candidate_and_the_66_year_old_stand_for_the_person_named_before() {
    let text = "Idaho Gov. Carl Benning toured the mill on Monday. The candidate said he would \
                not quit the race.\n\nRay Dunmore, the coach, watched from the stands. The \
                66-year-old criticised the referee for the decision.";
    let report = audit(text);
    let s = sentence(&report, text, "not quit the race");
    assert_eq!(s.attributions[0].source.resolved, Some("Carl Benning"));
    // The label of the mention as the governor was introduced.
    assert_eq!(s.label, Label::Official);
    let s = sentence(&report, text, "criticised the referee");
    assert_eq!(sources_of(s), ["The 66-year-old"]);
    assert_eq!(s.attributions[0].source.resolved, Some("Ray Dunmore"));
}

#[test]
fn the_candidate_is_no_unnamed_person_met_before() {
    let text = "A local radio reporter said the plant was closing. The candidate said \
                the plant would stay open.";
    let report = audit(text);
    let s = sentence(&report, text, "would stay open");
    assert_eq!(s.attributions[0].source.resolved, None);
    assert_ne!(s.label, Label::Anonymous);
}

#[test]
fn voicing_concern_is_a_cue_and_a_part_voiced_by_an_actor_is_not() {
    let text = "Dock workers voiced their concern that the port would close. The puppet was \
                loved by children who remember Captain Gull voiced by Ned Harlow.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_unattributed(&report, text, &["voiced by Ned Harlow"]);
}

#[test]
fn a_surname_that_is_a_word_of_the_lists_stays_a_name() {
    let text = "Gordon Marsh set out the budget on Monday. Green spokesman Tom Cable said the \
                figures did not add up. Mr Cable said voters deserved an audit. He asked what \
                the Treasury had to hide.";
    let report = audit(text);
    for needle in ["did not add up", "deserved an audit", "had to hide"] {
        let s = sentence(&report, text, needle);
        assert_eq!(
            s.attributions[0].source.resolved,
            Some("Tom Cable"),
            "{needle}"
        );
    }
    // A bare surname is labelled by its own words.
    assert_eq!(label_of(text, "deserved an audit"), Label::Named);
    // The word alone is still a document.
    let text = "The diplomatic cable said the talks had failed.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.role,
        Role::Document
    );
}

#[test]
fn the_answers_of_a_question_and_answer_interview_are_the_interviewee_s_words() {
    let text = "Ferry pilot Nadia Okafor has steered the night boat for a decade. She spoke to us \
                before her last shift.\n\nQ: How did you start?\n\nA: My uncle ran the boat. A \
                dock worker told me the job was mine if I wanted it. I never looked back.\n\nIt \
                was hard at first. The river does not forgive.\n\nQ: Will you miss it?\n\nA: \
                Every night.";
    let report = audit(text);
    for needle in [
        "My uncle",
        "A dock worker told me",
        "never looked back",
        "hard at first",
        "does not forgive",
        "Every night",
    ] {
        let s = sentence(&report, text, needle);
        assert_eq!(s.label, Label::Quoted, "{needle}");
        assert_eq!(sources_of(s), ["A"], "{needle}");
        assert_eq!(
            s.attributions[0].source.resolved,
            Some("Nadia Okafor"),
            "{needle}"
        );
    }
    assert_unattributed(&report, text, &["How did you start", "Will you miss it"]);
}

#[test]
fn an_answer_label_without_questions_is_no_interview() {
    let text = "The plan had two parts.\n\nA: Cut the fares. The board agreed to it.";
    let report = audit(text);
    assert_unattributed(&report, text, &["Cut the fares"]);
}

#[test]
fn a_firm_advising_a_client_makes_no_claim() {
    let text = "Harlow Partners, the investment bank, is advising Mr Venn, according to the \
                Daily Ledger. Doctors advised Mr Venn to rest. Report: Senator Ada Price Advised \
                Venn To Sell.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["the Daily Ledger"]);
    assert_eq!(s.label, Label::Named);
    assert_eq!(report.sentences[1].label, Label::Anonymous);
    assert_eq!(sources_of(&report.sentences[2]), ["Senator Ada Price"]);
}

#[test]
fn sums_set_aside_and_homes_remortgaged_are_acts() {
    let text = "Finance minister Ravi Kent earmarked £2bn for the ports. Mr Kent watched the \
                vote from the gallery. Ms Dale remortgaged her home to fund the show.";
    let report = audit(text);
    assert_unattributed(
        &report,
        text,
        &["earmarked", "watched the vote", "remortgaged"],
    );
}

#[test]
fn office_holders_in_the_plural_are_unnamed_members_of_a_body() {
    let text = "Ministers insist the ferry levy is fair. The senators said they would vote \
                against it. The judges ruled that the levy was lawful. Prosecutors said the \
                owner would be charged.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(report.sentences[1].label, Label::Anonymous);
    // A bench of judges speaks as its court, prosecutors as their office.
    assert_eq!(report.sentences[2].label, Label::Official);
    assert_eq!(report.sentences[3].label, Label::Official);
}

#[test]
fn a_club_speaks_as_an_institution() {
    let text = "Harbour United revealed on Sunday that it had received a bid for the ground.";
    assert_eq!(label_of(text, "received a bid"), Label::Official);
}

#[test]
fn a_plural_after_a_preposition_and_a_name_is_a_noun() {
    let text = "Alongside union calls for action, even a senior party strategist said the mayor \
                would have to choose.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["a senior party strategist"]
    );
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    // "Alongside BLM calls": a name before the plural.
    let text = "Alongside BLM calls for action, even a senior party strategist said the mayor \
                would have to choose.";
    assert_eq!(label_of(text, "strategist"), Label::Anonymous);
}

#[test]
fn a_description_a_person_was_introduced_with_stands_for_that_person() {
    let text = "Radio correspondent Maria Lund was at the talks. Our correspondent said no deal \
                had been offered. There was \"some possibility\" of a deal, she added.\n\nBoard \
                researcher Tomas Vidal said water was scarce. The Board researcher recalls the \
                drought of 1998.";
    let report = audit(text);
    for needle in ["no deal", "some possibility"] {
        let s = sentence(&report, text, needle);
        assert_eq!(
            s.attributions[0].source.resolved,
            Some("Maria Lund"),
            "{needle}"
        );
        assert_ne!(s.label, Label::Anonymous, "{needle}");
    }
    let s = sentence(&report, text, "recalls the drought");
    assert_eq!(s.attributions[0].source.resolved, Some("Tomas Vidal"));
    assert_eq!(s.label, Label::Named);
}

#[test]
fn a_person_noun_after_an_age_stands_for_the_person_named_before() {
    let text = "Actor and comedian Tom Reid will host the awards. The 40-year-old comic has \
                promised not to swear on air.";
    let report = audit(text);
    let s = sentence(&report, text, "promised");
    assert_eq!(sources_of(s), ["The 40-year-old comic"]);
    assert_eq!(s.attributions[0].source.resolved, Some("Tom Reid"));
}

#[test]
fn the_group_and_the_firm_with_an_aside_stand_for_the_body_cited_before() {
    let text = "The Harbour Trust Foundation said it would keep the land. \"We are \
                focused on our mission,\" the group said.\n\nThe Vestry Group said it had paid \
                its taxes. The firm, whose subsidiary runs 13 farms, insisted that it had \
                complied fully.";
    let report = audit(text);
    let s = sentence(&report, text, "our mission");
    assert_eq!(
        s.attributions[0].source.resolved,
        Some("Harbour Trust Foundation")
    );
    let s = sentence(&report, text, "complied fully");
    assert_eq!(s.attributions[0].source.resolved, Some("Vestry Group"));
}

#[test]
fn a_verb_ending_the_sentence_with_nothing_said_is_an_act() {
    let text = "Then, last week, Omar Reyes called. The prime minister almost blushed. This was \
                not the place to announce the date, he stammered. \"Denver,\" he answered.";
    let report = audit(text);
    assert_unattributed(&report, text, &["Omar Reyes called", "blushed"]);
    // A verb after the words it reports tags them.
    assert_ne!(label_of(text, "he stammered"), Label::Unattributed);
    assert_eq!(label_of(text, "he answered"), Label::Quoted);
}

#[test]
fn playing_down_regarding_as_and_an_archived_version_attribute() {
    let text = "Finance minister Ravi Kent played down fears that the bank would fail. Israel \
                regards the city as its capital. According to an archived version of the \
                Harbour Trust website, the gala was its largest donor.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(report.sentences[1].label, Label::Official);
    assert_eq!(
        sources_of(&report.sentences[2]),
        ["an archived version of the Harbour Trust website"]
    );
}

#[test]
fn a_name_after_a_post_and_a_comma_ends_an_inverted_tag() {
    let text = "\"Our mission is to help,\" said Harbour spokeswoman, Lena Moss. \"We will win,\" \
                said the club captain, Tom Reid.";
    let report = audit(text);
    let expected = [
        ("Harbour spokeswoman, Lena Moss", "Lena Moss"),
        ("the club captain, Tom Reid", "Tom Reid"),
    ];
    for (s, (source, resolved)) in report.sentences.iter().zip(expected) {
        assert_eq!(sources_of(s), [source]);
        assert_eq!(s.attributions[0].source.resolved, Some(resolved));
    }
}

#[test]
fn open_source_in_a_name_is_no_unnamed_source() {
    let text = "Stuart Cole, chief executive of Open Source Harbour Labs, said the move was \
                welcome.";
    assert_eq!(label_of(text, "welcome"), Label::Official);
}

#[test]
fn names_joined_by_an_ampersand_are_one_firm() {
    let text = "Prices will fall, the UN's Food & Farming Organisation has warned. Marsh & \
                Dellow said it was co-operating. The country's biggest oil firm, Oil & Gas \
                Corp, says it is in talks.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Food & Farming Organisation")
    );
    assert_eq!(report.sentences[1].label, Label::Official);
    assert_eq!(report.sentences[2].label, Label::Official);
}

#[test]
fn a_player_by_position_stands_for_the_player_named_before() {
    let text = "\"It will be a two-horse race,\" Marco Lenz told reporters.\n\nAnd the German \
                international defender believes the coach is suited to the job. \"He is the \
                icing on the cake,\" he said.\n\nThe Disasters Relief Committee launched an \
                appeal. The charity said money would go to its agencies.";
    let report = audit(text);
    let s = sentence(&report, text, "suited to the job");
    assert_eq!(s.attributions[0].source.resolved, Some("Marco Lenz"));
    assert_eq!(label_of(text, "icing on the cake"), Label::Quoted);
    let s = sentence(&report, text, "its agencies");
    assert_eq!(
        s.attributions[0].source.resolved,
        Some("Disasters Relief Committee")
    );
}

#[test]
fn a_headline_kicker_before_a_colon_is_no_speaker() {
    let text = "Wow: The Mayor Just Said Something Unexpected.\n\nBombshell: The Board Gave \
                The Club A New Reason To Worry.";
    let report = audit(text);
    for s in &report.sentences {
        for a in &s.attributions {
            assert!(
                !["Wow", "Bombshell"].contains(&a.source.text),
                "{}",
                a.source.text
            );
        }
    }
    assert_eq!(report.sentences[1].label, Label::Unattributed);
}

#[test]
fn market_copy_wins_and_attendance_are_no_claims() {
    let text = "The S.&P. 500 closed the week down slightly. The yield on the 10-year Treasury \
                note fell to 1.45 percent. Lena Ortiz won the primary, claiming 41 percent of \
                the vote. Ortiz and her husband attended the gala in 2005. Eight years ago, \
                she backed the mayor and said, \"He has done nothing.\"";
    let report = audit(text);
    assert_eq!(report.sentences.len(), 5);
    assert_unattributed(&report, text, &["Treasury", "claiming", "attended"]);
    let s = sentence(&report, text, "done nothing");
    assert!(s.attributions.iter().all(|a| a.source.text != "Eight"));
    assert_eq!(s.label, Label::Quoted);
}

#[test]
fn whom_a_source_spoke_to_is_no_source() {
    let text = "Another intelligence source speaking to the Daily Ledger said the agents were \
                investigating.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Another intelligence source"]
    );
    assert_eq!(report.sentences[0].label, Label::Anonymous);
}

#[test]
fn what_analysts_expected_beside_a_result_is_their_claim() {
    let text = "The retailer reported a profit of $1.78 a share, well above the $1.11 that \
                analysts expected.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["The retailer", "analysts"]
    );
    assert_eq!(report.sentences[0].label, Label::Anonymous);
}

#[test]
fn a_pronoun_before_a_verb_in_s_makes_it_a_verb() {
    let text = "The government is seizing large estates, which it says are lying idle.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["it"]);
    assert_eq!(report.sentences[0].label, Label::Official);
}

#[test]
fn a_group_heading_its_place_is_no_unnamed_person() {
    let text = "Captain Curt Holm posted a reply to his critics. Advocates in the ferry \
                community said the post was cruel. \"Let's make one thing clear,\" he wrote.";
    let report = audit(text);
    let s = sentence(&report, text, "one thing clear");
    assert_eq!(s.attributions[0].source.resolved, Some("Curt Holm"));
    assert_eq!(s.label, Label::Quoted);
}

#[test]
fn a_longer_description_finds_the_person_introduced_with_its_noun() {
    let text = "Former Harbour manager Jacques Vale left in May. The former Harbour manager \
                wants a new job in France.";
    let report = audit(text);
    let s = sentence(&report, text, "new job");
    assert_eq!(s.attributions[0].source.resolved, Some("Jacques Vale"));
}

#[test]
fn a_plural_right_after_its_preposition_is_a_noun() {
    let text = "The vote comes amid Republican calls for a recount. It happened amid union \
                calls for action, and a strategist said the mayor must choose.";
    for s in &audit(text).sentences {
        assert!(
            s.attributions
                .iter()
                .all(|a| !a.cue.text.starts_with("calls")),
            "{}",
            &text[s.start..s.end]
        );
    }
}

#[test]
fn answers_with_no_person_named_are_an_unnamed_person_s() {
    let text = "The ferry pilot has steered the boat for a decade.\n\nQ: How did you start?\n\n\
                A: My uncle ran the boat.";
    assert_eq!(label_of(text, "My uncle"), Label::Anonymous);
}

#[test]
fn verb_before_the_name_introduces_a_block_quotation() {
    let text = "Hal Brennan spoke to the station on Sunday.\n\n\
                Stated Brennan:\n\n\
                “The counts will be close. Every ballot must be checked.”\n\n\
                Continued Brennan: “So I think it is a real problem.”\n\n\
                Said Mr. Okafor, “It is over.”";
    let report = audit(text);
    for needle in [
        "Stated Brennan",
        "counts will be close",
        "Every ballot",
        "real problem",
    ] {
        let s = sentence(&report, text, needle);
        assert_eq!(s.label, Label::Quoted, "{needle}");
        assert_eq!(s.attributions[0].source.text, "Brennan", "{needle}");
        assert_eq!(
            s.attributions[0].source.resolved,
            Some("Hal Brennan"),
            "{needle}"
        );
    }
    let continued = sentence(&report, text, "real problem");
    assert_eq!(continued.attributions[0].cue.text, "Continued");
    let said = sentence(&report, text, "It is over");
    assert_eq!(sources_of(said), ["Mr. Okafor"]);
}

#[test]
fn refusing_to_reveal_whether_is_declining_to_comment() {
    let text = "The club have refused to reveal whether their manager is on the shortlist.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Unattributed);
    assert!(report.sentences[0].attributions.is_empty());
}

#[test]
fn quotation_after_a_new_named_speaker_is_theirs_not_the_last_speakers() {
    let text = "Education spokeswoman Ruth Delaney said voters were tired of promises. \
                \"People want straight answers,\" she added. \
                Harold Finch, who won his seat as an independent, said politicians rarely listened. \
                \"We need public figures who can see themselves as others see them.\"";
    let report = audit(text);
    let s = sentence(&report, text, "public figures");
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].source.resolved, Some("Harold Finch"));
    // A pronoun before the quotation leaves it to the last speaker.
    let text = "Ruth Delaney said voters were tired. \
                \"People want straight answers,\" she added. \
                She said the party would listen. \
                \"We will earn their trust.\"";
    let report = audit(text);
    let s = sentence(&report, text, "earn their trust");
    assert_eq!(s.attributions[0].source.resolved, Some("Ruth Delaney"));
}

#[test]
fn a_plural_before_a_possessive_apostrophe_is_a_noun() {
    let text = "The club refused to reveal whether he is on the Dutch champions' shortlist.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Unattributed);
    assert!(report.sentences[0].attributions.is_empty());
}

#[test]
fn a_congressional_report_is_a_bodys_document() {
    let text =
        "Staff at the regulator hid the breaches, according to a congressional report on Tuesday.";
    assert_eq!(label_of(text, "breaches"), Label::Official);
    let text = "Staff at the regulator hid the breaches, according to a new report on Tuesday.";
    assert_eq!(label_of(text, "breaches"), Label::Anonymous);
}

#[test]
fn the_noun_again_stands_for_the_unnamed_person_it_introduced() {
    let text = "A witness interviewed by board staff said the manager ordered silence. \
                The witness said the order was meant to \"protect the board.\"";
    let report = audit(text);
    let s = sentence(&report, text, "protect the board");
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(s.attributions[0].source.identity, Identity::Anonymous);
    // A possessive introduces someone new: "his friend" is not "a friend".
    let text = "A friend said the pilot loved flying. His brother Omar said the pilot was tired.";
    let report = audit(text);
    let s = sentence(&report, text, "was tired");
    assert_eq!(s.attributions[0].source.resolved, Some("Omar"));
}

#[test]
fn no_one_and_negated_groups_are_no_source() {
    let text = "So far, no militant group has claimed the bombing.";
    assert_eq!(label_of(text, "bombing"), Label::Unattributed);
    let text = "No 10 said the threat was real.";
    assert_eq!(label_of(text, "threat"), Label::Official);
}

#[test]
fn a_negated_passive_without_an_agent_is_no_claim() {
    let text = "Mara Lind spoke in Rome. She is due to give a short speech but is not expected to meet the Pope.";
    assert_eq!(label_of(text, "not expected"), Label::Unattributed);
}

#[test]
fn a_title_case_headline_verb_ends_the_name() {
    let text = "Brandt Addresses Harbor Attack: Enough Is Enough\n\n\
                In his speech, Olaf Brandt laid out a plan. \"We will act,\" Brandt said.";
    let report = audit(text);
    let s = sentence(&report, text, "We will act");
    assert_eq!(s.attributions[0].source.resolved, Some("Olaf Brandt"));
    assert!(report.sources.iter().all(|s| !s.name.contains("Addresses")));
}

#[test]
fn fired_back_is_one_cue() {
    let text = "Nell Ortiz fired back that the voters trusted her judgment.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Named);
    assert_eq!(s.attributions[0].cue.text, "fired back");
}

#[test]
fn a_share_of_people_asked_by_a_pollster_is_the_people() {
    let text =
        "And 81% of the 2,000 adults quizzed by Ipsos for the Courier said the council had failed.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(
        s.attributions[0].source.text,
        "81% of the 2,000 adults quizzed"
    );
}

#[test]
fn an_approximate_or_bracketed_share_of_people_is_the_people() {
    for text in [
        "Just under half of tenants said the rent was too high.",
        "Two-thirds of tenants (66%) said the rent was too high.",
    ] {
        let report = audit(text);
        assert_eq!(report.sentences[0].label, Label::Anonymous, "{text}");
    }
}

#[test]
fn a_person_named_after_a_body_noun_is_a_person() {
    let text = "Veteran games maker Tessa Crane said the console market was shrinking.";
    assert_eq!(label_of(text, "console"), Label::Named);
    let text = "Carmaker Volvo said the console market was shrinking.";
    assert_eq!(label_of(text, "console"), Label::Official);
}

#[test]
fn states_after_a_document_is_a_cue_and_elsewhere_a_noun() {
    let text =
        "Kell Holdings filed suit on Monday. \"The firm broke the contract,\" the lawsuit states.";
    assert_eq!(label_of(text, "broke the contract"), Label::Quoted);
    let text = "The interests of member states \"trump everything,\" one envoy joked.";
    let report = audit(text);
    assert!(sources_of(&report.sentences[0])
        .iter()
        .all(|s| !s.contains("member")));
}

/// A capitalised cue word before a quotation is a name's: the quoted words
/// are only a part of the sentence.
#[test]
fn a_capitalised_cue_word_before_a_quotation_introduces_nothing() {
    let text = "Rubio said in the debate on Monday that the United States \"must do more.\"";
    let report = audit(text);
    assert_eq!(report.sentences[0].attributions[0].mode, Mode::Partial);
}

#[test]
fn an_editorial_board_is_its_papers_voice() {
    let text = "The Ledger backed the mayor on Sunday. \"She has earned a second term,\" the editorial board wrote.";
    let report = audit(text);
    let s = sentence(&report, text, "second term");
    assert_eq!(s.attributions[0].source.role, Role::Media);
    let text = "Editorial pages warned that the sky was falling.";
    assert_eq!(label_of(text, "sky"), Label::Anonymous);
}

#[test]
fn a_transcript_in_one_quotation_gives_each_turn_to_its_label() {
    let text = "Part of the exchange follows:\n\n\
                \"HOST: Governor Vance, will the plant close? Tell us.\n\n\
                \"VANCE: It will not close. We have the money.\"";
    let report = audit(text);
    for (needle, speaker) in [
        ("will the plant close", "HOST"),
        ("Tell us", "HOST"),
        ("It will not close", "VANCE"),
        ("We have the money", "VANCE"),
    ] {
        let s = sentence(&report, text, needle);
        assert_eq!(sources_of(s), [speaker], "{needle}");
        assert_eq!(s.attributions[0].mode, Mode::Direct, "{needle}");
    }
}

#[test]
fn a_title_in_quotation_marks_makes_no_act_a_claim() {
    let text = "Rhea Mott spoke about the vote. \
                Mott was speaking on her weekly program, \"Rhea Mott Live Radio,\" broadcast on Sunday.";
    assert_eq!(label_of(text, "weekly program"), Label::Unattributed);
}

#[test]
fn a_quotation_after_a_person_was_asked_is_the_answer() {
    let text = "Dana Pruitt spoke in Tampa.\n\n\
                On a radio show Wednesday, Pruitt was asked why her campaign is struggling.\n\n\
                \"I have tried to explain the plan. That is how I think about it.\"";
    let report = audit(text);
    assert_eq!(label_of(text, "was asked"), Label::Unattributed);
    for needle in ["tried to explain", "how I think"] {
        let s = sentence(&report, text, needle);
        assert_eq!(s.label, Label::Quoted, "{needle}");
        assert_eq!(sources_of(s), ["Pruitt"], "{needle}");
    }
}

#[test]
fn a_noun_after_a_capitalised_word_in_a_description_is_no_verb() {
    let text = "Hemsley, the star of the reality TV show \"The Apprentice,\" said the plan failed.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Named);
}

#[test]
fn the_leader_of_a_named_side_stands_for_the_person_named_before() {
    let text = "Sir Alec Fenwick was furious with the referee on Sunday. \
                The United boss said the foul was the worst he had seen.";
    assert_eq!(resolved_in(text, "worst he had seen"), Some("Alec Fenwick"));
    // An unnamed manager of no named side may be anyone.
    let text =
        "Sir Alec Fenwick was furious on Sunday. The store manager said the shop would close.";
    assert_eq!(resolved_in(text, "shop would close"), None);
}

#[test]
fn the_play_of_a_match_is_no_claim() {
    let text = "Jason Garner won the 60m in Birmingham. \
                Garner cruised home ahead of Nick Smyth. \
                He then recovered from a poor start to beat Daniel Persson. \
                Fernando Hierro cynically chopped down Dyer on the edge of the area.";
    let report = audit(text);
    assert_unattributed(
        &report,
        text,
        &["cruised home", "recovered from", "chopped down"],
    );
}

#[test]
fn claiming_a_prize_or_hitting_back_in_play_is_no_claim() {
    let text = "Lena Marsh won the heat. \
                France claimed victory in the relay. \
                Jake Whyte claimed the coaching award. \
                Wanderers hit back through Stelios Galanis.";
    let report = audit(text);
    assert_unattributed(
        &report,
        text,
        &["claimed victory", "coaching award", "hit back"],
    );
    // Declaring a win is a claim.
    let text = "The final results are not in, but the Kasich campaign is already claiming victory.";
    assert_eq!(label_of(text, "claiming victory"), Label::Official);
}

#[test]
fn a_team_sheet_or_a_booking_line_is_no_speaker() {
    let text = "Rovers: Kell, Amory, Dunne (Pike 77), Shaw, Marr.\n\nBooked: Amory, Shaw.";
    let report = audit(text);
    assert_unattributed(&report, text, &["Kell", "Booked"]);
}

#[test]
fn as_reported_by_an_outlet_opening_a_sentence_names_the_outlet() {
    let text = "As reported by the Ledger, the Times broke the story in March.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Named);
    assert_eq!(sources_of(s), ["the Ledger"]);
}

#[test]
fn a_title_case_headlines_adverbs_and_verbs_name_nobody() {
    let text = "Senate Hopefuls Resoundingly Reject The Idea Of A Toll Rise";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Senate Hopefuls"]);
    let text = "Mayor Made A Final Demand Before The Debate – Refused Immediately";
    assert_eq!(label_of(text, "Refused"), Label::Unattributed);
    let text = "Tom Alder Just Got Asked About The Mayor";
    let report = audit(text);
    assert!(sources_of(&report.sentences[0])
        .iter()
        .all(|s| !s.contains("Got")));
}

#[test]
fn bodies_spelt_as_words_and_inner_number_words_are_names() {
    assert_eq!(
        label_of("Uefa has said its own official saw nothing.", "saw nothing"),
        Label::Official
    );
    let text = "Barcelona coach Henk Ten Cate has branded the complaint \"pathetic\".";
    assert_eq!(resolved_in(text, "pathetic"), Some("Henk Ten Cate"));
}

#[test]
fn a_champion_stands_for_the_person_named_before() {
    let text = "Jason Garner won the 60m in Birmingham. \
                \"I trained very well,\" said the world indoor champion.";
    assert_eq!(resolved_in(text, "trained very well"), Some("Jason Garner"));
}

#[test]
fn going_on_to_do_and_a_span_of_time_are_no_claims() {
    let text = "Dana Fisk won in Ohio. She went on to win Texas as well.";
    assert_eq!(label_of(text, "went on"), Label::Unattributed);
    let text = "Dana Fisk spoke on Monday. She went on to say the plan would fail.";
    assert_eq!(label_of(text, "went on"), Label::Named);
    let text = "But a few days later, the mayor reversed course.";
    assert_eq!(label_of(text, "reversed"), Label::Unattributed);
}

#[test]
fn the_subject_after_an_opening_span_of_time_speaks() {
    let text = "Dale Ortman spoke on Monday. But a few days later, Ortman reversed himself, \
                telling reporters that the rules \"are set.\"";
    let report = audit(text);
    let s = sentence(&report, text, "are set");
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].source.resolved, Some("Dale Ortman"));
}

#[test]
fn correspondents_are_unnamed_people_and_they_next() {
    let text = "Apex said it would cut 5,000 jobs. \
                Correspondents say more cuts had been expected. \
                They say the chief may be trying to calm customers.";
    let report = audit(text);
    assert_eq!(label_of(text, "more cuts"), Label::Anonymous);
    let s = sentence(&report, text, "calm customers");
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(s.attributions[0].source.resolved, Some("Correspondents"));
}

#[test]
fn a_player_by_rugby_position_stands_for_the_player_named_before() {
    let text = "Simon Amory was named player of the year. \
                \"It is a genuine honour,\" said the Gloucester fly-half.";
    assert_eq!(resolved_in(text, "genuine honour"), Some("Simon Amory"));
}

#[test]
fn a_films_director_is_a_profession_not_an_office() {
    let text = "The director of the film, Vinod Pandey, says the movie is not offensive.";
    assert_eq!(label_of(text, "not offensive"), Label::Named);
    let text = "The director of the agency, Ann Kell, said the case was closed.";
    assert_eq!(label_of(text, "case was closed"), Label::Official);
}

#[test]
fn determining_that_is_a_finding_and_being_determined_is_not() {
    let text = "The panel determined the rules had been broken.";
    assert_eq!(label_of(text, "rules had been broken"), Label::Official);
    let text = "Mara Quist spoke on Monday. Quist was determined to win the seat.";
    assert_eq!(label_of(text, "determined to win"), Label::Unattributed);
}

#[test]
fn a_claim_about_a_win_and_an_adverb_like_surname_stay() {
    assert_eq!(
        label_of(
            "Dana Kell spoke. Kell claimed the win was stolen.",
            "stolen"
        ),
        Label::Named
    );
    let text = "Dr Kent Brantly said the drug worked.";
    assert_eq!(resolved_in(text, "drug worked"), Some("Kent Brantly"));
}

#[test]
fn a_second_witness_is_someone_new_and_unnamed() {
    let text = "A witness interviewed by board staff said the manager ordered silence. \
                The second witness said the order was never given.";
    let report = audit(text);
    let s = sentence(&report, text, "never given");
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(s.attributions[0].source.identity, Identity::Anonymous);
    assert_eq!(s.attributions[0].source.resolved, None);
}

#[test]
fn another_sides_leader_is_not_the_leader_named_before() {
    let text = "Arsenal manager Arno Wendt said his side would fight on. \
                The Chelsea manager said his team would win the league.";
    assert_eq!(resolved_in(text, "win the league"), None);
    // The same side's leader is the one named before.
    let text = "Arsenal manager Arno Wendt said his side would fight on. \
                The Arsenal manager said his team would win the league.";
    assert_eq!(resolved_in(text, "win the league"), Some("Arno Wendt"));
}

#[test]
fn a_demand_made_of_a_person_is_no_question_a_quotation_answers() {
    let text = "Lena Ortiz criticised the board on Monday.\n\n\
                Sam Poole was asked to resign in May.\n\n\
                \"The vote was a disgrace.\"\n\n\
                Tom Reyes was asked to explain the delay.\n\n\
                \"We ran out of money.\"";
    let report = audit(text);
    let s = sentence(&report, text, "disgrace");
    assert!(!sources_of(s).contains(&"Sam Poole"), "{:?}", sources_of(s));
    let s = sentence(&report, text, "ran out");
    assert_eq!(sources_of(s), ["Tom Reyes"]);
}

#[test]
fn firing_back_at_gunmen_is_shooting_not_a_retort() {
    let text = "Soldiers fired back at the attackers near the bridge.";
    assert_eq!(label_of(text, "bridge"), Label::Unattributed);
    let text = "Dana Whitby fired back at her rival on Tuesday.";
    assert_eq!(label_of(text, "rival"), Label::Named);
}

#[test]
fn a_feeling_before_a_clause_or_a_position_on_something_is_held() {
    let text = "Dana Whitby is convinced the plan will fail.";
    assert_eq!(label_of(text, "plan"), Label::Named);
    let text = "Supporters remain fiercely opposed to any deal.";
    assert_eq!(label_of(text, "deal"), Label::Anonymous);
    // A feeling with nothing held stays a description.
    let text = "Dana Whitby is happy in Leeds.";
    assert_eq!(label_of(text, "Leeds"), Label::Unattributed);
}

#[test]
fn an_answer_or_a_chiding_tags_a_quotation() {
    let text = "''It is fine,'' Ms. Abedin answered.";
    assert_eq!(label_of(text, "fine"), Label::Quoted);
    let text = "Clinton clashed with Johnson, chiding him, \"What difference does it make?\"";
    assert_eq!(label_of(text, "difference"), Label::Quoted);
}

#[test]
fn a_name_before_an_unclosed_relative_clause_is_the_speaker() {
    let text = "\"Trump says different things to different audiences,\" Katie Packer, \
                who is chairman of Our Principles Pac said in a statement.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.attributions[0].source.resolved, Some("Katie Packer"));
}

#[test]
fn keeping_a_lead_dismissing_a_case_or_publishing_books_is_no_claim() {
    let text = "Dana Whitby met voters in May. \
                Whitby still maintains an overwhelming lead in endorsements. \
                A judge has dismissed an attempt by Yukos to gain protection. \
                Whitby has published many histories, including one of Leeds. \
                Whitby maintained his innocence throughout.";
    let report = audit(text);
    assert_unattributed(&report, text, &["overwhelming lead", "Yukos", "histories"]);
    assert_eq!(sentence(&report, text, "innocence").label, Label::Named);
}

#[test]
fn members_of_parliament_unnamed_are_anonymous() {
    let text = "There was one prison suicide every four days, MPs said.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(s.attributions[0].source.role, Role::Official);
}

#[test]
fn a_features_kind_before_a_colon_is_no_speaker() {
    let text = "Q&A: Malcolm Glazer and Man Utd\n\nThe takeover battle goes on.";
    assert_eq!(label_of(text, "Glazer"), Label::Unattributed);
}

#[test]
fn a_creative_writing_course_is_no_writing() {
    let text = "Fletcher graduated from the University of East Anglia creative writing course.";
    assert_eq!(label_of(text, "course"), Label::Unattributed);
}

#[test]
fn a_sides_captain_holds_no_office_but_an_army_captain_does() {
    let text = "Former captain Keith Wood believes Ireland can win.";
    assert_eq!(label_of(text, "Ireland"), Label::Named);
    let text = "Army captain Omar Khan said the patrol was ambushed.";
    assert_eq!(label_of(text, "patrol"), Label::Official);
}

#[test]
fn a_headline_may_name_its_speaker_after_says_without_a_comma() {
    let text = "Dance music not dead says Fatboy\n\nThe DJ spoke on Monday.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["Fatboy"]);
}

#[test]
fn the_news_service_is_an_outlet() {
    let text = "Politifact rated the claim true. The news service pointed to the board's finding.";
    let report = audit(text);
    let s = sentence(&report, text, "pointed");
    assert_eq!(s.attributions[0].source.role, Role::Media);
}

#[test]
fn stunning_easing_and_graduating_are_acts() {
    let text = "Dana Whitby met voters in May. \
                Whitby stunned Republicans by withholding his endorsement. \
                Whitby eased his defiant tone of recent days. \
                Whitby graduated from Keene State College owing $90,000.";
    let report = audit(text);
    assert_unattributed(&report, text, &["stunned", "eased", "graduated"]);
}

#[test]
fn an_epithet_opening_a_sentence_goes_on_with_the_subject_before() {
    let text = "Lena Moss lost to Petra Kova in an exhibition match on Sunday.\n\n\
                And the Belgian, who has slipped to eight in the world, faces a tough defence.\n\
                \"I will be heading to Australia with question marks over me,\" she said.";
    assert_eq!(resolved_in(text, "question marks"), Some("Lena Moss"));
}

#[test]
fn a_relative_clause_after_an_inverted_source_describes_it() {
    let text = "Dana Moss won the title in 2003.\n\n\
                \"Physically, I hit rock bottom,\" said the 22-year-old, \
                who will make her comeback in Sydney.";
    let report = audit(text);
    let s = sentence(&report, text, "rock bottom");
    assert_eq!(sources_of(s), ["the 22-year-old"]);
    assert_eq!(s.attributions[0].source.resolved, Some("Dana Moss"));
}

#[test]
fn a_verb_of_saying_after_one_of_beginning_has_its_subject() {
    let text = "More Republicans have begun urging the party to unite.";
    assert_eq!(label_of(text, "unite"), Label::Anonymous);
    let text = "Dana Whitby kept insisting the plan would work.";
    assert_eq!(label_of(text, "plan"), Label::Named);
}

#[test]
fn arguments_made_and_attacks_in_words_are_positions() {
    let text = "Dana Whitby toured Ohio in May. \
                Whitby has previously made the case for the new bridge. \
                Whitby has repeatedly hammered the mayor over the budget. \
                The campaign has credited Omar Lee with the plan.";
    let report = audit(text);
    assert_eq!(sentence(&report, text, "new bridge").label, Label::Named);
    assert_eq!(sentence(&report, text, "budget").label, Label::Named);
    assert_eq!(sentence(&report, text, "credited").label, Label::Official);
}

#[test]
fn the_one_told_is_no_speaker_and_the_one_asked_answers() {
    let text = "Dan Kemp spoke to host Sam Royce on Monday.\n\n\
                Royce asked Kemp how high the wall would be.\n\n\
                \"I think the height could be 35 feet. Could be higher,\" he told Royce.";
    assert_eq!(resolved_in(text, "Could be higher"), Some("Dan Kemp"));
}

#[test]
fn words_avoided_or_not_said_are_no_claims() {
    let text = "Dana Whitby spoke in Leeds. \
                Whitby avoided suggesting anyone was playing politics with the issue.";
    assert_eq!(label_of(text, "politics"), Label::Unattributed);
    let text = "Dana Whitby spoke in Leeds. He didn't say so, but the plan had failed.";
    let report = audit(text);
    assert!(sentence(&report, text, "say so").attributions.is_empty());
}

#[test]
fn the_one_led_or_prompted_to_speak_is_the_source() {
    let text = "The figures prompted some analysts to forecast that rates will rise.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(sources_of(s), ["some analysts"]);
    let text = "Dana Whitby spoke in Leeds. \
                Whitby even went so far as to suggest the rivals were a shower.";
    assert_eq!(label_of(text, "shower"), Label::Named);
}

#[test]
fn a_finding_identified_is_stated() {
    let text = "The European Commission met in May. \
                It has identified that many groups have defined the forms of digital media.";
    assert_eq!(label_of(text, "digital media"), Label::Official);
}

#[test]
fn a_product_unveiled_hopes_owned_and_rules_broken_are_no_claims() {
    let text = "Boeing unveils new 777 aircraft\n\n\
                The actors won awards, boosting their Oscars hopes this month.\n\n\
                Many of the cafes closed broke rules that limit opening hours.\n\n\
                Boeing unveiled plans to cut 500 jobs.";
    let report = audit(text);
    assert_unattributed(&report, text, &["777", "Oscars", "broke rules"]);
    assert_eq!(sentence(&report, text, "500 jobs").label, Label::Official);
}

#[test]
fn a_quoted_question_before_went_on_ends_no_sentence() {
    let text = "\"You know, it happens, right?\" Trump went on, as if he did not hear her.";
    let report = audit(text);
    assert_eq!(report.sentences.len(), 1);
}

#[test]
fn wins_in_a_race_or_a_prize_are_acts() {
    let text = "James Keane won in May. \
                Keane motored to the indoor 800m title in Sheffield. \
                Cate Bryant triumphed as the best supporting actress.";
    let report = audit(text);
    assert_unattributed(&report, text, &["motored", "triumphed"]);
}

#[test]
fn the_person_named_after_a_post_at_a_named_body_is_the_source() {
    let text = "The leader of the Anti-Defamation League, Jonah Green, said the ban was wrong. \
                He said the group would fight it.";
    let report = audit(text);
    assert_eq!(
        first_resolved(&report),
        [Some("Jonah Green"), Some("Jonah Green")]
    );
    assert_eq!(report.sentences[0].label, Label::Official);
}

#[test]
fn a_participle_with_its_agent_after_a_comma_is_a_passive() {
    let text = "His sentence, criticised by the watchdog Reporters Without Borders, \
                comes a day after an online \"day of action\".";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["the watchdog Reporters Without Borders"]);
    // A means is no agent.
    let text = "The DNC, which is seen as aligned with Clinton, responded by abruptly blocking \
                access to the data.";
    let report = audit(text);
    assert!(report.sentences[0]
        .attributions
        .iter()
        .all(|a| !a.source.text.contains("blocking")));
}

#[test]
fn a_position_made_no_secret_of_is_held() {
    let text =
        "Dana Whitby met fans in May. Whitby has made no secret of her desire to play in Europe.";
    assert_eq!(label_of(text, "Europe"), Label::Named);
    let text = "The leaders made little secret of their disagreements.";
    assert_eq!(label_of(text, "disagreements"), Label::Anonymous);
}

#[test]
fn texts_written_figures_added_and_a_sides_hopes_are_no_claims() {
    let text = "Viruses written to make headlines are getting rarer.\n\n\
                Sina shares rose on Friday. They added an extra 6.4% in late trading.\n\n\
                Vera Drake leads UK Oscar hopes\n\n\
                Taylor's recovery is a major boost to Scottish hopes.\n\n\
                Dana Whitby has written that the plan will fail.";
    let report = audit(text);
    assert_unattributed(
        &report,
        text,
        &["Viruses", "6.4%", "UK Oscar", "Scottish hopes"],
    );
    assert_eq!(sentence(&report, text, "will fail").label, Label::Named);
}

#[test]
fn film_studios_are_companies() {
    let text = "Paramount said it would back the new format.";
    assert_eq!(label_of(text, "format"), Label::Official);
}

#[test]
fn kickers_contact_entry_and_signs_shown_are_no_claims() {
    let text = "LOOK: Shocking Photos Of The Rally Are Going Viral\n\n\
                Dana Whitby met voters. Whitby rolled into Hialeah for a rally on Wednesday.\n\n\
                Whitby and Lee grasped hands on stage.\n\n\
                His supporters showed no sign of backing down on Tuesday.\n\n\
                A plurality of refugees admitted to the United States are Christian.\n\n\
                Whitby and Lee maintained their battle in the polls.";
    let report = audit(text);
    assert_unattributed(
        &report,
        text,
        &[
            "LOOK",
            "Hialeah",
            "grasped",
            "backing down",
            "plurality",
            "battle",
        ],
    );
}

#[test]
fn a_proclamation_in_a_relative_clause_is_a_claim() {
    let text = "The test originated with Dana Whitby, who proclaimed in July that refugees \
                \"cannot come into this country\".";
    assert_eq!(label_of(text, "refugees"), Label::Quoted);
}

#[test]
fn taking_a_moment_to_point_out_and_calling_someone_unfit_are_claims() {
    let text = "Dana Whitby took a moment to point out that the plan had failed.";
    assert_eq!(label_of(text, "plan"), Label::Named);
    let text = "Tensions flare after Whitby calls Lee unqualified";
    assert_eq!(label_of(text, "unqualified"), Label::Named);
}

#[test]
fn a_verb_after_a_closed_relative_clause_and_and_shares_the_subject() {
    let text = "The committee published its report on Monday. \
                It picked out the case of Jo Scholes, who died in his cell, \
                and urged the minister to hold an inquiry.";
    assert_eq!(label_of(text, "inquiry"), Label::Official);
    // An open relative clause still holds the verb.
    let text =
        "The demonstrators, who have taken to the streets and called for change, were tired.";
    assert_eq!(label_of(text, "tired"), Label::Unattributed);
}

#[test]
fn a_name_after_an_opening_phrase_is_the_subject_a_pronoun_follows() {
    let text = "Rep. Lee Zorn said the talks would help. \
                On the eve of the meetings, Dan Kemp eased his tone. \
                Asked on Fox News who leads the party, he said Ryan.";
    assert_eq!(resolved_in(text, "leads the party"), Some("Dan Kemp"));
    // Past an honorific after the comma, and after "But".
    let text = "Brian Fall, a spokesman, said the plan was dead.                 But at another event on Thursday, Mr. Dan Kemp showed no sign                 that he was planning to apologize.";
    assert_eq!(resolved_in(text, "apologize"), Some("Dan Kemp"));
}

#[test]
fn the_code_reviews_misfires_stay_mended() {
    // A causative's noun ends no phrase: the span is the one prompted.
    let text = "The attack prompted government forces to say they would respond.";
    let report = audit(text);
    let source = &report.sentences[0].attributions[0].source;
    assert_eq!(source.text, "government forces");
    assert!(source.start < source.end);
    let text = "The Kremlin dismissed the charges as politically motivated.";
    assert_eq!(label_of(text, "motivated"), Label::Official);
    let text = "His mother hopes he will come home.";
    assert_eq!(label_of(text, "come home"), Label::Named);
    let text = "Dana Whitby fired back at her Republican attackers.";
    assert_eq!(label_of(text, "attackers"), Label::Named);
    let text = "Several officers admitted to the beatings.";
    assert_eq!(label_of(text, "beatings"), Label::Anonymous);
    let text = "His book, published by Penguin, sold well.";
    assert_eq!(label_of(text, "sold well"), Label::Unattributed);
    let text = "The new chief executive said sales rose.";
    assert_eq!(label_of(text, "sales"), Label::Official);
    let text = "Bellamy scored after a fine move culminated in the Welshman hammering the ball \
                into the net.";
    assert_eq!(label_of(text, "the net"), Label::Unattributed);
    // A title-case headline keeps its speaker before "Says".
    let text = "Kemp Says China Deal Close";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Kemp"]);
    // "went on strike" is no speaker's tag.
    let text = "\"Is it over?\" Workers went on strike.";
    assert_eq!(audit(text).sentences.len(), 2);
    let text = "It took a moment to explain, she said.";
    let report = audit(text);
    assert!(report.sentences[0]
        .attributions
        .iter()
        .all(|a| a.source.text != "It"));
}

#[test]
fn a_one_word_opening_phrase_and_but_open_the_subject() {
    let text = "Dana Whitby said the plan was bad. Meanwhile, Dan Kemp toured Ohio. \
                He said the plan was good.";
    assert_eq!(resolved_in(text, "was good"), Some("Dan Kemp"));
    let text = "Dana Whitby said the plan was bad. But Dan Kemp toured Ohio. \
                He said the plan was good.";
    assert_eq!(resolved_in(text, "was good"), Some("Dan Kemp"));
}

#[test]
fn rules_the_code_review_found_untested() {
    // Up to two adverbs after the perfect's auxiliary.
    let text = "Dana Whitby toured Ohio. Whitby has repeatedly lambasted the mayor.";
    assert_eq!(label_of(text, "mayor"), Label::Named);
    // A position on something, held by one person.
    let text = "Dana Whitby toured Ohio. Whitby is critical of the plan.";
    assert_eq!(label_of(text, "the plan"), Label::Named);
    // Hopes owned, after a possessive and a capitalised noun.
    let text = "The band won twice, boosting their Grammy hopes this month.";
    assert_eq!(label_of(text, "Grammy"), Label::Unattributed);
    // The one asked answers when the one told is excluded and no subject
    // came between.
    let text = "Sam Royce hosted the show.\n\nRoyce asked Dan Kemp about the wall.\n\n\
                \"It will be tall,\" he told Royce.";
    assert_eq!(resolved_in(text, "be tall"), Some("Dan Kemp"));
    // Another side's leader by title is not the one named before.
    let text = "Arsenal manager Arno Wendt said his side would fight on. \
                The Chelsea manager said his team would win.";
    assert_eq!(resolved_in(text, "would win"), None);
    // "his other brother" is not "his brother Omar".
    let text = "His brother Omar Lee said the pilot was tired. \
                His other brother said the pilot was fine.";
    assert_ne!(resolved_in(text, "was fine"), Some("Omar Lee"));
}

/// "By the wire service's tally", "by one estimate": the count's maker is
/// the source, opening the sentence or after a comma; "by far", "by some
/// measures" and "by the time" name none.
#[test]
fn a_tally_or_an_estimate_after_by_is_a_source() {
    let text = "By the Associated Press's tally, Whitby has 1,204 delegates.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Named);
    assert_eq!(
        s.attributions[0].source.text,
        "the Associated Press's tally"
    );
    let text = "Forty streams were fouled by the mine, by one estimate.";
    assert_eq!(label_of(text, "streams"), Label::Anonymous);
    let text = "By far the largest donor, Whitby gave $5 million. \
                By some measures, the economy is strong. \
                By the time the count ended, Whitby had won. \
                The vote was delayed by the count.";
    let report = audit(text);
    assert_unattributed(
        &report,
        text,
        &["By far", "By some", "By the time", "delayed"],
    );
}

/// "A new Marist poll has Whitby leading": a poll's standing is its
/// finding; its margin of error is none.
#[test]
fn a_poll_that_has_a_candidate_leading_is_a_source() {
    let text = "A new Marist poll has Whitby leading Kemp by four points.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(sources_of(&report.sentences[0]), vec!["A new Marist poll"]);
    let text = "A poll puts the mayor's approval at 40 percent.";
    assert_eq!(label_of(text, "approval"), Label::Anonymous);
    let text = "The poll has a margin of error of three points. \
                The poll had bad news for Kemp, who was behind.";
    let report = audit(text);
    assert_unattributed(&report, text, &["margin", "bad news"]);
}

/// "According to her memo" after "Dana Whitby": the document is the one
/// the pronoun stands for, labelled as she was introduced.
#[test]
fn a_document_owned_by_a_pronoun_is_its_owners() {
    let text = "Dana Whitby toured the plant. According to her memo, the line lost money.";
    let report = audit(text);
    let s = sentence(&report, text, "memo");
    assert_eq!(s.label, Label::Named);
    assert_eq!(s.attributions[0].source.resolved, Some("Dana Whitby"));
    let text = "Sen. Dana Whitby toured the plant. According to her memo, the line lost money.";
    assert_eq!(label_of(text, "memo"), Label::Official);
}

/// "Cement makers argue", "Insurers said": people named by what they do
/// are an unnamed group, not the capitalised word before them nor a name;
/// a surname the article capitalises inside a sentence stays a name.
#[test]
fn people_named_by_their_trade_are_an_unnamed_group() {
    let text = "Cement makers argue that imports grew to 40 percent.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(s.attributions[0].source.resolved, None);
    let text = "Insurers said that the losses would be small.";
    assert_eq!(label_of(text, "losses"), Label::Anonymous);
    let text = "Rangers said the striker would stay.\n\nThe striker joined Rangers in May.";
    assert_eq!(label_of(text, "would stay"), Label::Named);
    let text = "Walters says the vote is close.\n\nThe poll worker, Dana Walters, counted twice.";
    assert_eq!(label_of(text, "vote is close"), Label::Named);
    // Unnamed members of what is named; a body's name with "of" stays one.
    let text = "US retailers reported strong sales in December.";
    assert_eq!(label_of(text, "sales"), Label::Anonymous);
    let text = "The Association of British Insurers warned that cover would lapse.";
    assert_eq!(label_of(text, "cover"), Label::Official);
    // Past more capitalised words, to people of the lists.
    let text = "Rival Republican candidates have long criticized Kemp for his views.";
    assert_eq!(label_of(text, "views"), Label::Anonymous);
}

/// "..., has supported Sen. Ted Cruz": a verb after its auxiliary has its
/// subject before it, not the name after (no inverted tag has one).
#[test]
fn a_verb_after_an_auxiliary_takes_no_inverted_subject() {
    let text = "Dan Kemp is rich. A Libertarian, he backed Ron Paul and, in Republican \
                contests, has supported Sen. Ted Cruz, R-Texas.";
    let report = audit(text);
    let s = sentence(&report, text, "Libertarian");
    assert!(
        s.attributions
            .iter()
            .all(|a| a.source.resolved != Some("Ted Cruz")),
        "{:?}",
        s.attributions
    );
}

/// "David Seacord parked his bike", "he merged with Blackstone", "Redford
/// founded Sundance": acts of a life or a business, not claims.
#[test]
fn parking_merging_and_founding_are_acts() {
    let text = "Dana Whitby is a courier. Whitby parked her bike by the gate. \
                Whitby founded a delivery firm in 2004. Later she merged with a rival.";
    let report = audit(text);
    assert_unattributed(&report, text, &["parked", "founded", "merged"]);
}

/// "claim the first set", "maintain their own journals": a prize taken and
/// a thing kept up are no claims; "maintains his innocence" is one.
#[test]
fn a_set_claimed_and_journals_maintained_are_acts() {
    let text = "Dan Kemp lost early. Kemp made errors, allowing Ivo Lenz to claim the first set. \
                Many pundits maintain their own journals. \
                Kemp maintains his innocence.";
    let report = audit(text);
    assert_unattributed(&report, text, &["first set", "journals"]);
    assert_eq!(sentence(&report, text, "innocence").label, Label::Named);
}

/// "have all attacked the program as a violation", "recognize that", "a
/// newly uncovered email": a judgement after "as", a belief recognised,
/// and a document whose participle follows an adverb.
#[test]
fn judged_as_recognised_that_and_a_newly_found_document() {
    let text = "Dan Kemp and Ivo Lenz have all attacked the program as a violation of the law.";
    assert_eq!(label_of(text, "violation"), Label::Named);
    let text = "The storm hit hard. It attacked the coast as soon as night fell.";
    assert_eq!(label_of(text, "soon"), Label::Unattributed);
    let text = "Local leaders now recognize that they have to do more.";
    assert_eq!(label_of(text, "leaders"), Label::Anonymous);
    let text = "The troops were ready, according to a newly uncovered memo.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(
        sources_of(&report.sentences[0]),
        vec!["a newly uncovered memo"]
    );
}

/// "a new poll" ... "The survey, conducted by the Harlow Institute" ...
/// "The poll also shows": the poll and the survey are one document, known
/// by its fullest mention; a document cited again is "it" next.
#[test]
fn the_poll_and_the_survey_are_one_document() {
    let text = "Whitby leads Kemp, according to a new poll. \
                The survey, conducted by the Harlow Institute, finds Whitby ahead. \
                The poll also shows Kemp gaining among the young.";
    let report = audit(text);
    let s = sentence(&report, text, "gaining");
    assert_eq!(s.label, Label::Official);
    assert_eq!(s.attributions[0].source.resolved, Some("The survey"));
    let text = "The lawsuit, filed in May, names the mayor. \
                The lawsuit seeks damages, Dan Kemp said. It also seeks an apology.";
    assert_eq!(resolved_in(text, "apology"), Some("The lawsuit"));
}

/// "in Professor Kemp's view", "In his view,": the view's holder is the
/// source; "In my view" is the writer's, and "a view of the sea" no cue.
#[test]
fn a_view_held_names_its_holder() {
    let text = "Dan Kemp teaches economics. The only other step, in Professor Kemp's view, \
                would be more research.";
    let report = audit(text);
    let s = sentence(&report, text, "other step");
    assert_eq!(s.label, Label::Named);
    assert_eq!(s.attributions[0].source.resolved, Some("Dan Kemp"));
    let text = "Dan Kemp spoke. In his view, the plan is sound.";
    assert_eq!(resolved_in(text, "plan is sound"), Some("Dan Kemp"));
    let text = "In my view, the tax works. The room had a view of the sea, in truth.";
    let report = audit(text);
    assert_unattributed(&report, text, &["my view", "the sea"]);
}

/// "To many, he is a provocateur", "To Ms. Gil, skating is dissent": what
/// follows is as they see it; "To be sure", "To date", "To win" and "To
/// Ohio" name no one.
#[test]
fn to_someone_opening_a_sentence_is_their_view() {
    let text = "Ana Gil skates daily. To Ms. Gil, skating is a cry of dissent.";
    assert_eq!(resolved_in(text, "dissent"), Some("Ana Gil"));
    let text = "To many, Kemp is a provocateur. But to others, he is a journalist.";
    let report = audit(text);
    assert_eq!(
        sentence(&report, text, "provocateur").label,
        Label::Anonymous
    );
    assert_eq!(
        sentence(&report, text, "journalist").label,
        Label::Anonymous
    );
    let text = "To be sure, the plan is bad. To date, the plan is late. \
                To win, he must carry Ohio. To Ohio, the road is long.";
    let report = audit(text);
    assert_unattributed(&report, text, &["sure", "date", "win", "road"]);
}

/// "To Rivertown College history teacher Maya Okafor, ...", "To City Hall
/// aides, ...": a described person, or a body's people, before the comma
/// sees it so; a long phrase of a place sees nothing.
#[test]
fn to_a_described_person_or_a_bodys_people_is_their_view() {
    let text = "To Rivertown College history teacher Maya Okafor, the mayor's silence \
                seemed to show fear.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Rivertown College history teacher Maya Okafor"]
    );
    assert_eq!(report.sentences[0].label, Label::Named);
    let text = "To City Hall aides, the visit was a sign of respect.";
    assert_eq!(label_of(text, "visit"), Label::Anonymous);
    let text = "To the south of the old harbour wall, the water is shallow.";
    assert_eq!(label_of(text, "water"), Label::Unattributed);
    // A passive tells an event, not their view.
    let text = "To City Hall aides, the contract was awarded in 2010.";
    assert_eq!(label_of(text, "contract"), Label::Unattributed);
}

/// "according to Crowdpac data", "according to Jupiter Research": a
/// capitalised name inside the sentence states the document's author; a
/// capital opening a headline word ("Will Run Ads") does not.
#[test]
fn a_name_before_a_document_noun_is_its_author() {
    let text = "Women gave less, according to Crowdpac data.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Crowdpac")
    );
    let text = "Women gave less, according to recent polls.";
    assert_eq!(label_of(text, "Women"), Label::Anonymous);
    // A season is no author: "Christmas data" is a document whose author
    // is not stated.
    let text = "Sales fell, according to Christmas data.";
    assert_eq!(label_of(text, "Sales"), Label::Anonymous);
}

/// "if I don't," commented Jamelia: a negation inside the words quoted is
/// no refusal to comment.
#[test]
fn a_negation_inside_the_quotation_is_no_refusal() {
    let text = "Ana Reyes is calm. \"When I started, I was away. \
                I still want it, if I don't,\" commented Reyes.";
    let report = audit(text);
    assert_eq!(sentence(&report, text, "started").label, Label::Quoted);
    assert_eq!(sentence(&report, text, "commented").label, Label::Quoted);
    let text = "Dan Kemp did not comment.";
    assert_eq!(label_of(text, "Kemp"), Label::Unattributed);
}

/// "sees supercomputing as crucial", "billed the machine as the Walkman",
/// "regarded by many as the greatest": a judgement after "as"; "saw its
/// sales rise" and "saw the crowd as soon as" are none.
#[test]
fn seen_billed_or_regarded_as_is_a_judgement() {
    let text = "Critics see the plan as crucial.";
    assert_eq!(label_of(text, "crucial"), Label::Anonymous);
    let text = "Dan Kemp has billed the phone as the Walkman of the age.";
    assert_eq!(label_of(text, "Walkman"), Label::Named);
    let text = "They won a game regarded by many as the greatest ever played.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(sources_of(&report.sentences[0]), vec!["many"]);
    let text = "Acme saw its sales rise after it cut prices. \
                The crowd saw the band as soon as it arrived.";
    let report = audit(text);
    assert_unattributed(&report, text, &["sales rise", "band"]);
}

/// "Both Labour and the Conservatives have said": bodies joined by "and",
/// the second after "the", are one named source; "the Commission for Latin
/// America and the Caribbean" is one name.
#[test]
fn bodies_joined_after_the_are_one_source() {
    let text = "Both Labour and the Conservatives have said they plan to boost pensions.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(
        sources_of(&report.sentences[0]),
        vec!["Both Labour and the Conservatives"]
    );
    let text = "The Economic Commission for Latin America and the Caribbean said growth \
                would slow.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(
        sources_of(&report.sentences[0]),
        vec!["The Economic Commission for Latin America and the Caribbean"]
    );
}

/// "His rivals, Dan Kemp and Ivo Lenz, have both urged", "blasted Rubio in
/// a recent interview", "Mr. Kemp talks about a revolution", "FEC
/// regulations suggest": more ways a source says or holds something.
#[test]
fn floating_both_in_an_interview_talks_about_and_regulations() {
    let text = "His rivals, Dan Kemp and Ivo Lenz, have both urged him to release the tapes.";
    assert_eq!(label_of(text, "tapes"), Label::Named);
    let text = "Dan Kemp blasted Lenz and defended Ross in a recent interview with a paper.";
    assert_eq!(label_of(text, "interview"), Label::Named);
    let text = "Dan Kemp spoke. Mr. Kemp talks about a revolution.";
    assert_eq!(label_of(text, "revolution"), Label::Named);
    let text = "Federal Election Commission regulations suggest candidates must split costs.";
    assert_eq!(label_of(text, "split"), Label::Official);
}

/// "Then a student living in the Heights neighborhood of Manhattan, Ms.
/// Reyes found ..., she said": a long opening phrase still opens the
/// subject; a possessive after one ("After the vote, Kemp's campaign
/// manager, Dan Ross, said") does not.
#[test]
fn a_long_opening_phrase_opens_the_subject() {
    let text = "Sara Reyes skates too. Ana Gil said skating was fun. \
                Then a middle school student living in the Heights neighborhood of Manhattan, \
                Ms. Reyes found skating to be a salve, she said.";
    assert_eq!(resolved_in(text, "salve"), Some("Sara Reyes"));
    let text = "Ivo Kemp campaigned. After the results from New York were in on Tuesday night, \
                Kemp's campaign manager, Dan Ross, appeared on TV. He said the gap could close.";
    assert_eq!(resolved_in(text, "gap"), Some("Dan Ross"));
}

/// Misfires the code review of the tenth review's rules found, mended.
#[test]
fn the_tenth_code_reviews_misfires_stay_mended() {
    // "To" someone before an act, not a judgement.
    let text = "To Congress, the president sent a budget. To Mr. Kemp, the firm sold its stake.";
    let report = audit(text);
    assert_unattributed(&report, text, &["budget", "stake"]);
    // A poll's verb with no lead, tie or figure.
    let text = "The poll puts Kemp at ease. The poll had the mayor up at night. \
                The poll has his campaign behind schedule.";
    let report = audit(text);
    assert_unattributed(&report, text, &["ease", "night", "schedule"]);
    // A time of life or a capacity after "as a".
    let text = "She saw him as a boy in Ohio. He saw combat as a marine in Iraq.";
    let report = audit(text);
    assert_unattributed(&report, text, &["boy", "marine"]);
    // The writer's own count; a court's judgment is its act.
    let text = "By my count, the deal was a failure.";
    assert_eq!(label_of(text, "failure"), Label::Unattributed);
    let text = "The court met. In its judgment, the court found the law void.";
    assert_eq!(label_of(text, "void"), Label::Official);
    // Records kept up, or records said to be so.
    let text = "The company maintains records were never altered.";
    assert_eq!(label_of(text, "altered"), Label::Official);
    // Devices named like trades.
    let text = "Smoke detectors suggest the fire began late.";
    assert_eq!(label_of(text, "fire"), Label::Unattributed);
    // A judgement after "as" about a person.
    let text = "Dan Kemp has repeatedly characterized him as a person of no conscience.";
    assert_eq!(label_of(text, "conscience"), Label::Named);
}

/// Rules the tenth review's code review found untested.
#[test]
fn rules_the_tenth_code_review_found_untested() {
    // "in the view of" names its holder after "of".
    let text = "In the view of many economists, the tax works.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(sources_of(&report.sentences[0]), vec!["many economists"]);
    // "as a result" is no judgement.
    let text = "Kemp attacked the plan, and as a result the mayor resigned.";
    assert_ne!(label_of(text, "resigned"), Label::Anonymous);
    // A trade plural the article knows as a person is a name.
    let text = "Ana Sanders spoke first. Sanders said the plan was bad.";
    assert_eq!(label_of(text, "plan was bad"), Label::Named);
    // After an opening quotation mark too.
    let text = "\"Insurers said the losses were small,\" the report said. Prices fell.";
    assert_eq!(label_of(text, "Prices"), Label::Unattributed);
    // A name with "of" before a trade plural stays a name.
    let text = "The Association of British insurers warned that cover would lapse.";
    assert_eq!(label_of(text, "cover"), Label::Official);
    // Unnamed makers with "the".
    let text = "The makers argue that imports grew.";
    assert_eq!(label_of(text, "imports"), Label::Anonymous);
    // A place's data states no author.
    let text = "Prices rose, according to Ohio data.";
    assert_eq!(label_of(text, "Prices"), Label::Anonymous);
    // A poll's standing: the poll is a document.
    let text = "A new poll has Kemp leading Ross.";
    assert_eq!(label_of(text, "leading"), Label::Anonymous);
    // Prizes claimed: a championship, a frame.
    let text = "Dan Kemp won twice. Kemp claimed the championship in May.";
    assert_eq!(label_of(text, "championship"), Label::Unattributed);
    // A count is a document.
    let text = "Women gave less, according to one count.";
    assert_eq!(label_of(text, "Women"), Label::Anonymous);
    // Trades in "-ants" and "-ees".
    let text = "Applicants said the rules were unfair. Employees said the pay was low.";
    let report = audit(text);
    assert_eq!(sentence(&report, text, "unfair").label, Label::Anonymous);
    assert_eq!(sentence(&report, text, "pay").label, Label::Anonymous);
}

/// `..." And Chancellor Ann Lee said the figures did not add up`: a stray
/// closing mark opens the next sentence, whose own clause, opened by
/// "And", reports other words: it neither speaks the quotation nor is
/// quoted.
#[test]
fn a_clause_after_a_stray_closing_mark_is_its_own() {
    let text = "Party chair Ivo Tamm said: \"The rivals lack courage. \"They would face \
                hard choices. \" And Chancellor Ann Lee said the figures did not add up.";
    let report = audit(text);
    assert_eq!(resolved_in(text, "courage"), Some("Ivo Tamm"));
    assert_eq!(resolved_in(text, "hard choices"), Some("Ivo Tamm"));
    let s = sentence(&report, text, "figures");
    assert_eq!(s.label, Label::Official);
    assert_eq!(sources_of(s), vec!["Chancellor Ann Lee"]);
}

/// "Leeds: Balshaw; Rees, Bell; Palmer (capt)": a team sheet whose lines
/// a semicolon parts is no speaker's words.
#[test]
fn a_team_sheet_with_semicolons_is_no_speech() {
    let text = "Leeds: Balshaw; Rees, Christophers, Bell, Doherty; McMullen, Dickens; \
                Murphy, Palmer (capt), Morgan.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Unattributed);
}

/// "Haley should go, a headline in the Ledger reads.": a text's verb of
/// wording closing the sentence tags what came before it; "The sign reads
/// 'Welcome'" aside, "reads" alone attributes nothing.
#[test]
fn a_text_that_reads_tags_the_words_before() {
    let text = "Lee should resign, a headline in the Wall Street Journal reads.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Named);
    assert_eq!(
        sources_of(&report.sentences[0]),
        vec!["a headline in the Wall Street Journal"]
    );
    let text = "Lee should resign, a new report reads in its summary.";
    assert_eq!(label_of(text, "resign"), Label::Anonymous);
    let text = "The menu reads well, and the wine list is long.";
    assert_eq!(label_of(text, "menu"), Label::Unattributed);
    // Not a verb that closes no sentence.
    let text = "The list is long, and the menu reads like a novel.";
    assert_eq!(label_of(text, "menu"), Label::Unattributed);
}

/// "A CNN survey of voters found": the people asked belong to a document
/// the outlet wrote; "a survey of Ohio voters" states no author.
#[test]
fn an_outlets_survey_of_people_is_the_outlets() {
    let text = "A CNN survey of voters found that most back the plan.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(report.sentences[0].label, Label::Named);
    assert_eq!(a.source.resolved, Some("CNN"));
    assert_eq!(a.source.role, Role::Media);
    let text = "A survey of Ohio voters found that most back the plan.";
    assert_eq!(label_of(text, "most"), Label::Anonymous);
    let text = "A poll of Labour voters found that most back the plan.";
    assert_eq!(label_of(text, "most"), Label::Anonymous);
}

/// "Voters are more likely to say", "appeared more likely to describe her
/// as": in a poll's report, what a share of the group said.
#[test]
fn more_likely_to_say_is_the_groups_word() {
    let text = "Young voters are more likely to say the economy is weak.";
    assert_eq!(label_of(text, "economy"), Label::Anonymous);
    let text = "Older voters appeared less likely to describe her as honest.";
    assert_eq!(label_of(text, "honest"), Label::Anonymous);
    // A prediction with no share is the writer's.
    let text = "Kemp is likely to say little at the rally.";
    assert_eq!(label_of(text, "rally"), Label::Unattributed);
}

/// "their political views", "his own views": a kind of view held, a
/// noun; "the Nov. 8 election" holds no name; "DEC says" is a body.
#[test]
fn views_held_month_abbreviations_and_initials() {
    let text = "The agency, complicit in targeting groups for their political views, is one.";
    assert_eq!(label_of(text, "agency"), Label::Unattributed);
    let text = "The party's nominee for the Nov. 8 election said he would win.";
    let report = audit(text);
    assert_eq!(report.sentences[0].attributions[0].source.resolved, None);
    let text = "However, DEC has no link to the site and says it has told the police.";
    assert_eq!(label_of(text, "police"), Label::Official);
    // A season names no author.
    let text = "Sales fell, according to Easter data.";
    assert_eq!(label_of(text, "Sales"), Label::Anonymous);
}

/// "the bank" after "Bank of America said": the noun opening a body's
/// name before "of" stands for it.
#[test]
fn the_noun_opening_a_bodys_name_stands_for_it() {
    let text = "Bank of Avalon said it had lost the tapes. The bank said they had not \
                been misused.";
    assert_eq!(resolved_in(text, "misused"), Some("Bank of Avalon"));
}

/// "Producer Ivo Tamm said ... added the British producer": a person's
/// noun opening the sentence before the name describes the person, whom
/// "the producer" later names.
#[test]
fn a_persons_noun_before_the_name_is_taken_up_later() {
    let text = "Producer Ann Reyes said the show would be worth the wait. \"We could not \
                get a theatre,\" added the British producer.";
    assert_eq!(resolved_in(text, "theatre"), Some("Ann Reyes"));
}

/// "The musical's director is Dan Kemp. \"...,\" he said": the person the
/// copula just presented speaks, not the last source; and a name later in
/// the pronoun's own clause is someone else ("He insisted Curiel had").
#[test]
fn pronouns_take_up_the_person_just_presented_and_not_one_named_after() {
    let text = "Producer Ivo Tamm praised the cast. \"It will be huge,\" said Mr Tamm. \
                The musical's director is Dan Kemp, best known for his work on Art. \
                \"The production will be a hybrid,\" he said.";
    assert_eq!(resolved_in(text, "hybrid"), Some("Dan Kemp"));
    let text = "Dan Kemp attacked the ruling. The judge in the case is Ivo Tamm. \
                He insisted Tamm had a conflict of interest.";
    assert_eq!(resolved_in(text, "conflict"), Some("Dan Kemp"));
    // A name inside a quotation presents no one.
    let text = "Ann Reyes spoke first. \"The star was Ivo Tamm,\" she said. \"We loved it,\" \
                she said.";
    assert_eq!(resolved_in(text, "loved"), Some("Ann Reyes"));
}

/// "Reyes moved to play down the reports, issuing a statement through
/// Arsenal describing them as": the participle's subject is the main
/// clause's, not the body the statement went through.
#[test]
fn a_text_issued_in_a_participle_phrase_is_the_subjects() {
    let text = "Dan Kemp joined Rovers in May. Kemp moved to play down the reports, \
                issuing a statement through Rovers describing them as \"flattering\".";
    let report = audit(text);
    let s = sentence(&report, text, "flattering");
    assert_eq!(s.attributions[0].source.resolved, Some("Dan Kemp"));
}

/// "On Friday, the prime minister completed a tour, during which he
/// unveiled": an office's holder opening the sentence is whom "he" takes
/// up.
#[test]
fn an_office_holder_opening_the_sentence_is_the_pronouns() {
    let text = "Prime Minister Ivo Tamm met Dan Kemp. Mr Kemp said the talks went well. \
                On Friday, the prime minister finished a tour, during which he said \
                schools would improve.";
    assert_eq!(resolved_in(text, "schools"), Some("Ivo Tamm"));
}

/// "Mr. Kemp's pointed critique of the plan has startled": after a name's
/// possessive, a word in "-ed" that is no verb of saying modifies a noun;
/// "as opposed to" is a contrast.
#[test]
fn a_modifier_after_a_possessive_and_as_opposed_to_are_no_cues() {
    let text = "Dan Kemp spoke first. Mr. Kemp's pointed critique of the plan has startled \
                some of his allies.";
    assert_eq!(label_of(text, "critique"), Label::Unattributed);
    let text = "Both clubs will help the inquiry, which will be held on one day as opposed \
                to a week.";
    assert_eq!(label_of(text, "inquiry"), Label::Unattributed);
}

/// "Investigations have revealed", "The little polling that was done in
/// the state showed": documents with no stated author, before their verb
/// a restrictive clause.
#[test]
fn unsigned_investigations_and_polling_before_a_clause() {
    let text = "Investigations have revealed that requests were made for more guards.";
    assert_eq!(label_of(text, "guards"), Label::Anonymous);
    let text = "The little polling that was done in the state before the primary showed \
                a dead heat.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), vec!["The little polling"]);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
}

/// "The self-described democratic socialist said": a politician named by
/// creed stands for the person the article named.
#[test]
fn a_politician_named_by_creed_is_the_person_named() {
    let text = "Sen. Ivo Tamm spoke on Monday. The self-described democratic socialist said \
                he would win the state.";
    let report = audit(text);
    let s = sentence(&report, text, "win the state");
    assert_eq!(s.label, Label::Official);
    assert_eq!(s.attributions[0].source.resolved, Some("Ivo Tamm"));
}

/// "Taxes must be trusted - Kennedy": a headline with no full stop, signed
/// after a dash by a name; not a title-case label ("Live Action -
/// Balamory").
#[test]
fn a_headline_signed_after_a_dash_is_the_signers() {
    let text = "Taxes must be trusted - Kemp\n\nLib Dem leader Dan Kemp said trust was falling.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Named);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Dan Kemp")
    );
    // The sources table gives the signer the office the article names.
    assert_eq!(report.sources[0].name, "Dan Kemp");
    assert_eq!(report.sources[0].role, Role::Official);
    let text = "Pre-School Live Action - Balamory\n\nThe show won.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Unattributed);
}

/// "Mr Kemp used a speech to say": the verb of saying after the occasion
/// used is the cue; "has added to speculation" increased a thing, and
/// said nothing ("he added to reporters" still tags words).
#[test]
fn an_occasion_used_to_say_and_adding_to_a_thing() {
    let text = "Mr Kemp used a speech to say his party was facing up to hard facts.";
    let report = audit(text);
    assert_eq!(report.sentences[0].attributions[0].cue.text, "say");
    let text = "Dan Kemp spoke. Kemp has added to speculation linking him with a move.";
    assert_eq!(label_of(text, "speculation"), Label::Unattributed);
    let text = "Dan Kemp spoke. \"It was fine,\" he added to reporters.";
    assert_eq!(label_of(text, "fine"), Label::Quoted);
}

/// "Kemp maintains a commanding lock on the party" holds a lead, no view;
/// "maintains his position that" is one. "Many in the party suggest": the
/// verb of the many, not a noun the body modifies.
#[test]
fn a_lock_maintained_and_many_in_a_body() {
    let text = "Dan Kemp spoke. Though Lee is gaining ground, Kemp maintains a commanding \
                lock on the party.";
    assert_eq!(label_of(text, "lock"), Label::Unattributed);
    let text = "Dan Kemp spoke. Kemp maintains his position that the tax is unfair.";
    assert_eq!(label_of(text, "unfair"), Label::Named);
    let text = "Many in the party suggest the idea is unpalatable.";
    assert_eq!(label_of(text, "idea"), Label::Anonymous);
}

/// Misfires a code review of the eleventh review's rules found: a verb of
/// reading with no text before it, a single man's likelihood, "the public",
/// a namesake after the pronoun, people told after an adjective, a page's
/// label after a dash, "probes" as a verb, an office joined to a body.
#[test]
fn the_eleventh_code_reviews_misfires_stay_mended() {
    let text = "In his spare time, the senator reads.";
    assert_eq!(label_of(text, "senator"), Label::Unattributed);
    let text = "The president is more likely to say yes if the bill passes.";
    assert_eq!(label_of(text, "president"), Label::Unattributed);
    let text = "The public says it wants lower taxes.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), vec!["The public"]);
    let text = "Ivo Tamm spoke first. Dan Kemp arrived late. He praised Ann Kemp for her work.";
    assert_eq!(resolved_in(text, "praised"), Some("Dan Kemp"));
    let text = "The mayor added to local reporters that the road would reopen.";
    assert_eq!(label_of(text, "road"), Label::Official);
    let text = "Protesters gather outside parliament - Live Updates";
    assert_eq!(label_of(text, "Protesters"), Label::Unattributed);
    let text = "The Senate committee probes claims that the money was lost.";
    assert_eq!(label_of(text, "money"), Label::Unattributed);
    let text = "The head of the Bank of Avalon and the Chancellor said inflation would fall.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), vec!["the Chancellor"]);
    // Found in the corpus once the rules were mended: a possessive, a
    // country, an honorific before a namesake, "it" for a text.
    let text = "Ann Reyes spoke. Reyes is adding to her delegate lead after two wins.";
    assert_eq!(label_of(text, "delegate"), Label::Unattributed);
    let text = "The new jobs added to US payrolls in May were twice the forecast.";
    assert_eq!(label_of(text, "payrolls"), Label::Unattributed);
    let text = "Prime Minister Ivo Tamm spoke. Dan Kemp, the chancellor, is touring. \
                Before leaving, he insisted he still trusted Mr Tamm.";
    assert_ne!(resolved_in(text, "trusted"), Some("Ivo Tamm"));
    let text = "The paper ran an editorial. \"Leaders must act now,\" it read.";
    assert_eq!(label_of(text, "Leaders"), Label::Quoted);
}

/// "The Journal argued" after "The Wall Street Journal said": a short
/// name of an outlet the text named in full stands for it.
#[test]
fn an_outlets_short_name_stands_for_the_full_one() {
    let text = "The New York Times reported the deal. The Times said it was large.";
    assert_eq!(resolved_in(text, "large"), Some("New York Times"));
}

/// `Trump summed up Lee as "weak," denounced her record as ...`: a thing
/// owned after a verb of a list is its object, and the list's subject is
/// the source ("said her spokesman" still names one); "so the auditors
/// can report on the government's performance" reports no claim.
#[test]
fn an_owned_thing_after_a_listed_verb_and_reporting_on_a_subject() {
    let text = "Dan Kemp spoke. Kemp further summed up Lee as \"weak,\" denounced her record \
                as mayor and said she should quit.";
    let report = audit(text);
    let s = sentence(&report, text, "denounced");
    assert!(sources_of(s).iter().all(|t| !t.contains("record")));
    assert_eq!(s.attributions[0].source.resolved, Some("Dan Kemp"));
    let text = "\"It was a mistake,\" said her spokesman.";
    assert_eq!(sources_of(&audit(text).sentences[0]), vec!["her spokesman"]);
    let text = "He asked the Treasury to open its books so the National Audit Office can \
                report on the government's performance.";
    let report = audit(text);
    assert!(sources_of(&report.sentences[0])
        .iter()
        .all(|t| !t.contains("Audit")));
}

/// "Pres. Obama admits ... the president told": the abbreviated title
/// meets its full form; "the 21-year-old told ... He began ... he added":
/// a public figure's noun is a mention, as a name is, for a later "he".
#[test]
fn an_abbreviated_president_and_an_epithet_kept_in_mind() {
    let text = "In the April issue, Pres. Ivo Tamm admits the action failed. \"It was hard,\" \
                the president told the magazine.";
    let report = audit(text);
    let s = sentence(&report, text, "hard");
    assert_eq!(s.attributions[0].source.resolved, Some("Ivo Tamm"));
    assert_eq!(s.label, Label::Quoted);
    let text = "Jose Ruiz has added to talk of a move from Rovers to United after falling \
                for a radio prank.\n\nThe Spaniard believed he was talking to United director \
                Emilio Vidal when he berated his team-mates as \"bad people\". \"I wish I was \
                playing for United,\" the 21-year-old told Radio Sur. \"Hopefully it could \
                happen. I love the way United play. I'm not happy with the way things are.\" \
                The striker joined Rovers from Seville for £17m at the start of 2004, but it \
                has often been reported that he is homesick. He began the season in superb \
                form but has struggled to keep his standards high as Rovers have lost ground \
                to City and Town. \"If I'm not, I will have to carry on playing with some bad \
                people,\" he added.";
    assert_eq!(resolved_in(text, "carry on playing"), Some("Jose Ruiz"));
}

/// "The New York businessman has praised Putin": a public figure named by
/// a man's noun is no woman the article named last.
#[test]
fn a_public_figures_gendered_noun_fits_the_person() {
    let text = "Ann Reyes spoke in Iowa. \"We will win,\" she said. Dan Kemp was in Ohio. \
                \"We are strong,\" Mrs. Reyes said. The New York businessman has praised the plan.";
    assert_eq!(resolved_in(text, "praised"), Some("Dan Kemp"));
}

/// Two office holders joined by "and", the second with a past office, are
/// one subject: the first is not lost.
#[test]
fn two_former_office_holders_joined_by_and_are_one_source() {
    let text = "Former Governor Ada Moreno and former Maryland Sen. Paul Okafor, who are also running, have pledged to act as well.";
    let report = audit(text);
    let s = sentence(&report, text, "pledged");
    assert_eq!(
        sources_of(s),
        ["Former Governor Ada Moreno and former Maryland Sen. Paul Okafor"]
    );
    assert_eq!(s.label, Label::Official);
}

/// A person's noun after a possessive in a title-case headline names no
/// one: "Son" is not the speaker's name.
#[test]
fn a_capitalised_relation_after_a_possessive_is_no_name() {
    let text = "Lee’s Son Says The Battle Will Be Hard.";
    assert_eq!(resolved_in(text, "Battle"), None);
}

/// `"...," is the dry assessment of Graham Lane`: the judgement's holder
/// spoke the quotation, not the speaker of the one before.
#[test]
fn a_quotation_called_someones_assessment_is_theirs() {
    let text = "Mayor Ruth Adler told supporters she was \"back\" and ready. \
                \"The voters like the council more than the members do,\" is the dry assessment of Owen Teague, a party organiser.";
    let report = audit(text);
    let s = sentence(&report, text, "dry assessment");
    assert_eq!(sources_of(s), ["Owen Teague, a party organiser"]);
    assert_eq!(s.label, Label::Quoted);
}

/// "The problem, according to Mr Teague, is the war. "I have a slogan."":
/// a person the sentence before cites by "according to" speaks the next
/// quotation, though another spoke the one before.
#[test]
fn a_person_cited_by_according_to_speaks_the_next_quotation() {
    let text = "Owen Teague runs the party's branch in the town. \
                Mayor Ruth Adler told supporters: \"We are back and we are ready to win.\" \
                The problem, according to Mr Teague, is the bypass. \"I have a new slogan. Build it, lose the seat.\"";
    assert_eq!(resolved_in(text, "new slogan"), Some("Owen Teague"));
    assert_eq!(resolved_in(text, "lose the seat"), Some("Owen Teague"));
}

/// `"...," Welch said, according to Vermont Edition. "..."`: the outlet
/// relaying a quotation does not speak the next one.
#[test]
fn an_outlet_relaying_a_quotation_does_not_speak_the_next() {
    let text = "Rep. Anna Welsby backs the plan. \
                \"I'll be voting on the first,\" Welsby said, according to Valley Radio. \"And I've decided to vote for the bypass.\"";
    assert_eq!(resolved_in(text, "decided to vote"), Some("Anna Welsby"));
}

/// "Republican pollster Whit Ayres is skeptical ...": a person introduced
/// by a noun for one of a group, with a name no list knows, is the next
/// "he".
#[test]
fn a_person_introduced_as_one_of_a_group_is_the_next_he() {
    let text = "Maria Lopez spoke in Reno on Monday. \
                Republican pollster Whit Abery is skeptical the plan can pass. \
                \"His better bet is to stay calm,\" he said.";
    assert_eq!(resolved_in(text, "better bet"), Some("Whit Abery"));
}

/// "Trump's wife, Melania,": the relation gives the gender of a name no
/// list knows, so the next "she" can be her.
#[test]
fn a_relation_noun_gives_the_gender_of_the_name_after_it() {
    let text = "\"He is no liar, unlike Mary Quist,\" she said. \
                On the opening night, Hale's wife, Ilsabet, is scheduled to speak. \
                She is often by her husband's side. At a rally in Reno, she described him as \"kind\".";
    assert_eq!(resolved_in(text, "described him"), Some("Ilsabet"));
}

/// A singular group noun used as an adjective ("the liberal Pirate Party",
/// "an official New Zealand tour") introduces no person; a friend
/// introduced as "his friend" is no one's "her friend".
#[test]
fn group_noun_adjectives_and_other_peoples_friends_introduce_no_person() {
    let text =
        "Stefan Korner, chairman of the liberal Pirate Party, argued that limits were needed. \
                A 26-year-old man was raided after he had said the image was fake.";
    assert_ne!(resolved_in(text, "he had said"), Some("Pirate Party"));
    let text = "\"He had so many plans,\" his friend Mahamat Oumar told the website. \
                Hamdy, a mother of three, was also headed to Cairo, her friend said.";
    assert_eq!(resolved_in(text, "headed to Cairo"), None);
}

/// "Miyagishima is the 18th recipient of the award, which is \"presented
/// to ...\"": the quotation describes the award; the person did not say it.
#[test]
fn a_quotation_in_a_clause_about_a_predicate_noun_is_not_the_subjects() {
    let text = "Design engineer Anna Mori will be honoured. \
                Mori is the 18th recipient of the Sawyer Award, which is \"presented to an individual in the industry.\"";
    assert_eq!(label_of(text, "18th recipient"), Label::Unattributed);
}

/// "said Poll" after "Referee Graham Poll": a surname the lists know as a
/// document's noun is the person's; a plural group noun ("Workers") stays
/// a group though a body's name ends in it.
#[test]
fn a_surname_that_is_a_noun_is_the_persons_after_the_introduction() {
    let text = "Referee Graham Poll made the call on Sunday. \
                \"He asked me and I said yes,\" said Poll. Poll added: \"I gave the signal.\"";
    assert_eq!(label_of(text, "said Poll"), Label::Quoted);
    assert_eq!(resolved_in(text, "said Poll"), Some("Graham Poll"));
    assert_eq!(label_of(text, "gave the signal"), Label::Quoted);
    let text = "Union leader Chris Shelton of the Communications Workers spoke on Monday. \
                Workers objected to the company's attempts to relocate them.";
    assert_eq!(label_of(text, "Workers objected"), Label::Anonymous);
}

/// "Sen. Mark Kirk, R-Ill., who faces a tough race, rescinded ..., saying":
/// a party tag between commas, and an aside after it, come between the
/// subject and its verb.
#[test]
fn a_party_tag_between_commas_keeps_the_subject_of_a_participle() {
    let text = "Sen. Mark Kerrow, R-Ill., who faces a tough race, rescinded his endorsement of Lane, saying he lacks the temperament.";
    let report = audit(text);
    let s = sentence(&report, text, "saying");
    assert_eq!(s.label, Label::Official);
    assert_eq!(s.attributions[0].source.resolved, Some("Mark Kerrow"));
    let text = "Rep. Ann Lee, D-N.Y., rescinded her endorsement, saying he lacks the temperament.";
    assert_eq!(label_of(text, "saying"), Label::Official);
}

/// "The company said" after "Rhondda Mining has reported": the last body
/// cited whose name is no public body's, outlet's or group of people's.
/// "The group", "the bank", "the airline" and "the combined company" name
/// other bodies as often.
#[test]
fn the_company_is_the_last_firm_cited() {
    let text =
        "Rhondda Mining has reported a loss of £12m. The mining company blamed geological problems. \
                The company said its actions should lift earnings.";
    assert_eq!(resolved_in(text, "lift earnings"), Some("Rhondda Mining"));
    assert_eq!(resolved_in(text, "geological"), Some("Rhondda Mining"));
    let text = "MPs said the rules were too weak. The all-party group recommended 15 changes.";
    assert_eq!(resolved_in(text, "recommended"), None);
    let text = "Labour Party officials said the plan was dead. The company said it would carry on.";
    assert_eq!(resolved_in(text, "carry on"), None);
    let text = "Flights were cancelled, BFMTV reported. The airline said the crew was safe.";
    assert_eq!(resolved_in(text, "crew was safe"), None);
}

/// "A national poll released Sunday by The Washington Post and ABC News
/// shows", "according to data released Friday by state regulators": a
/// clause naming the document's maker is the mention's, and the maker is
/// the source. One who only obtained or saw it is not.
#[test]
fn a_documents_maker_after_its_participle_is_the_source() {
    let text = "A national poll released Sunday by The Valley Herald and Metro News shows the mayor ahead.";
    let report = audit(text);
    let s = sentence(&report, text, "shows");
    assert_eq!(
        sources_of(s),
        ["A national poll released Sunday by The Valley Herald and Metro News"]
    );
    assert_eq!(s.label, Label::Named);
    let text =
        "Revenue rose 3 percent, according to data released Friday by the state Gaming Commission.";
    let report = audit(text);
    let s = sentence(&report, text, "Revenue");
    assert_eq!(
        sources_of(s),
        ["data released Friday by the state Gaming Commission"]
    );
    assert_eq!(s.label, Label::Official);
    let text = "A letter from the Veterans League obtained by The Valley Herald warns that lawyers will act.";
    let report = audit(text);
    let s = sentence(&report, text, "lawyers");
    assert_eq!(sources_of(s), ["A letter from the Veterans League"]);
}

/// `... as "radical extremists," saying ...`: a participle after a comma
/// inside the closing mark shares the main clause's subject.
#[test]
fn a_participle_after_a_comma_inside_the_closing_mark_shares_the_subject() {
    let text = "Mayor Ruth Adler rebuked critics who say she should call the group \"dangerous radicals,\" saying another name will do nothing to stop it.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Quoted);
    assert!(
        s.attributions
            .iter()
            .any(|a| a.cue.text == "saying" && a.source.resolved == Some("Ruth Adler")),
        "{:?}",
        s.attributions
    );
}

/// "-- denouncing migrants as criminals", ": bashing Clinton": the words
/// after a participle are its object, never its subject.
#[test]
fn a_participles_object_is_no_source() {
    let text = "That means continuing one thing Lane has been doing from the start: bashing Ortiz.";
    assert_unattributed(&audit(text), text, &["bashing"]);
    let text = "The bluster that propelled him through the primaries -- denouncing migrants as criminals, \
                proposing a ban on refugees -- has worried donors.";
    let report = audit(text);
    assert!(
        report.sentences[0]
            .attributions
            .iter()
            .all(|a| a.source.text != "migrants"),
        "{:?}",
        report.sentences[0].attributions
    );
}

/// "Labour hit back, with election coordinator Alan Milburn accusing ...":
/// the clause after ", with" has its own source, not inside the claim
/// before it.
#[test]
fn a_clause_after_with_has_its_own_source() {
    let text = "Labour hit back, with campaign chief Alan Milbury accusing Mr Howell of producing a \"fraudulent prospectus\".";
    let report = audit(text);
    let s = &report.sentences[0];
    assert!(
        s.attributions
            .iter()
            .any(|a| a.cue.text == "accusing" && a.source.text.ends_with("Alan Milbury")),
        "{:?}",
        s.attributions
    );
    let text =
        "Republicans were quick to chime in, with Donald Lane tweeting that it was a disaster.";
    let report = audit(text);
    assert!(report.sentences[0]
        .attributions
        .iter()
        .any(|a| a.source.text == "Donald Lane"));
}

/// `"...," reads a Wednesday editorial in The Valley Herald`, "according
/// to a report in the Valley Herald": a document in an outlet is the
/// outlet's, a day before its noun no end of the phrase.
#[test]
fn a_document_in_an_outlet_is_the_outlets() {
    let text = "“There are worms with more spine than Sen. Carl Hesse,” reads a Wednesday editorial in The New York Times.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(
        sources_of(s),
        ["a Wednesday editorial in The New York Times"]
    );
    let text = "Coin flips decided six counties, according to a report in The New York Times.";
    assert_eq!(label_of(text, "Coin flips"), Label::Named);
}

/// "suggested she would do an about-face and support the deal": after a
/// verb of saying, a pronoun and its modal open the reported clause, which
/// a bare verb after "and" goes on; "said it would appeal and did not
/// expect" returns to the speaker.
#[test]
fn a_bare_verb_after_and_goes_on_the_reported_clause() {
    let text = "A Hale ally suggested she would do an about-face and support the trade deal.";
    let report = audit(text);
    let cues: Vec<&str> = report.sentences[0]
        .attributions
        .iter()
        .map(|a| a.cue.text)
        .collect();
    assert_eq!(cues, ["suggested"]);
    let text = "Marvel said it would appeal and did not expect the ruling to hurt its forecasts.";
    let report = audit(text);
    let cues: Vec<&str> = report.sentences[0]
        .attributions
        .iter()
        .map(|a| a.cue.text)
        .collect();
    assert_eq!(cues, ["said", "expect"]);
}

/// "Rhodri Glyn Thomas, Plaid Cymru health spokesman said:": a body's name
/// and a post after a name and its comma, whose closing comma is missing,
/// describe the named person.
#[test]
fn a_post_after_a_name_without_its_closing_comma_is_the_persons() {
    let text = "Dafydd Glyn Rees, Plaid Cymru health spokesman said the target was weak.";
    assert_eq!(
        resolved_in(text, "target was weak"),
        Some("Dafydd Glyn Rees")
    );
}

/// Guards for this session's rules, from the code review: an opening
/// phrase's relation gives no gender ("Standing beside her husband,
/// Clinton"); a party tag is passed but the verb after it is not an aside;
/// a "who" clause about a predicate noun keeps its quotation; a title in
/// marks is no quotation a verdict follows; an advertisement in a paper is
/// not the paper's; "The Guardian" is an outlet after "in" too.
#[test]
fn the_twelfth_code_reviews_misfires_stay_mended() {
    let text = "Standing beside her husband, Clinton told the crowd the race was not over. \
                She said the campaign would go on.";
    assert_eq!(resolved_in(text, "would go on"), Some("Clinton"));
    let text = "Rep. Jim Jordan, R-Ohio, is confident that the bill, if passed, will fail.";
    assert_eq!(label_of(text, "confident"), Label::Official);
    let text = "Mayor Ann Brown is a politician who believes \"the city deserves better.\"";
    assert_eq!(label_of(text, "deserves"), Label::Quoted);
    let text = "The committee's report, titled \"Lessons Learned,\" is the conclusion of a two-year inquiry.";
    assert_eq!(label_of(text, "Lessons"), Label::Unattributed);
    let text = "\"We will fight,\" read a full-page advertisement in The New York Times.";
    let report = audit(text);
    assert!(report.sentences[0]
        .attributions
        .iter()
        .all(|a| a.source.resolved != Some("The New York Times")));
    let text = "Coin flips decided six counties, according to a report in The Guardian.";
    assert_eq!(label_of(text, "Coin flips"), Label::Named);
}

/// "Economists across the country warned": a place phrase after "across"
/// or "around" does not hide the plural that heads the subject; a state
/// after "in" is a place, naming no outlet ("Newspapers in Ohio") and no
/// person ("Jurors in Virginia").
#[test]
fn people_across_a_place_hold_the_view_unnamed() {
    let text = "Economists across the country warned that the levy would backfire.";
    assert_eq!(label_of(text, "levy"), Label::Anonymous);
    let text = "Voters around the world fear that prices will keep rising.";
    assert_eq!(label_of(text, "prices"), Label::Anonymous);
    let text = "Newspapers in Ohio warned that the plant would close.";
    assert_eq!(label_of(text, "plant"), Label::Anonymous);
    let text = "Jurors in Virginia recommended that the man serve two years.";
    assert_eq!(label_of(text, "two years"), Label::Anonymous);
    let text = "Sarah Whitcombe in Moscow said the talks had stalled.";
    assert_eq!(label_of(text, "talks"), Label::Named);
}

/// ", with analysts saying": the subject of an absolute phrase after a
/// comma or a dash is a source, without its "with"; a passive after
/// "with" ("with figures expected to reach") has none.
#[test]
fn an_absolute_phrase_after_with_names_its_own_source() {
    let text = "The pound slipped 2% in March - with some traders saying the slide would last.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["some traders"]);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    let text = "Shares rose, with analysts saying sales could double.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["analysts"]);
    let text = "Sales are predicted to grow this year, with figures expected to reach $2 billion.";
    assert_eq!(label_of(text, "figures"), Label::Unattributed);
}

/// "said one Trump confidant": a confidant, a loyalist or associates of a
/// named person are unnamed members of that side, not the person.
#[test]
fn a_named_persons_confidant_is_unnamed() {
    let text = "\"The party needs him more than he needs it,\" said one Harlan confidant.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(first_resolved(&report), [None]);
    let text = "Several Okafor associates have mentioned Ohio as a place he could help.";
    assert_eq!(label_of(text, "Ohio"), Label::Anonymous);
}

/// Words that look like cues but say nothing: "brought in for
/// questioning" (by the police), "might claim momentum" (a gain, no
/// claim), "The view of Super Tuesday highlighted" (a day in an event's
/// name is no time before the subject's verb).
#[test]
fn questioning_momentum_and_super_tuesday_say_nothing() {
    let text = "The last step will be bringing the mayor herself in for questioning.";
    assert_eq!(label_of(text, "questioning"), Label::Unattributed);
    let text = "A winning candidate might claim momentum but would still trail in delegates.";
    assert_eq!(label_of(text, "momentum"), Label::Unattributed);
    let text = "The view from here of Super Tuesday highlighted both trends.";
    assert_eq!(label_of(text, "both trends"), Label::Unattributed);
}

/// "faced criticism from rivals that ...": a noun of things said, its
/// maker after "from", and the clause said after "that".
#[test]
fn criticism_from_someone_that_names_its_source() {
    let text = "The mayor has faced criticism from rivals that her budget hides a deficit.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["rivals"]);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    let text = "She faced complaints from Senator Ann Bell that the bill was rushed.";
    assert_eq!(label_of(text, "rushed"), Label::Official);
    // (A relative clause after the maker is the maker's own claim, not the
    // criticism's content.)
    let text = "The plan drew criticism from groups that say it is unfair.";
    let report = audit(text);
    let cues: Vec<&str> = report.sentences[0]
        .attributions
        .iter()
        .map(|a| a.cue.text)
        .collect();
    assert_eq!(cues, ["say"]);
}

/// "The Republican Party's presumed nominee, Trump has won ..., echoing":
/// a participle after a possessive modifies the noun; the subject is the
/// name after the comma. "Corey Lewandowski, Trump's campaign manager,
/// ripped ... "...": a name with its description before the verb.
#[test]
fn a_description_around_the_subject_is_passed() {
    let text = "The Republican Party's presumed nominee, Harlan has won the support of millions, echoing themes of the Leave campaign.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Harlan"]);
    let text = "Dale Morrow, Harlan's fired campaign manager, ripped the director for acting as \"the judge and the jury\" in the case.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Quoted);
    assert_eq!(first_resolved(&report), [Some("Dale Morrow")]);
    let text = "But Myron Ebbets, an adviser to the governor, has said there would be no change and rejected the plan.";
    let report = audit(text);
    assert!(report.sentences[0]
        .attributions
        .iter()
        .all(|a| a.source.text.starts_with("Myron")));
}

/// "France's finance minister": a country's office with its brief between
/// is an unnamed holder of that office, not the country.
#[test]
fn a_countrys_minister_is_not_the_country() {
    let text =
        "Meanwhile, Norway's finance minister has said the krone faced \"a difficult year\" ahead.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Quoted);
    assert_eq!(first_resolved(&report), [None]);
}

/// "announced by Work and Pensions Secretary Alan Smith": "and" inside a
/// capitalised title's brief does not cut the agent short.
#[test]
fn and_inside_a_titles_brief_stays_in_the_agent() {
    let text = "Mr Dorn, whose retirement was announced by Work and Pensions Secretary Alan Jessop in May, leaves in June.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert!(report.sentences[0].attributions[0]
        .source
        .text
        .ends_with("Alan Jessop"));
}

/// "Sanders, who endorsed Canova and said he would campaign": a verb
/// joined by "and" inside a relative clause shares the clause's subject.
#[test]
fn a_verb_joined_inside_a_relative_clause_shares_its_subject() {
    let text =
        "Rep. Ann Lee, who voted for the bill and argued it would help farmers, lost her seat.";
    let report = audit(text);
    let cues: Vec<&str> = report.sentences[0]
        .attributions
        .iter()
        .map(|a| a.cue.text)
        .collect();
    assert!(cues.contains(&"argued"), "{cues:?}");
    assert_eq!(report.sentences[0].label, Label::Official);
}

/// "Henri Crohas, chief of Archos" … "Archos said": a one-word name an
/// office is at is a body, which speaks as an institution; "agreed a
/// content deal" is a deal made, no claim.
#[test]
fn the_body_an_office_is_at_speaks_as_an_institution() {
    let text = "\"Buyers want one device,\" said Lena Varga, chief of Quorvex. \
                Quorvex said the player would ship in March. \
                Quorvex has agreed a content deal with a cable network.";
    assert_eq!(label_of(text, "ship in March"), Label::Official);
    assert_eq!(label_of(text, "content deal"), Label::Unattributed);
}

/// "the nationalist Global Times tabloid noted" … "As the paper noted":
/// an outlet of the lists just before a media noun is the outlet the
/// mention names, and the one "the paper" refers back to.
#[test]
fn an_outlet_before_its_media_noun_is_the_outlet() {
    let text =
        "But as the nationalist Global Times tabloid noted on Thursday, the visit was brief. \
                As the paper noted, the talks were cordial.";
    let report = audit(text);
    assert_eq!(
        first_resolved(&report),
        [Some("Global Times"), Some("Global Times")]
    );
    // (An outlet inside a "whose" clause names no source.)
    let text = "The group, whose businesses range from engines to the NBC television channel, forecast growth.";
    let report = audit(text);
    assert!(report.sentences[0]
        .attributions
        .iter()
        .all(|a| a.source.resolved != Some("NBC")));
}

/// "Trump's inner circle believes": the people closest to someone are an
/// unnamed group.
#[test]
fn an_inner_circle_is_an_unnamed_group() {
    let text = "Sensing the gap, Harlan's inner circle believes that the nominee has earned the right to set terms.";
    assert_eq!(label_of(text, "earned"), Label::Anonymous);
}

/// "Hawkins and others who want a ban said": a name and "others" are one
/// subject.
#[test]
fn a_name_and_others_are_one_subject() {
    let text = "Nina Hawkes and others who want a ban said the ruling would energize voters.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Nina Hawkes and others who want a ban"]
    );
}

/// "the "rotten apples" theory, which argued": an idea or a work a
/// "which" clause is about says nothing (a weblog, a startup speak);
/// "According to Pew Research a blog is created": an article after the
/// name opens the claim.
#[test]
fn a_which_clause_speaks_only_for_a_known_source() {
    let text = "The panel settled on the \"bad apples\" theory, which argued that only a few officers were to blame.";
    let report = audit(text);
    assert!(report.sentences[0]
        .attributions
        .iter()
        .all(|a| a.source.resolved != Some("theory")));
    let text = "The rumours were first aired by the Cloudwatch weblog, which said it had the news from insiders.";
    assert_eq!(label_of(text, "insiders"), Label::Named);
    let text = "According to research firm Pew Internet & American Life a blog is created every six seconds.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["research firm Pew Internet & American Life"]
    );
}

/// "Their fear is that ...", "Beck's contention was that ...": a stance
/// noun after its owner, then "is that", attributes what follows to the
/// owner; the pronoun's owner is found as for "in his view".
#[test]
fn an_owned_stance_is_the_owners_claim() {
    let text =
        "Establishment Republicans are worried. Their fear is that the moment will come too late.";
    let report = audit(text);
    assert_eq!(report.sentences[1].label, Label::Anonymous);
    assert_eq!(
        report.sentences[1].attributions[0].source.resolved,
        Some("Establishment Republicans")
    );
    let text = "Tom Reyes runs the clinic. His hope is that voters will forgive him.";
    assert_eq!(resolved_in(text, "forgive"), Some("Tom Reyes"));
    // (No owner, no source.)
    let text = "The fear is that the plan fails.";
    assert_eq!(label_of(text, "plan"), Label::Unattributed);
}

/// "Court clerks said": clerks are people, not a court and a verb.
#[test]
fn clerks_are_people() {
    let text = "County clerks said the forms were late.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["County clerks"]);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
}

/// "Another said ... As the paper noted, ... because Trump has not ...
/// He promises": an unnamed source of no known gender yields to a man
/// named in a later sentence; in the source's own sentence, or in the
/// quotation a tag reports, a name does not take the pronoun.
#[test]
fn an_unnamed_source_yields_the_pronoun_to_a_person_named_since() {
    let text = "Donald Harlan won again. One user said the win was a joke. \
                Another said he hoped Harlan wins. As the paper noted, it is \
                surprising because Harlan has not always had good things to say \
                about China. He promises to act.";
    assert_eq!(resolved_in(text, "promises"), Some("Donald Harlan"));
    let text = "Dale Harlan won again. Another said he hoped Harlan wins. \
                He added that the show was fun.";
    assert_ne!(resolved_in(text, "show was fun"), Some("Dale Harlan"));
}

/// "Microsoft also made some announcements. It also said ...": a body of
/// the lists opening a sentence as its subject is what "it" stands for
/// next, until a body speaks.
#[test]
fn it_is_the_body_that_opened_the_sentence_before() {
    let text = "Archos said the player would ship soon. \
                Microsoft also made some announcements at the show. \
                It also said it had launched a music service.";
    assert_eq!(resolved_in(text, "music service"), Some("Microsoft"));
    // (A body that speaks since takes "it" back.)
    let text = "Apple wants the reporters to name their sources. \
                The Electronic Frontier Foundation, representing them, has asked a court to stop Apple. \
                It argues that the reporters are protected.";
    assert_eq!(
        resolved_in(text, "protected"),
        Some("Electronic Frontier Foundation")
    );
}

/// "expressing optimism – Ryan saying he was "very encouraged" and Trump
/// calling it a "great meeting"": a name alone before a participle after
/// a dash or "and" opens a clause of its own; "Jones adding the
/// conversion" is points kicked.
#[test]
fn a_name_before_a_participle_after_a_dash_has_its_own_clause() {
    let text = "Tom Harlan met Ann Reyes. Both issued a statement expressing hope \
                – Reyes saying she was \"very encouraged\" and Harlan calling it a \"good start.\"";
    let report = audit(text);
    let cues: Vec<&str> = report.sentences[1]
        .attributions
        .iter()
        .map(|a| a.cue.text)
        .collect();
    assert!(
        cues.contains(&"saying") && cues.contains(&"calling"),
        "{cues:?}"
    );
    let text = "Moss went over in the corner, Jones adding the conversion.";
    assert_eq!(label_of(text, "conversion"), Label::Unattributed);
}

/// Guards for this session's rules, from the code review: each sentence
/// is one the first version of a rule misread.
#[test]
fn the_thirteenth_code_reviews_misfires_stay_mended() {
    // "agreed the deal was a mistake" is a view, not a deal made.
    let text = "Democrats agreed the deal was a mistake.";
    assert_eq!(label_of(text, "mistake"), Label::Anonymous);
    // An owned stance needs a clause after "that", and an owner that
    // opens the clause.
    let text = "Harlan's position was that of an outsider.";
    assert_eq!(label_of(text, "outsider"), Label::Unattributed);
    let text = "The problem with his argument is that nobody believes it.";
    assert_eq!(label_of(text, "nobody"), Label::Unattributed);
    // "complaints from X that": not the writer's relative clause, not
    // "from within"; a maker with an abbreviation is found.
    let text = "The complaints from voters that I heard were about jobs.";
    assert_eq!(label_of(text, "jobs"), Label::Unattributed);
    let text = "She faced criticism from within her party that she was too cautious.";
    assert_ne!(label_of(text, "cautious"), Label::Official);
    let text = "He faced criticism from Sen. Tom Ruiz that his rallies are unsafe.";
    assert_eq!(label_of(text, "unsafe"), Label::Official);
    // "and" joins two sources unless it is inside a title's brief.
    let text = "The plan was praised by Democrats and Republican Senator Tom Ruiz.";
    assert_eq!(label_of(text, "praised"), Label::Anonymous);
    // A participle after a possessive name with an object is its verb.
    let text = "Macy's fired its chief executive, calling his conduct \"unacceptable.\"";
    assert_eq!(label_of(text, "unacceptable"), Label::Quoted);
    // A name's description before a bare act makes no claim.
    let text = "New York, the nation's largest city, banned smoking in bars.";
    assert_eq!(label_of(text, "smoking"), Label::Unattributed);
    // A startup a "which" clause is about still speaks.
    let text = "The deal was backed by the startup, which said profits would rise.";
    assert_eq!(label_of(text, "profits"), Label::Official);
    // A spokesman of a person makes no body of the person.
    let text = "A spokesman of Johnson declined to comment. Johnson said the deal is fair.";
    assert_eq!(label_of(text, "deal is fair"), Label::Named);
    // "Texas's other senator" is not the senator named before.
    let text = "Senator Jane Dole arrived. Texas's other senator said the vote would wait.";
    assert_ne!(resolved_in(text, "vote would wait"), Some("Jane Dole"));
    // "with reporters asking about the wall" is a question put.
    let text = "He spoke for an hour, with reporters asking about the wall.";
    assert_ne!(label_of(text, "wall"), Label::Anonymous);
}

/// "Both men said", "All three candidates have said": people the article
/// has named, counted, are identified even when not resolved ("Both
/// sides" are not).
#[test]
fn people_counted_by_number_are_identified() {
    let text = "Tom Harlan met Ann Reyes. Both candidates said the debate was fair.";
    assert_eq!(label_of(text, "debate"), Label::Named);
    let text = "All three candidates have said they would expand the program.";
    assert_eq!(label_of(text, "expand"), Label::Named);
    let text = "Both sides said the talks had failed.";
    assert_eq!(label_of(text, "talks"), Label::Anonymous);
}

/// "Maxine Just Vowed ..." before "Maxine Ortega": a given name alone, in
/// a headline before the full name, stands for the one person of the
/// text who has it; not after an honorific ("Mr Howard" is a surname).
#[test]
fn a_given_name_alone_stands_for_the_one_person_who_has_it() {
    let text = "Maxine Vows To Fight On.\n\nMaxine Ortega said she would stay in the race.";
    let report = audit(text);
    assert_eq!(
        first_resolved(&report),
        [Some("Maxine Ortega"), Some("Maxine Ortega")]
    );
    let text =
        "Mr Howard said the plan was wrong.\n\nHoward Flight, a backbencher, said he would quit.";
    assert_ne!(resolved_in(text, "plan was wrong"), Some("Howard Flight"));
}

/// "As the Herald's investigative unit reported": a unit, a desk or a
/// newsroom of a body speaks for it.
#[test]
fn a_unit_of_a_body_speaks_for_it() {
    let text = "As the Boston Globe's investigative unit reported today, the city sold the land.";
    assert_eq!(label_of(text, "sold the land"), Label::Named);
    assert_eq!(resolved_in(text, "sold the land"), Some("Boston Globe"));
}

/// "FIX IS IN: ...": a shouted clause before a headline's colon names no
/// speaker ("TOM HARLAN: ..." does).
#[test]
fn a_shouted_clause_before_a_colon_is_no_speaker() {
    let text = "FIX IS IN: Board Ignores Harbour Scandal.";
    assert_eq!(label_of(text, "Harbour"), Label::Unattributed);
    let text = "TOM HARLAN: We will build the harbour.";
    assert_eq!(label_of(text, "harbour"), Label::Named);
}

/// "which publishes The Courier", "publishes magazines": a publisher's
/// trade, not a claim; "published a report saying" still attributes.
#[test]
fn publishing_a_title_is_no_claim() {
    let text = "Harbour Media publishes The Courier and two magazines.";
    assert_eq!(label_of(text, "Courier"), Label::Unattributed);
    let text = "Lantern Press publishes India's best-selling weekly newspaper.";
    assert_eq!(label_of(text, "weekly"), Label::Unattributed);
    let text = "The Courier published a report saying the harbour deal was dead.";
    assert_eq!(label_of(text, "harbour deal"), Label::Named);
}

/// "was called the \"fifth child\" by its director": the agent of a passive
/// verb of naming follows what it names; without quotation marks "called
/// X by Y" may name a work and its maker.
#[test]
fn the_agent_of_a_passive_naming_follows_the_name() {
    let text = "He was called the \"fifth child of the cast\" by the film's director Ann Reyes.";
    assert_eq!(resolved_in(text, "fifth child"), Some("Ann Reyes"));
    let text = "The harbour plan has been branded a \"reckless gamble\" by the Green Party.";
    assert_eq!(resolved_in(text, "reckless"), Some("Green Party"));
    let text = "The record was hailed as the album of the year by many critics.";
    assert_eq!(label_of(text, "album of the year"), Label::Anonymous);
    let text = "The single is called Snow On The Harbour by The Lanterns.";
    assert_eq!(label_of(text, "single"), Label::Unattributed);
}

/// "criticised by doctors for promoting cures": the reason after "for" is
/// no part of the agent.
#[test]
fn a_reason_after_for_is_no_part_of_the_agent() {
    let text = "She was criticised by many bankers for not raising rates fast enough.";
    let report = audit(text);
    assert_eq!(first_source(&report, text, "bankers"), Some("many bankers"));
}

/// "City consultancy Deloitte ... the firm claims": a consultancy is a
/// firm, even one the lexicon lists among institutions.
#[test]
fn the_firm_may_be_a_consultancy_named_before() {
    let text = "Growth will slow, consultancy Deloitte has warned. Taxes will rise this year, \
                the firm claims.";
    assert_eq!(resolved_in(text, "Taxes"), Some("Deloitte"));
}

/// "Tom Ruiz's claim that ...", "her warnings that ...": a noun of things
/// said, owned by a name or a pronoun, with "that" and a clause, attributes
/// the clause to the owner; a verb of saying before the pronoun keeps the
/// attribution its own, and a claim is no "it" later.
#[test]
fn a_claim_owned_by_a_name_or_a_pronoun_is_its_owners() {
    let text = "Tom Ruiz's claim that the vote was rigged has alarmed officials.";
    assert_eq!(label_of(text, "rigged"), Label::Named);
    assert_eq!(resolved_in(text, "rigged"), Some("Tom Ruiz"));
    let text = "Ann Reyes spoke on Monday. Contrary to her claim that voters would learn \
                nothing, the records were full of news.";
    assert_eq!(resolved_in(text, "learn nothing"), Some("Ann Reyes"));
    let text = "Tom Ruiz spoke on Monday. He repeated his assertion that the media is biased.";
    let report = audit(text);
    assert_eq!(
        sources_of(sentence(&report, text, "biased")),
        ["He"],
        "the verb's attribution alone"
    );
    let text = "Tom Ruiz spoke on Monday. His claims that the plan works were mocked. \
                It later said the review was unfair.";
    assert_ne!(resolved_in(text, "unfair"), Some("His claims"));
    // Not the writer's relative clause after a noun with no owner.
    let text = "The claim that the vote was rigged is false.";
    assert_eq!(label_of(text, "rigged"), Label::Unattributed);
}

/// "QWhat would have happened?": a question whose label lost its space and
/// colon still makes the answers an interview's and ends the answer before
/// it; "QAnon" style words need a capital after the "Q" and a lowercase
/// letter after that.
#[test]
fn a_question_label_fused_to_its_question_still_makes_an_interview() {
    let text = "Ferry pilot Nadia Okafor spoke to us before her last shift.\n\nQHow did you \
                start?\n\nA: My uncle ran the boat. I never looked back.\n\nQLast year the \
                ferry lost money. Was it hard?\n\nA: Every night.";
    let report = audit(text);
    for needle in ["My uncle", "never looked back", "Every night"] {
        let s = sentence(&report, text, needle);
        assert_eq!(s.label, Label::Quoted, "{needle}");
        assert_eq!(s.attributions[0].source.resolved, Some("Nadia Okafor"));
    }
    assert_unattributed(&report, text, &["ferry lost money", "Was it hard"]);
}

/// "Transcript as follows:" and a quotation with no speaker's label: the
/// words of the speaker just quoted, and the introduction carries them.
#[test]
fn a_transcript_announced_without_a_name_is_the_last_speakers() {
    let text = "Mayor Ann Reyes said, \"We won tonight.\"\n\nTranscript as follows:\n\n\
                \"Tonight we came home. We thank every voter.\n\n\"Tomorrow we start work.\"";
    let report = audit(text);
    for needle in [
        "Transcript as follows",
        "came home",
        "every voter",
        "Tomorrow",
    ] {
        let s = sentence(&report, text, needle);
        assert_eq!(s.label, Label::Quoted, "{needle}");
        assert_eq!(s.attributions[0].source.resolved, Some("Ann Reyes"));
    }
}

/// "-Ann Reyes, Harbourside." on a line of its own after a quotation: a
/// hyphen opening the line, set against the name, signs it as a dash does.
#[test]
fn a_hyphen_opening_a_line_signs_the_quotation_before() {
    let text = "\"The ferry is late every single day, and it needs to stop.\"\n\n\
                -Ann Reyes, Harbourside.\n\nThe council meets on Monday.";
    let report = audit(text);
    for needle in ["ferry is late", "-Ann Reyes"] {
        let s = sentence(&report, text, needle);
        assert_eq!(s.label, Label::Quoted, "{needle}");
    }
    assert_unattributed(&report, text, &["council meets"]);
    // A hyphen inside a line, "well-known", signs nothing.
    let text = "\"It is over.\" Ann Reyes, a well-known pilot, left.";
    let report = audit(text);
    assert_ne!(sentence(&report, text, "It is over").label, Label::Quoted);
}

/// "fears among economists that ...", "a feeling among many voters that
/// ...": a view held among a group is that group's; "among voters who had
/// hoped that" leaves the clause to its own verb.
#[test]
fn a_view_held_among_a_group_is_the_groups() {
    let text = "The plan is sparking fears among harbour pilots that the port will close.";
    assert_eq!(label_of(text, "port will close"), Label::Anonymous);
    let report = audit(text);
    assert_eq!(
        first_source(&report, text, "port will close"),
        Some("harbour pilots")
    );
    let text = "There is a sense among some that the mayor might win.";
    assert_eq!(label_of(text, "mayor might win"), Label::Anonymous);
    let text = "It could raise anxiety among ferry riders who had hoped that fares would fall.";
    let report = audit(text);
    assert_eq!(first_source(&report, text, "fares"), Some("who"));
}

/// "chief operating officer of Harbour Lines", "chief mobile technology
/// evangelist for Lantern Chips": an office at a body, though a noun
/// follows "chief"; "chief strategist of Ruiz's campaigns" tells a career.
#[test]
fn a_chief_of_a_body_holds_an_office() {
    let text = "Greg Holm, chief operating officer of Harbour Lines, said fares would rise.";
    assert_eq!(label_of(text, "fares"), Label::Official);
    let text = "Mike Dorn, chief mobile technology evangelist for chip maker Lantern, said \
                batteries would last longer.";
    assert_eq!(label_of(text, "batteries"), Label::Official);
    let text = "Karl Dunn, the chief strategist of Tom Ruiz's presidential campaigns, said the \
                race was over.";
    assert_eq!(label_of(text, "race was over"), Label::Named);
}

/// "Big Win For Lee: Union Holds Off On Endorsement": a phrase before a
/// headline's colon names no speaker.
#[test]
fn a_phrase_with_for_before_a_headline_colon_is_no_speaker() {
    let text = "Big Win For Lee: Union Holds Off On Endorsement.";
    assert_eq!(label_of(text, "Union"), Label::Unattributed);
}

/// "Zeta, a software firm, ...": a one-word name an appositive describes
/// as a body speaks as that body later ("Lee, a party member" stays a
/// person).
#[test]
fn a_name_described_as_a_body_speaks_as_one() {
    let text = "Kestrel, a software firm, sells tools. Kestrel said sales rose.";
    assert_eq!(label_of(text, "sales rose"), Label::Official);
    let text = "Dunmore, a party member, spoke first. Dunmore said sales rose.";
    assert_eq!(label_of(text, "sales rose"), Label::Named);
}

/// "host of “The Late Hour with Jo Lee.”": a title in capitals keeps the
/// sentence's full stop inside its closing mark the American way and is
/// still a title; a word or two, a quotation after a verb of saying or a
/// colon, and one in a headline are speech. A title in the speaker's own
/// paragraph does not end the speaker's turn.
#[test]
fn a_title_with_the_full_stop_inside_its_marks_is_still_a_title() {
    let text = "Jo Lee spoke on Monday. She is now host of “The Late Hour with Jo Lee.”";
    assert_eq!(label_of(text, "host of"), Label::Unattributed);
    let text = "Jo Lee spoke on Monday. She said, “Thank You All Very Much.”";
    assert_eq!(label_of(text, "Thank You"), Label::Quoted);
    let text = "\"Absolutely,\" Lee said.";
    assert_eq!(label_of(text, "Absolutely"), Label::Quoted);
    let text = "Mayor Lee: Harbour Plan Appeals To ‘Better Angels Of The City.’";
    assert_eq!(label_of(text, "Better Angels"), Label::Quoted);
    let text = "\"We must reach every voter,\" wrote the authors of the \"Harbour Renewal \
                Plan.\"\n\n\"If voters think we do not care, they will stop listening.\"";
    assert_eq!(
        label_of(text, "stop listening"),
        label_of(text, "every voter")
    );
    assert_ne!(label_of(text, "stop listening"), Label::Unattributed);
}

/// "Owen is confident Rovers can close the gap", "is convinced his side
/// will": a feeling before a clause that opens with a name or a
/// determiner, without "that", is a stance.
#[test]
fn a_feeling_before_a_clause_without_that_is_a_stance() {
    let text = "Tom Owen scored twice. Owen is confident Rovers can close the gap.";
    assert_eq!(label_of(text, "close the gap"), Label::Named);
    let text = "Tom Owen scored twice. He is convinced his side will win the league.";
    assert_eq!(label_of(text, "win the league"), Label::Named);
}

/// "The submission also calls for ...", "The party's platform mentions
/// ...": a submission and a platform are documents.
#[test]
fn a_submission_and_a_platform_are_documents() {
    let text = "The union said in its submission that jobs matter. The submission also calls \
                for decent wages.";
    assert_ne!(label_of(text, "decent wages"), Label::Unattributed);
    let text = "The party's platform specifically mentions its defense of the harbour.";
    assert_ne!(label_of(text, "harbour"), Label::Unattributed);
}

/// "..., fearing that the party could lose": a participle of belief after
/// the clause holds the subject's view, as "saying" holds its words.
#[test]
fn a_participle_of_belief_holds_the_subjects_view() {
    let text = "Party donors are rushing to build a fund, fearing that the party could lose.";
    assert_eq!(label_of(text, "could lose"), Label::Anonymous);
    let text = "The Harbour Board delayed the vote, believing that the ferries would return.";
    assert_eq!(label_of(text, "ferries"), Label::Official);
}

/// "Press Reports Reveal Harbour Deal": in a headline's capitals, a plural
/// noun of reports before a verb of saying is its subject, no verb.
#[test]
fn a_plural_of_reports_before_a_headline_verb_is_its_subject() {
    let text = "Press Reports Reveal Secret Harbour Deal.";
    let report = audit(text);
    assert_eq!(
        sources_of(sentence(&report, text, "Harbour")),
        ["Press Reports"]
    );
}

/// "...," the Courier reported, quoting an unnamed official: the one quoted
/// speaks, through the whole quotation; "Lee tweeted, quoting the mayor's
/// statement" keeps the words Lee's.
#[test]
fn an_outlet_quoting_someone_passes_on_that_ones_words() {
    let text = "\"It just came to a head. There were many voices at once,\" the Boston Globe \
                reported, quoting an anonymous party official. \"They wanted one style.\"";
    let report = audit(text);
    for needle in ["came to a head", "many voices", "one style"] {
        assert_eq!(
            sentence(&report, text, needle).label,
            Label::Anonymous,
            "{needle}"
        );
    }
    let text = "\"Not fit to lead!\" Tom Ruiz tweeted, quoting the mayor's statement.";
    assert_eq!(label_of(text, "Not fit"), Label::Quoted);
}

/// "F.A.A. records show": initials with their dots are part of the
/// subject, and a name wherever they stand.
#[test]
fn dotted_initials_before_a_document_are_its_author() {
    let text = "During that stretch, F.A.A. records show, the jet flew 300 hours.";
    let report = audit(text);
    assert_eq!(
        first_source(&report, text, "jet flew"),
        Some("F.A.A. records")
    );
    assert_eq!(label_of(text, "jet flew"), Label::Official);
    let text = "When the F.B.I. director, Ann Reyes, said the inquiry was over, few listened.";
    let report = audit(text);
    assert_eq!(
        first_source(&report, text, "inquiry"),
        Some("the F.B.I. director, Ann Reyes")
    );
}

/// "the Radio 1 chart show, which ...", "morning shows": a programme, no
/// verb ("footage from the game shows that" is one); "in a report
/// published following talks": a participle of the document, no claim
/// ("The report published Tuesday showed" and "published by" keep theirs).
#[test]
fn a_show_and_a_document_published_are_no_cues() {
    let text = "The series will work with the Radio 1 chart show, which airs on Sundays.";
    assert_eq!(label_of(text, "chart show"), Label::Unattributed);
    let text = "Footage from the game shows that the fans sang all night.";
    assert_eq!(label_of(text, "fans sang"), Label::Anonymous);
    let text = "A harbour mission made the comments in a report published following talks.";
    assert_eq!(label_of(text, "harbour mission"), Label::Unattributed);
    let text = "The finding comes in a report published on Thursday by the Harbour Board.";
    assert_ne!(label_of(text, "finding"), Label::Unattributed);
}

/// "Committee Chairman Ann Reyes criticized Party Chairman Tom Ruiz ... The
/// chairman said": the holder introduced last in the text, though the
/// first was the sentence's source.
#[test]
fn a_title_stands_for_its_holder_introduced_last_in_the_text() {
    let text = "Rules Committee Chairman Ann Reyes criticized Party Chairman Tom Ruiz in an \
                email. Ruiz has pushed back on those charges. The chairman said on Sunday \
                that the rules would stay.";
    assert_eq!(resolved_in(text, "rules would stay"), Some("Tom Ruiz"));
}

/// "Senator Ruiz blasted the plan", "with 140 members blasting the
/// raids": an attack in words; "blasts an ace" is a shot.
/// "Fuming Lee blasts officials": a headline's word of mood is no part of
/// the name.
#[test]
fn blasting_someone_is_an_attack_in_words() {
    let text = "The raids drew fire on Tuesday, with 140 House members blasting the roundups.";
    assert_eq!(label_of(text, "roundups"), Label::Anonymous);
    let text = "The American blasts an ace to save the set.";
    assert_eq!(label_of(text, "ace"), Label::Unattributed);
    let text =
        "Fuming Robson blasts referees\n\nCoach Andy Robson said the referees were poor.\n\n\
                Robson told reporters he would appeal.";
    assert_eq!(resolved_in(text, "appeal"), Some("Andy Robson"));
}

/// The fourteenth code review's misfires, mended.
#[test]
fn the_fourteenth_code_reviews_misfires_stay_mended() {
    // A claim's owner is talked about: the next "he said" is the speaker's.
    let text = "Mr Smith said Mr Jones's claim that taxes would rise was wrong. \"It is \
                nonsense,\" he said.";
    assert_eq!(resolved_in(text, "nonsense"), Some("Smith"));
    // The speaker's quotation stays the speaker's, unless it opens the
    // claim's clause.
    let text = "Spokeswoman Ann Frazier said that Tom Ruiz's claim that taxes would rise is \
                \"simply not true.\"";
    assert_eq!(resolved_in(text, "simply not true"), Some("Ann Frazier"));
    // A relative clause after the noun, and a day's possessive, own no claim.
    let text = "Her statement that was released on Monday made no mention of the deal.";
    assert_eq!(label_of(text, "no mention"), Label::Unattributed);
    let text = "Monday's warning that the plant would close was ignored.";
    assert_eq!(label_of(text, "plant"), Label::Unattributed);
    // Speech in capitals after a verb of saying is no title.
    let text = "Senator Ann Lee told the crowd \"Thank You All So Much.\"";
    assert_eq!(label_of(text, "Thank You"), Label::Quoted);
    // A given name opening a headline's label is no clause word.
    let text = "Will Smith: Oscars lack diversity.";
    assert_eq!(label_of(text, "Oscars"), Label::Named);
    // A chief critic, a chief economist: no office.
    let text = "Ann Lee, a chief critic of the plan, said it would fail.";
    assert_eq!(label_of(text, "would fail"), Label::Named);
    let text = "Phil Shaw, chief economist at Harbour Securities, said rates would hold.";
    assert_eq!(label_of(text, "rates would hold"), Label::Named);
    // A member of a team is no body.
    let text = "Reyes, a member of the team, said it was hard. Reyes later said she was tired.";
    assert_eq!(label_of(text, "tired"), Label::Named);
    // A text from someone is no transcript of the last speaker.
    let text = "\"I am fine,\" Lee said.\n\nA text from an unknown number:\n\n\"Come home now.\"";
    assert_ne!(resolved_in_or_none(text, "Come home"), Some("Lee"));
    // A name goes on after "for a": the agent is the whole body.
    let text = "The plan was criticised by the Campaign for an Independent Harbour.";
    let report = audit(text);
    assert_eq!(
        first_source(&report, text, "criticised"),
        Some("the Campaign for an Independent Harbour")
    );
}

fn resolved_in_or_none<'t>(text: &'t str, needle: &str) -> Option<&'t str> {
    let report = audit(text);
    sentence(&report, text, needle)
        .attributions
        .first()
        .and_then(|a| a.source.resolved)
}

/// "Reyes to Harbour Board: ..." opening the text: a headline names its
/// speaker, then whom the words are for (whose own words are no cues); the
/// speaker is a name the text goes on to use ("Back To School:" is none).
#[test]
fn a_headline_names_its_speaker_before_to_and_the_ones_addressed() {
    let text = "Reyes To Ferry Riders Worried About Fares: Prices Will Fall.\n\nMayor Ann Reyes \
                said on Monday that fares would fall.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Named);
    assert_eq!(
        first_source(&report, text, "Prices Will Fall"),
        Some("Reyes")
    );
    let text = "Back To Harbour: What Parents Need.\n\nParents want safer ferries.";
    let report = audit(text);
    assert_ne!(first_source(&report, text, "What Parents"), Some("Back"));
}

/// "She said the slot was still open. The show will ... "Hopefully ..."":
/// a whole sentence quoted in a source's paragraph, past one sentence of
/// the writer's that attributes nothing, is that source's.
#[test]
fn a_quotation_past_one_plain_sentence_in_the_paragraph_is_the_sources() {
    let text = "A council spokeswoman said the ferry would keep its name. The service will run \
                from the north pier on Sundays. \"Hopefully riders will find it easily.\"";
    assert_eq!(label_of(text, "Hopefully"), Label::Quoted);
    // Not across a paragraph break.
    let text = "A council spokeswoman said the ferry would keep its name.\n\nThe service will \
                run from the north pier. \"Hopefully riders will find it easily.\"";
    assert_eq!(label_of(text, "Hopefully"), Label::Unattributed);
}

/// "Moderate Republicans and their allies ..., fearing that": a one-word
/// name before a group's plural, ending the capitals, is the group's
/// modifier, an unnamed group ("the Society of Civil Engineers" stays a
/// body).
#[test]
fn a_word_before_a_groups_plural_is_no_name() {
    let text = "Moderate Republicans and their allies are rushing to act, fearing that the \
                ferry could close.";
    assert_eq!(label_of(text, "ferry could close"), Label::Anonymous);
    let text = "Half of Vermont Democrats said they want a more liberal president.";
    assert_eq!(label_of(text, "liberal"), Label::Anonymous);
    let text = "The American Society of Civil Engineers estimates that bridges need repair.";
    assert_eq!(label_of(text, "bridges"), Label::Official);
}

/// "the average asking price": a price, no one asking.
#[test]
fn an_asking_price_asks_nothing() {
    let text = "The average asking price of a flat fell by £900 in March.";
    assert_eq!(label_of(text, "asking price"), Label::Unattributed);
}

/// "Officials in the Pentagon say": the plural before the preposition is
/// the subject of the verb after a body's name, not a "Pentagon say"
/// noun; "the cost of the Harbour plan" stays a noun.
#[test]
fn members_in_a_named_body_say() {
    for text in [
        "Officials in the Pentagon say the drill was routine.",
        "Aides in the White House believe the vote will slip.",
    ] {
        assert_eq!(label_of(text, "the"), Label::Anonymous, "{text}");
    }
    let text = "The cost of the Harbour plan rose again.";
    assert_eq!(label_of(text, "Harbour"), Label::Unattributed);
}

/// "some in the Tory party are urging": unnamed members of a named body,
/// and no one person that a later "he" stands for.
#[test]
fn some_in_a_party_are_unnamed_members() {
    let text = "Jon Marsh has unveiled his tax plan. Some in the Green party are urging \
                Mr Marsh to go further. \"We will be bold,\" he said.";
    let report = audit(text);
    assert_eq!(sentence(&report, text, "urging").label, Label::Anonymous);
    let bold = sentence(&report, text, "bold");
    assert_eq!(bold.attributions[0].source.resolved, Some("Jon Marsh"));
}

/// "Neither Ms Park nor Mr Lund would say exactly how": a refusal, which
/// the guide leaves unattributed.
#[test]
fn neither_would_say_exactly_how_is_a_refusal() {
    let text = "Neither Ms Park nor Mr Lund would say exactly how they would spend the money.";
    assert_eq!(label_of(text, "spend"), Label::Unattributed);
}

/// "Admiral Reyes trained as a pilot", "the family beamed": acts of the
/// body or of a life hold no claim; beside a quotation the verb may still
/// tag it.
#[test]
fn bodily_and_life_acts_hold_no_claim() {
    let text = "Admiral Ana Reyes commands the fleet. After college, Admiral Reyes trained as a \
                pilot. She studied law at Leeds. Jo Kent and her family beamed as they took the stage.";
    assert_unattributed(&audit(text), text, &["trained", "studied", "beamed"]);
    let text = "Jo Kent took the stage. \"We are home,\" she smiled.";
    assert_eq!(label_of(text, "home"), Label::Quoted);
}

/// "Megyn Kelly Was Just Spotted", "Against Harris, the governor earned":
/// an auxiliary or a preposition is no part of a name.
#[test]
fn an_auxiliary_or_preposition_ends_or_opens_no_name() {
    // ("Kelly" is a given name too: "Kelly Was" looked like a person.)
    let text = "Brynja Kelly Was Just Spotted At The Harbour.\n\nAnchor Brynja Kelly was seen \
                entering the tower. It is no surprise that Kelly would seek an interview.";
    assert_eq!(resolved_in(text, "seek"), Some("Brynja Kelly"));
    let text = "Against Harris, the governor earned 51 percent, while against Lund, he prevailed \
                46 percent to 40 percent.";
    let report = audit(text);
    assert!(
        report.sentences[0]
            .attributions
            .iter()
            .all(|a| a.source.resolved != Some("Against Harris")),
        "{:?}",
        sources_of(&report.sentences[0])
    );
}

/// "accusing the Chinese of militarizing disputed waters": a participle
/// between a gerund and a noun is an adjective, so "the Chinese" is no
/// source (the accusation is the admiral's) and "he" after it stays the
/// admiral.
#[test]
fn a_participle_before_a_noun_after_a_gerund_is_an_adjective() {
    let text = "Adm. Rosa Vidal makes no apologies for accusing the Danes of patrolling disputed \
                waters. \"It is plain,\" she said.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Adm. Rosa Vidal"]);
    let plain = sentence(&report, text, "plain");
    assert_eq!(plain.attributions[0].source.resolved, Some("Rosa Vidal"));
    // ("The Wasps wing insisted he": no gerund there.)
    let text = "The Hawks wing insisted he grounded the ball.";
    assert_eq!(label_of(text, "grounded"), Label::Named);
}

/// "..., said an American official who was briefed on the talks": a
/// trailing tag whose source goes on in a relative clause still tags the
/// sentence, which holds an unnamed source; "Lund, said the aide who
/// replaced him" keeps its subject before the comma.
#[test]
fn a_trailing_tag_with_a_relative_clause_tags_the_sentence() {
    let text = "Mr. Dale warned the envoy not to move, said an American official who was briefed \
                on the talks.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert!(sources_of(&report.sentences[0]).contains(&"an American official"));
    let text = "The chief's former deputy, Ian Lund, said the aide who replaced him should go.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Ian Lund")
    );
}

/// "Critics of the plan in Ohio say", "opponents of refugees into the U.S.
/// cite concerns": the whole phrase, two prepositions long, is the source
/// (not "Ohio", nor a noun "the U.S. cite").
#[test]
fn a_group_placed_after_its_topic_is_the_source() {
    for (text, source) in [
        (
            "Critics of the plan in Ohio say the vetting is weak.",
            "Critics of the plan in Ohio",
        ),
        (
            "Opponents of admitting refugees into the U.S. cite concerns that checks are weak.",
            "Opponents of admitting refugees into the U.S.",
        ),
    ] {
        let report = audit(text);
        assert_eq!(report.sentences[0].label, Label::Anonymous, "{text}");
        assert_eq!(sources_of(&report.sentences[0]), [source]);
    }
}

/// "A report in the Sunday Business claimed": a paper's own report, named
/// media whether or not the lists know the paper; "a report in Ohio" names
/// a place, no author.
#[test]
fn a_report_in_a_paper_is_the_papers() {
    let text = "A report in the Weekend Courier claimed the minister would resign.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Named);
    let source = &report.sentences[0].attributions[0].source;
    assert_eq!(source.text, "A report in the Weekend Courier");
    assert_eq!(source.role, Role::Media);
    let text = "A report in Ohio said the plan failed.";
    assert_eq!(label_of(text, "plan"), Label::Anonymous);
}

/// "The chairman of the Joint Chiefs of Staff, Gen. Joseph F. Dunford
/// Jr.,": the person named after the comma, past a title and before a
/// suffix, not the body in the description; and the title keeps the
/// person official.
#[test]
fn a_titled_name_after_a_description_is_the_source() {
    let text = "The chairman of the Harbour Board of Trustees, Gen. Ruth K. Abney Jr., asked the \
                admiral that question.";
    assert_eq!(resolved_in(text, "question"), Some("Ruth K. Abney Jr"));
    let text = "His Green opponent, Rep. Ada Lund, would support later school start times.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Ada Lund")
    );
}

/// "the Council of Mortgage Lenders (CML)" … "CML figures showed": the
/// figures of a body the article named, official; "GDP figures" have no
/// author.
#[test]
fn a_known_bodys_initials_author_its_figures() {
    let text = "The Guild of Harbour Pilots (GHP) said traffic was slowing. GHP figures showed \
                arrivals fell by 4% in May. GDP figures showed growth.";
    assert_eq!(label_of(text, "arrivals"), Label::Official);
    assert_eq!(label_of(text, "growth"), Label::Anonymous);
}

/// "property website Rightmove" … "Rightmove said": a trade's website is a
/// firm, which speaks as one; a news website is an outlet.
#[test]
fn a_trades_website_is_a_firm() {
    let text = "The figures follow data from property website Homefind which suggested prices \
                would fall. Homefind said agents were busy.";
    assert_eq!(label_of(text, "agents"), Label::Official);
    let text = "The claim was first made by news website Zapnews. Zapnews said the plan failed.";
    assert_eq!(label_of(text, "plan failed"), Label::Named);
}

/// "Rep. Trey Gowdy (R-S.C.):"I have ..."": a transcript's speaker label
/// with a party's tag, and one with an office in lowercase before the name
/// ("Former secretary of state Hillary Rodham Clinton:").
#[test]
fn transcript_labels_with_a_party_tag_or_an_office() {
    let text = "Rep. Ada Lund (D-Ore.):\"I have never heard that figure. Who told you that?\"";
    let report = audit(text);
    for s in &report.sentences {
        assert_eq!(s.label, Label::Quoted);
        assert_eq!(s.attributions[0].source.resolved, Some("Ada Lund"));
        assert_eq!(s.attributions[0].cue.text, ":");
    }
    let text = "Former secretary of state Jane Rowe Abbot:\"We learned that from the department.\"";
    assert_eq!(label_of(text, "learned"), Label::Quoted);
}

/// "A footnote in the report makes that clear: "..."": a part of a
/// document named before is its author's, so the quotation is quoted; "a
/// study of the report" is a document of its own, with no author.
#[test]
fn a_part_of_a_known_document_quotes_it() {
    let text = "The auditor issued a report in May. A footnote in the report makes that clear: \
                \"These rules do not apply to the board.\"";
    assert_eq!(label_of(text, "footnote"), Label::Quoted);
    let text = "A study of the report found flaws.";
    assert_eq!(label_of(text, "flaws"), Label::Anonymous);
}

/// "criticized by Trump over the questions": after a name, a preposition
/// before a common noun's phrase ends the passive's agent; "was questioned
/// by a judge" is an interrogation, no doubt voiced.
#[test]
fn a_passive_agent_ends_before_the_reason() {
    let text = "Kelly was criticized by Trump over the questions.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Named);
    assert_eq!(sources_of(&report.sentences[0]), ["Trump"]);
    let text = "The two men will be questioned by a judge over the next few days.";
    assert_eq!(label_of(text, "judge"), Label::Unattributed);
    let text = "The figures were questioned by economists.";
    assert_eq!(label_of(text, "figures"), Label::Anonymous);
}

/// "The panel could declare the claim void", "voters might blame": what a
/// source may do some day is the writer's guess; "May said" is a name's,
/// "could say only that" was said, and "may argue ..., but" grants the
/// view.
#[test]
fn a_verb_after_could_or_might_is_a_guess() {
    for text in [
        "The tribunal could declare the treaty void.",
        "Voters might blame the mayor for the delay.",
        "Some may criticise his speech in the weeks ahead.",
    ] {
        assert_eq!(label_of(text, " "), Label::Unattributed, "{text}");
    }
    let text = "Housing spokeswoman Theresa May said the law would be repealed.";
    assert_eq!(label_of(text, "repealed"), Label::Official);
    let text = "Police could confirm only that two people had died.";
    assert_eq!(label_of(text, "died"), Label::Official);
    let text = "Democrats may argue that the bill is a giveaway, but it passed easily.";
    assert_eq!(label_of(text, "giveaway"), Label::Anonymous);
}

/// "Muslim advocates hailed": a plural before its verb is its subject, no
/// verb of its own after a capitalised adjective.
#[test]
fn advocates_before_their_verb_are_the_subject() {
    let text = "Sikh advocates hailed the nomination.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Sikh advocates"]);
}

/// "they speak barely a word of English", "Perez speaks fluent Spanish": a
/// language spoken, no words said.
#[test]
fn speaking_a_language_says_nothing() {
    let text = "The family has lived here for three months. They speak barely a word of English.";
    assert_eq!(label_of(text, "English"), Label::Unattributed);
    let text = "Both are Hispanic (Ortiz speaks fluent Spanish, Vega does not).";
    assert_eq!(label_of(text, "Spanish"), Label::Unattributed);
}

/// "Clinton's claim that 90 percent of her e-mails were 'in the system'":
/// a number opens the claim's clause (no relative clause opens so).
#[test]
fn a_number_opens_a_claims_clause() {
    let text = "Lund's claim that 90 percent of the files were 'in the archive' is wrong.";
    assert_eq!(label_of(text, "archive"), Label::Quoted);
}

/// "In May, the judge sided with ..., saying": the month is no modal and
/// no name, and a preposition's adjunct closed by a comma holds no subject:
/// the judge says it. "In 2009 the council imposed sanctions on Eritrea,"
/// keeps its subject inside.
#[test]
fn an_opening_adjunct_before_its_comma_is_no_subject() {
    for text in [
        "In May, the judge sided with the tenants, saying the law was void.",
        "In three interviews, the justice sounded off on the mayor, saying the plan was void.",
    ] {
        let report = audit(text);
        assert_eq!(report.sentences[0].label, Label::Official, "{text}");
        assert!(
            sources_of(&report.sentences[0])[0].starts_with("the"),
            "{text}"
        );
    }
    let text = "In 2009 the Security Council imposed sanctions on Eritrea, including a travel ban.";
    assert_eq!(label_of(text, "Eritrea"), Label::Official);
}

/// ", with the campaign of the former senator from Ohio saying": the
/// whole phrase after "with" is the participle's subject, prepositions and
/// all; "with the union saying" is a participle with its subject, no
/// "union saying" noun.
#[test]
fn a_with_phrase_is_its_participles_subject() {
    let text =
        "Rick Lund turned on Vega, with the campaign of the former senator from Ohio saying \
                that Vega had flip-flopped.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["the campaign of the former senator from Ohio"]
    );
    let text = "The deal collapsed, with the union saying that costs were too high.";
    assert_eq!(label_of(text, "costs"), Label::Official);
    // (An adverb before the participle is no part of the subject.)
    let text = "Vega has used harsh words, with Vega recently promising to \"crush them.\"";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Vega"]);
}

/// "the Liberal Democrats are committed to increasing taxes": a party's
/// commitment is its position.
#[test]
fn a_commitment_is_a_position() {
    let text = "Meanwhile, the Liberal Democrats are committed to raising taxes for the rich.";
    assert_eq!(label_of(text, "taxes"), Label::Official);
}

/// "German and Freddy Ortega said ... the brothers noted": the brothers
/// just named, identified.
#[test]
fn the_brothers_just_named_are_identified() {
    let text = "Tomas Ruiz and Pablo Ruiz said the show was a hit. In some ways, the brothers \
                noted, the mayor might like it.";
    assert_eq!(label_of(text, "brothers"), Label::Named);
}

/// "The Argonaut group went into administration. In August it had warned":
/// a name before a noun of bodies opening a sentence is the subject that a
/// later "it" stands for; "The London-based company" is a description.
#[test]
fn a_named_body_opening_a_sentence_is_its_it() {
    let text = "Ian Fry has bought back most of the firm. The Zephyr group went into \
                administration. In August it had warned of losses of £6m.";
    assert_eq!(resolved_in(text, "losses"), Some("Zephyr group"));
    let text = "The London-based company went into administration. In August it had warned of \
                losses.";
    assert_eq!(resolved_in_or_none(text, "losses"), None);
}

/// The code review of the fifteenth review's rules found them misfiring on
/// these; each stays as it was before those rules.
#[test]
fn the_fifteenth_code_reviews_misfires_stay_mended() {
    // Auxiliaries end a name only in a headline's title case, prepositions
    // only where they would open one.
    assert_eq!(
        label_of("IS said its fighters had killed 20 soldiers.", "fighters"),
        Label::Official
    );
    assert_ne!(
        resolved_in_or_none("Via Rail said the trains would run on Monday.", "trains"),
        Some("Rail")
    );
    // A trailing "said the N who" tags only a clause with a verb.
    let text =
        "The mayor, in a statement, said the officer who fired the shots had been suspended.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["The mayor"]);
    // A gerund after "of" in the subject keeps the verb after it.
    assert_eq!(
        label_of(
            "Opponents of fracking warned residents that wells leak.",
            "wells"
        ),
        Label::Anonymous
    );
    // A noun that is a verb too needs people before "in the Name".
    let text = "Errors in the Treasury estimate were found by auditors.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["auditors"]);
    // A body's report is no newspaper's.
    assert_eq!(
        label_of(
            "A report in the Senate said the agency had misled Congress.",
            "misled"
        ),
        Label::Official
    );
    // A satirical website is an outlet, not a firm.
    let text = "The claim was spread by satirical website Newsthump. Newsthump said it was a joke.";
    assert_eq!(label_of(text, "joke"), Label::Named);
    // Police unions who doubt the figures are heard.
    let text = "The figures were questioned by police unions, who said the numbers were inflated.";
    assert_eq!(label_of(text, "inflated"), Label::Anonymous);
    // A "no" in the clause before the comma refuses nothing.
    let text = "Though no charges were filed, the governor did say why the officer was suspended.";
    assert_eq!(label_of(text, "suspended"), Label::Official);
    // A language in the next sentence leaves "spoke" a verb of saying.
    let text = "\"We will not leave,\" Lee spoke softly. English fans later cheered.";
    assert_eq!(label_of(text, "leave"), Label::Quoted);
}

/// "Asked later - war or not - the admiral chuckled. '...,' he said": a
/// titled role noun after a dash is the subject a later "he" stands for.
#[test]
fn a_role_noun_after_a_dash_is_the_subject() {
    let text = "Adm. Hugo Vidal leads the fleet. The chairman of the board, Gen. Ian K. Fry Jr., \
                asked Admiral Vidal that question. Asked later - war or not - the admiral \
                chuckled.\n\n\"It is good that my voice is low,\" he said.";
    assert_eq!(resolved_in(text, "voice"), Some("Hugo Vidal"));
}

/// "has issued an apology for criticising the club", "was widely
/// criticised for insisting": blame or regret for what the subject said is
/// the subject's; "praised Trump for speaking out" is no word of the one
/// praising.
#[test]
fn blame_for_what_was_said_is_the_subjects() {
    let text = "City striker Nico Lund has issued an apology for criticising the club's owners.";
    assert_eq!(label_of(text, "owners"), Label::Named);
    let text = "But the government was widely criticised for insisting the detentions would go on.";
    assert_eq!(label_of(text, "detentions"), Label::Official);
    let text = "She praised the mayor for speaking out against the plan.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["She"]);
}

/// "Mr Brown doubled the level ..., unveiled a rise in ...": a past tense
/// after a comma, before its object, goes on the list of the subject's
/// acts; "Sen. Lee, a candidate who has made ..., tweeted a warning" keeps
/// the name before the appositive.
#[test]
fn a_list_of_verbs_shares_its_subject() {
    let text = "In Wednesday's Budget, Mr Moss doubled the level at which buyers pay duty, \
                unveiled a rise in tax credit and a refund for pensioners.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Mr Moss"]);
    let text = "Sen. Ada Lund (D-Ore.), a candidate who has made housing the heart of her \
                campaign, tweeted a warning.";
    let report = audit(text);
    assert!(sources_of(&report.sentences[0])[0].starts_with("Sen. Ada Lund"));
}

/// "Emmanuel Ferry, from Exane BNP Paribas told Reuters": a person and
/// the body they are from, the closing comma missing: the person speaks.
#[test]
fn a_person_from_a_body_before_an_unclosed_comma() {
    let text = "\"It is fragile,\" Anna Berg, from Nordic Capital told Reuters news agency.";
    assert_eq!(resolved_in(text, "fragile"), Some("Anna Berg"));
}

/// "the University of Michigan barometer of consumer confidence showed":
/// a barometer is a document, its author named.
#[test]
fn a_barometer_is_a_document() {
    let text =
        "In contrast, the University of Leeds barometer of consumer confidence showed a dip.";
    assert_eq!(label_of(text, "dip"), Label::Official);
}

/// "Clinton's response was: "..."": a name's words, named before the
/// colon, then quoted; "Just Leaked:" and "Pull Support For" in headlines
/// say nothing.
#[test]
fn a_named_response_before_a_colon_is_quoted() {
    let text = "Maria Vega was told of the loss. Vega's response was: \"Is the store in Ohio?\"";
    let report = audit(text);
    let s = sentence(&report, text, "store");
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].source.text, "Vega's response");
    for text in [
        "Just Leaked: Look At Vega's Shocking Response To The Loss.",
        "Major Firms Pull Support For Harbour Festival.",
    ] {
        assert_eq!(label_of(text, " "), Label::Unattributed, "{text}");
    }
}

/// "turn out Clinton support among teachers", "Tory support for the
/// government": a singular name's support with no object is a noun;
/// "Millennials support background checks" is a group's view.
#[test]
fn a_names_support_is_a_noun() {
    let text = "Union presidents have spent weeks trying to turn out Vega support among teachers.";
    assert_eq!(label_of(text, "teachers"), Label::Unattributed);
    let text = "He was asked if Green support for the government had helped.";
    let report = audit(text);
    assert!(!sources_of(&report.sentences[0]).contains(&"Green"));
    let text = "By a lopsided 82%-12%, Millennials support background checks.";
    assert_eq!(label_of(text, "checks"), Label::Anonymous);
}

/// "The CTU has not endorsed a candidate": no endorsement, no view; "left
/// no doubt that he would endorse" is one.
#[test]
fn no_endorsement_is_no_view() {
    let text = "(The teachers' union has not endorsed a candidate.)";
    assert_eq!(label_of(text, "candidate"), Label::Unattributed);
    let text = "Ruiz left no doubt that he would endorse in this year's contest.";
    assert_eq!(label_of(text, "contest"), Label::Named);
}

/// "Trump recently hired Paul Manafort", "Sanders captured Vermont":
/// deeds done hold no claim.
#[test]
fn deeds_done_hold_no_claim() {
    let text = "Mayor Lena Ruiz spoke on Monday. Ruiz recently hired a seasoned operative. She \
                captured the primary in Ohio.";
    assert_unattributed(&audit(text), text, &["hired", "captured"]);
}

/// "Sanders' fundraising email to his supporters notes that ... "...."":
/// a document sent to someone is its sender's, past a plural possessive
/// and a modifier (not "in order to", nor "logs to trace").
#[test]
fn a_document_sent_to_someone_is_its_senders() {
    let text = "Ray Hughes spoke on Monday. Hughes' fundraising email to his supporters notes \
                that Ann Kim \"is a civil rights attorney.\"";
    let report = audit(text);
    let s = sentence(&report, text, "attorney");
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].source.resolved, Some("Ray Hughes"));
    let text = "His campaign sent out a text message to supporters saying: \"With your help, we \
                won.\"";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Quoted);
    assert_eq!(sources_of(&report.sentences[0]), ["His campaign"]);
    let text = "The fund will require cash returns in order to finance all promised benefits.";
    assert_eq!(label_of(text, "benefits"), Label::Unattributed);
}

/// The code review of the second sample's rules found them misfiring on
/// these; each stays as it was before those rules.
#[test]
fn the_second_code_reviews_misfires_stay_mended() {
    // A text that opens with a colon is no label.
    let _ = audit(": \"a\"");
    // An inverted tag, however long its subject, is no list of acts.
    let text = "The vote was delayed, added a spokesman for the Department of Homeland Security.";
    let report = audit(text);
    assert!(sources_of(&report.sentences[0])[0].starts_with("a spokesman"));
    // A refusal to endorse someone named is a position.
    let text = "Sen. Ben Lund will never endorse Vega.";
    assert_eq!(label_of(text, "Vega"), Label::Official);
    // A think tank stays unnamed.
    let text = "A Washington think tank said the plan would fail.";
    assert_eq!(label_of(text, "fail"), Label::Anonymous);
    // Farmers at a rally who support tariffs hold a view.
    let text = "Many of the farmers at the rally support the tariffs.";
    assert_eq!(label_of(text, "tariffs"), Label::Anonymous);
    // "Just Stop Oil:" names a speaker.
    let text = "Just Stop Oil: \"We will be back.\"";
    assert_eq!(label_of(text, "back"), Label::Quoted);
}

#[test]
fn a_quotation_left_open_ends_before_the_next_speakers_colon() {
    // The first mark is never closed; the colon shows the second one opens.
    let text = "Ali Reza, who was held for two years, said: \"I lost my youth. He added: \
                \"They wanted to break me.\" The ministry denied the claims, saying it \
                banned abuse. Lawyer Ann Dale said: \"The pattern is clear.\" The men were \
                freed in May.";
    let report = audit(text);
    assert_eq!(label_of(text, "ministry denied"), Label::Official);
    assert_eq!(label_of(text, "freed in May"), Label::Unattributed);
    let s = sentence(&report, text, "pattern");
    assert_eq!(s.attributions[0].source.resolved, Some("Ann Dale"));
    let s = sentence(&report, text, "break me");
    assert_eq!(sources_of(s), ["He"]);
}

#[test]
fn things_that_go_on_and_replies_by_deed_say_nothing() {
    let text = "The list of sponsors goes on.";
    assert_eq!(label_of(text, "sponsors"), Label::Unattributed);
    let text = "Despite the rain, the festival goes on.";
    assert_eq!(label_of(text, "rain"), Label::Unattributed);
    // A speaker going on is still one.
    let text = "It was over, he went on.";
    assert_eq!(label_of(text, "over"), Label::Named);
    let text = "The council responded by abruptly closing the park.";
    assert_eq!(label_of(text, "park"), Label::Unattributed);
    let text = "Mayor Ann Lee responded by saying the plan was unfair.";
    assert_eq!(label_of(text, "unfair"), Label::Official);
}

#[test]
fn jobs_deals_and_records_kept_are_no_claims() {
    for text in [
        "The staff used records maintained by the Harlow Data Company.",
        "Lee campaigned all week without mentioning her rival.",
        "Lawyers defending Ann Kolb called a former aide as a witness.",
        "Last week, Vantel agreed to a buyout by Corvex Group.",
        "Lee chaired the party for a decade.",
        "Tom Ray submitted the family's cookie recipe.",
        "The files include 64 emails now deemed secret.",
        "A Home Office spokesman said he could not comment on the case.",
        "Police said they couldn't comment.",
    ] {
        assert_eq!(label_of(text, "."), Label::Unattributed, "{text}");
    }
}

#[test]
fn suspicions_and_verdicts_are_views() {
    let text = "Because Ray did it before, people suspected that he was behind this one.";
    assert_eq!(label_of(text, "suspected"), Label::Anonymous);
    let text = "FactWatch deemed those statements false.";
    assert_eq!(label_of(text, "false"), Label::Named);
    let text = "The ministry has deemed the claims baseless.";
    assert_eq!(label_of(text, "baseless"), Label::Official);
}

#[test]
fn asides_of_place_and_time_stand_between_subject_and_verb() {
    let text = "Mr Okafor, 32, from Wembley, London, said he was beaten.";
    let report = audit(text);
    assert!(sources_of(&report.sentences[0])[0].starts_with("Mr Okafor"));
    let text = "Ann Lee, the party chairman, this past week announced a new website.";
    assert_eq!(label_of(text, "website"), Label::Official);
    let text = "Peru has in the past said it sees the ban as political.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Peru"]);
}

#[test]
fn a_prize_winner_stands_for_the_person_named_before() {
    let text = "Tom Hale stars in the film. \"Winter is a special time,\" said the two-time \
                Academy Award winner. Ray Bolt spoke next. The former Heisman Trophy winner \
                said he backs the plan.";
    let report = audit(text);
    let s = sentence(&report, text, "Winter");
    assert_eq!(s.attributions[0].source.resolved, Some("Tom Hale"));
    let s = sentence(&report, text, "backs");
    assert_eq!(s.attributions[0].source.resolved, Some("Ray Bolt"));
}

#[test]
fn departments_named_with_and_are_one_body() {
    let text = "The Department of Trade and Industry said the plan was safe. It said waste \
                would be returned.";
    let report = audit(text);
    let s = sentence(&report, text, "waste");
    assert_eq!(
        s.attributions[0].source.resolved,
        Some("Department of Trade and Industry")
    );
}

#[test]
fn a_refusal_with_its_reason_is_a_claim() {
    let text = "Party chairman Phil Roe said he cannot comment on the letter because he has \
                not seen it.";
    assert_eq!(label_of(text, "letter"), Label::Official);
}

#[test]
fn an_adverb_may_open_the_documents_after_according_to() {
    let text = "But according to recently leaked Harlow Party documents, the party took the money.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["recently leaked Harlow Party documents"]
    );
}

#[test]
fn a_headlines_office_is_its_holder_not_its_place() {
    let text = "Gov. Ann Vale spoke on Friday. Ohio governor says the plan is fine.";
    let report = audit(text);
    let s = sentence(&report, text, "plan");
    assert_eq!(s.attributions[0].source.resolved, Some("Ann Vale"));
    // One of many stays unnamed; a body's spokesman is the body's.
    let text = "Philippine lawmaker wants the singer banned.";
    assert_eq!(label_of(text, "banned"), Label::Anonymous);
    let text = "Harlow Party spokesman says the plan is fine.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Harlow Party")
    );
}

#[test]
fn a_piece_is_the_outlet_cited_last() {
    let text = "The Harlow Gazette reported the vote on Friday. The story also noted that only \
                one member backs the plan.";
    let report = audit(text);
    let s = sentence(&report, text, "noted");
    assert_eq!(s.label, Label::Named);
    assert_eq!(s.attributions[0].source.resolved, Some("Harlow Gazette"));
}

#[test]
fn guesses_candour_and_things_added_are_no_claims() {
    for text in [
        "And if she lost, people would say her career was over.",
        "It is an agenda a President Vega could actually hope to see work.",
        "Ray is a man who speaks and tweets his mind freely.",
        "The duo are taking over the show, adding celebrity news, interviews and banter.",
    ] {
        assert_eq!(label_of(text, "."), Label::Unattributed, "{text}");
    }
    // A position in a condition's consequence is held; words added say.
    let text = "If he were elected, Lt. Gov. Carl Ruiz would support the funding plan.";
    assert_eq!(label_of(text, "funding"), Label::Official);
    let text = "Lee praised the plan, adding voters were angry.";
    assert_eq!(sources_of(&audit(text).sentences[0]), ["Lee", "Lee"]);
    let text = "Gore insisted it was premature, while adding on climate matters, \"I have no \
                doubt.\"";
    assert_eq!(label_of(text, "premature"), Label::Quoted);
}

#[test]
fn results_money_and_plights_are_no_claims() {
    for text in [
        "Ann Reyes won in May. Reyes raised $11.9 million in February.",
        "Tom Hale spoke. Hale contributed $300,000 to a group backing the governor.",
        "Ann Reyes spoke. Reyes basically tied Vega in the caucuses.",
        "Ray Dunn spoke. Dunn ended his bid after a loss last week.",
        "Ray Dunn played. Dunn suffered knee ligament damage in the final.",
        "Ray Dunn played. He then produced a love service game to finish the match.",
        "Popular portals such as Sina.com maintain a close eye on content.",
        "Vega spoke. Vega led the field, but he also maintained above-average costs for it.",
        "She clinched a majority of regular, pledged delegates.",
        "The Harlow Tribune found itself playing host to the candidates.",
        "Vega won the set thanks to breaks in the third game.",
    ] {
        let report = audit(text);
        let last = report.sentences.last().unwrap();
        assert_eq!(last.label, Label::Unattributed, "{text}");
    }
    // Holding a view is still one.
    let text = "Vega spoke. Vega maintained his innocence.";
    assert_eq!(label_of(text, "innocence"), Label::Named);
    let text = "The Harlow Tribune found that the mayor had lied.";
    assert_eq!(label_of(text, "lied"), Label::Named);
}

#[test]
fn deeds_named_by_verbs_of_saying_are_no_positions_of_a_known_person() {
    for text in [
        "Ann Vega won. Vega spoke for 77 minutes, and supporters started to flag.",
        "Ann Vega won. Supporters snapped her picture in unison.",
        "Investors have snapped up shares in Harlow Air.",
        "Ann Vega won. Just hours later, Vega found herself in an awkward position.",
        "Ray Dunn won. Dunn responded by settling a dispute with his rival.",
        "The firm agreed to a settlement. It did not admit wrongdoing.",
    ] {
        let report = audit(text);
        let last = report.sentences.last().unwrap();
        assert_eq!(last.label, Label::Unattributed, "{text}");
    }
}

#[test]
fn a_heights_inches_leave_the_quotation_that_follows_whole() {
    let text = "Ray Dunn is 5’2” tall. “You know what they say about small hands? You can’t \
                trust them,” Dunn said.";
    let report = audit(text);
    let s = sentence(&report, text, "small hands");
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(sources_of(s), ["Dunn"]);
}

/// The code review of the sixteenth review's rules found them misfiring on
/// these; each is mended.
#[test]
fn the_sixteenth_code_reviews_misfires_stay_mended() {
    // A refusal followed by a claim, or holding a source of its own.
    let text = "The spokesman said he could not comment on the case and that officers had \
                acted properly.";
    assert_eq!(label_of(text, "properly"), Label::Official);
    // An indirect question is no condition.
    let text = "Asked if the plan was dead, Smith would say it was not.";
    assert_eq!(label_of(text, "dead"), Label::Named);
    // "deemed" with its object after it is a verdict; as an aside, no claim.
    let text = "The inspectors deemed the building unsafe.";
    assert_eq!(label_of(text, "unsafe"), Label::Anonymous);
    // (As an aside with its agent, the agent's view: the second review
    // kept it so.)
    let text = "The measures, deemed insufficient by Democrats, failed to pass.";
    assert_eq!(label_of(text, "measures"), Label::Anonymous);
    let text = "Israel freed prisoners, including some it deemed terrorists.";
    assert_eq!(label_of(text, "terrorists"), Label::Unattributed);
    // Going on to words in quotation marks.
    let text = "Smith went on, \"We will never give up.\"";
    assert_eq!(label_of(text, "give up"), Label::Quoted);
    // A reply in a statement; words added with a clause's verb.
    let text = "The company responded by releasing a statement denying the claims.";
    assert_eq!(label_of(text, "denying"), Label::Official);
    let text = "The central bank raised rates on Thursday, adding inflation remained too high.";
    assert_eq!(label_of(text, "inflation"), Label::Official);
    // Only lawyers defending someone are named by their job.
    let text = "Republicans defending Vega said the memo was fake.";
    assert_eq!(label_of(text, "memo"), Label::Anonymous);
    // A piece long after the outlet is another text.
    let text = "Reuters reported the vote. The Constitution is clear on this. The article says \
                Congress shall make no law.";
    assert_eq!(label_of(text, "Congress"), Label::Official);
}

#[test]
fn a_gesture_beside_a_quotation_tags_it() {
    for text in [
        "“This is fantastic!” beamed Don Hart of Selma, Alabama, who came early.",
        "“This is fantastic,” Hart beamed.",
        "“This is fantastic,” he smiled.",
    ] {
        assert_eq!(label_of(text, "fantastic"), Label::Quoted, "{text}");
    }
    // Away from the quotation's side, a gesture is only one.
    let text = "Vega smiled as the crowd chanted “Four more years!”";
    assert_eq!(label_of(text, "crowd"), Label::Unattributed);
    let text = "As for the rumours, many laughed at the idea.";
    assert_eq!(label_of(text, "rumours"), Label::Unattributed);
}

#[test]
fn a_surname_that_is_a_title_follows_a_middle_initial() {
    let text = "“It is hard,” said Representative Peter T. King, Republican of New York.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Peter T. King")
    );
    let text = "Diego Ruiz lost in Paris. The Argentine had stoked the contest by saying he \
                was tired.";
    assert_eq!(resolved_in(text, "tired"), Some("Diego Ruiz"));
}

#[test]
fn a_name_with_itself_is_a_body() {
    let text = "Brock itself said the deal was on.";
    assert_eq!(label_of(text, "deal"), Label::Official);
}

#[test]
fn an_office_named_by_its_brief_is_its_holder() {
    let text = "Foreign Secretary Jack Straw spoke. The Foreign Secretary said it was fine.";
    assert_eq!(resolved_in(text, "fine"), Some("Jack Straw"));
    let text = "Ana Ruiz, the economics minister, spoke. The Indonesian Economics Minister \
                explained that the money was a loan.";
    assert_eq!(resolved_in(text, "loan"), Some("Ana Ruiz"));
}

#[test]
fn a_work_someone_wrote_reports_none_of_its_words() {
    let text = "Zach Bell won the award for Garden State, which he wrote, directed and starred in.";
    assert_eq!(label_of(text, "award"), Label::Unattributed);
    // What he said of it is still his.
    let text = "Zach Bell spoke. The plan, which he said was flawed, died.";
    assert_eq!(label_of(text, "flawed"), Label::Named);
}

/// The second code review of this session's rules found them misfiring
/// on these; each is mended.
#[test]
fn the_sixteenth_second_code_reviews_misfires_stay_mended() {
    // Gestures tag only a quotation that opens their sentence.
    let text = "The minister has laughed at the idea.";
    assert_eq!(label_of(text, "idea"), Label::Unattributed);
    let text = "When the crowd began chanting “Lock her up,” Vega smiled.";
    assert_eq!(label_of(text, "crowd"), Label::Unattributed);
    // Refusals on any topic; an indirect question's "would say" is no claim.
    for text in [
        "A spokesman said he could not comment on the report.",
        "A spokesman said he could not comment on matters that are under investigation.",
        "It is unclear if Lee would say more.",
    ] {
        assert_eq!(label_of(text, "."), Label::Unattributed, "{text}");
    }
    // Verdicts and claims kept.
    let text = "Many analysts deemed the plan a failure.";
    assert_eq!(label_of(text, "failure"), Label::Anonymous);
    let text = "Ann Lee spoke. Lee maintained her office had done nothing wrong.";
    assert_eq!(label_of(text, "wrong"), Label::Named);
    let text = "Ann Vega spoke. Vega raised the possibility that the vote would be delayed.";
    assert_eq!(label_of(text, "delayed"), Label::Named);
    let text = "The Harlow Tribune itself reported the story.";
    assert_eq!(label_of(text, "story"), Label::Named);
    // A state's name ends a sentence; a title's abbreviation does not.
    let text = "Lee said: \"We won in Iowa. Cruz added: \"No.\" Police left.";
    let report = audit(text);
    assert_eq!(sources_of(sentence(&report, text, "Iowa")), ["Lee"]);
    // An adjective after an article is no clause's verb.
    let text = "The firm unveiled the phone, adding features such as an improved camera.";
    assert_eq!(label_of(text, "camera"), Label::Unattributed);
}

#[test]
fn a_bodys_plural_verb_before_its_clause_is_a_verb() {
    let text = "Sources close to her campaign say she stands behind the plan.";
    assert_eq!(label_of(text, "plan"), Label::Anonymous);
    let text = "The government say it will act.";
    assert_eq!(label_of(text, "act"), Label::Official);
    // A noun still after a body's noun, or a participle after "to".
    let text = "Others could buy a government plan like Medicare.";
    assert_eq!(label_of(text, "Medicare"), Label::Unattributed);
    let text =
        "Lib Dem chairman Matt Tay has written to the watchdog saying the calls were illegal.";
    let report = audit(text);
    assert_ne!(sources_of(&report.sentences[0]), ["the watchdog"]);
}

#[test]
fn a_headlines_verb_ends_the_name_before_it() {
    let text =
        "Ann Vega Wins Delaware Primary.\n\nVega spoke at a rally. “I am grateful,” she said.";
    assert_eq!(resolved_in(text, "grateful"), Some("Ann Vega"));
}

#[test]
fn data_from_a_named_body_show_their_finding() {
    let text = "Data from the Halden Statistics Bureau show incomes rose.";
    assert_eq!(label_of(text, "incomes"), Label::Official);
    let text = "Figures from Pollwise suggest turnout fell.";
    assert_eq!(
        sources_of(sentence(&audit(text), text, "turnout")),
        ["Figures from Pollwise"]
    );
    // A programme still, when no plural finding governs the name.
    let text = "The Halden Radio show aired.";
    assert_eq!(label_of(text, "aired"), Label::Unattributed);
}

#[test]
fn a_post_at_a_body_before_or_after_a_name_is_official() {
    for text in [
        "NUJ official Barry Hale said the company had ignored the rules.",
        "BBC executive Moira Dunn said the channel would add shows.",
        "Ed Warde, an official at the Harlow Housing Authority, said repairs would stop.",
        "A longtime HFA official, Ruth Ingle, said the award was earned.",
    ] {
        assert_eq!(label_of(text, "said"), Label::Official, "{text}");
    }
    // Alone, an official is an unnamed member; an adjective holds no post.
    let text = "An official at the firm said sales fell.";
    assert_eq!(label_of(text, "sales"), Label::Anonymous);
    let text = "Piet Moss, executive partner of Moss Lane, said the deal was done.";
    assert_eq!(label_of(text, "deal"), Label::Named);
}

#[test]
fn a_counted_people_is_no_person_for_a_later_pronoun() {
    let text = "The matchup is irresistible: Pope Karl Oster, leader of the world's 1.2 \
                billion Roman Catholics, the pope of the poor who has washed the feet of \
                prisoners, versus Dana Whitby, a billionaire who kneels to no one.\n\n\
                Indeed, Oster's message is a call to all believers, including members of \
                the Roman Catholic Church. He has challenged his own bishops to be humbler. \
                His critique is moral, as he laments a “throwaway culture” of waste.";
    assert_eq!(resolved_in(text, "critique"), Some("Karl Oster"));
}

#[test]
fn an_office_named_by_a_regions_adjectives_is_its_holder_not_the_region() {
    let text = "The South American pope said the wall was wrong.";
    assert_eq!(resolved_in_or_none(text, "wall"), None);
    let text = "Pope Karl Oster arrived. The South American pope said the wall was wrong.";
    assert_eq!(resolved_in(text, "wall"), Some("Karl Oster"));
}

#[test]
fn a_foreign_paper_of_the_lexicon_is_an_outlet() {
    let text = "“Nobody is above the law,” declared La Stampa in Italy.";
    let report = audit(text);
    assert_eq!(report.sentences[0].attributions[0].source.role, Role::Media);
}

#[test]
fn qualities_acquaintance_dangers_and_appearances_are_no_claims() {
    for text in [
        "She also proved adept at dodging questions she preferred not to answer.",
        "Betsy Lang of Burke County knows Dana Whitby in a way few people do.",
        "Few voters know the Republican candidate whose rallies draw thousands.",
        "That is troubling because it threatens the work economists did.",
        "Had anyone searched, the e-mails would have shown up.",
        "None of the three laid out a plan to end the war.",
    ] {
        assert_eq!(label_of(text, "."), Label::Unattributed, "{text}");
    }
    // Knowledge of a fact and a threat of a deed are claims.
    let text = "Betsy Lang knows Whitby is lying.";
    assert_eq!(label_of(text, "lying"), Label::Named);
    let text = "Dana Whitby threatened to sue the paper.";
    assert_eq!(label_of(text, "sue"), Label::Named);
}

#[test]
fn combining_marks_and_mojibake_stay_inside_their_word() {
    // Decomposed accents ("a" then U+0301), and the debris of a name decoded
    // in the wrong code page ("Ã" U+0303 U+0083 "Â" U+0302 "¡").
    for name in [
        "Ramo\u{301}n Sua\u{301}rez",
        "Ramo\u{303}\u{83}A\u{302}\u{a1}n Suarez",
    ] {
        let text = format!("{name}, a former ambassador, spoke. “We must act,” {name} said.");
        let report = Auditor::new().audit(&text);
        let s = &report.sentences[1];
        assert_eq!(s.label, Label::Quoted, "{text}");
        assert_eq!(s.attributions[0].source.resolved, Some(name), "{text}");
    }
}

#[test]
fn an_honorific_of_the_other_gender_is_someone_new() {
    // (A headline's "Mrs Lund" first, then her husband by his given name.)
    let text = "Mrs Lund gets key election role\n\nPeter Lund's ex-model wife, Sandra, is to \
                play a leading role in the campaign. Mr Lund will host a news conference every \
                morning. In an interview she said she often criticised her husband.";
    let report = audit(text);
    let s = sentence(&report, text, "criticised");
    assert_ne!(s.attributions[0].source.resolved, Some("Peter Lund"));
}

#[test]
fn passives_nothing_announced_and_letting_know_are_no_claims() {
    for text in [
        "Vega urged to stay in race.",
        "Lee was fined and told to surrender his passport.",
        "The Tribune has announced no plans to go tabloid.",
        "He is a manager who will let players know where they stand.",
    ] {
        assert_eq!(label_of(text, "."), Label::Unattributed, "{text}");
    }
    let text = "Ann Vega urged voters to stay home.";
    assert_eq!(label_of(text, "home"), Label::Named);
}

#[test]
fn chiefs_of_a_body_unnamed_are_anonymous() {
    let text = "But Harlow campaign chiefs say there are no plans for a debate.";
    assert_eq!(label_of(text, "debate"), Label::Anonymous);
}

#[test]
fn a_plurals_possessive_claim_names_its_owners() {
    let text = "Despite experts' warnings that it would fail, the plan went ahead.";
    assert_eq!(label_of(text, "plan"), Label::Anonymous);
    let text = "Ann Lee dismissed Tom Vickers’ accusations that her campaign broke the law.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Ann Lee", "Tom Vickers"]);
    // A claim in an opening adjunct leaves the main clause its speaker.
    let text = "In response to Vickers' charge that she had been weak, she said she had won.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Vickers", "she"]);
}

#[test]
fn noticing_a_fact_and_wishing_are_claims_greetings_are_not() {
    let text = "Fox News’ Bret Vane noticed that none of the networks cut away.";
    assert_eq!(label_of(text, "networks"), Label::Named);
    let text = "But progressives in particular wish the White House had pushed harder.";
    assert_eq!(label_of(text, "harder"), Label::Anonymous);
    for text in [
        "We wish him well.",
        "She noticed the car.",
        "Vega is on his convention wish list.",
        "Workers could stay on if they wished.",
    ] {
        assert_eq!(label_of(text, "."), Label::Unattributed, "{text}");
    }
}

#[test]
fn a_bodys_name_goes_on_through_its_members_after_of() {
    for (text, body) in [
        (
            "The Union of Concerned Scientists said crime fell.",
            "Union of Concerned Scientists",
        ),
        (
            "The National Union of Journalists said it stood firm.",
            "National Union of Journalists",
        ),
        (
            "The Association of Chief Police Officers said crime fell.",
            "Association of Chief Police Officers",
        ),
        (
            "Earlier the Royal College of Physicians said it opposed the plan.",
            "Royal College of Physicians",
        ),
    ] {
        assert_eq!(label_of(text, "said"), Label::Official, "{text}");
        assert_eq!(resolved_in(text, "said"), Some(body), "{text}");
    }
    // A post at such a body, then its holder, is the holder.
    let text = "Head of genetics at the National Institute of Medical Research, Professor \
                Ann Vale, said she had seen it.";
    assert_eq!(resolved_in(text, "seen"), Some("Ann Vale"));
}

#[test]
fn the_company_owning_a_paper_speaks_as_a_company() {
    let text = "The Telegraph Group says the cuts are needed.";
    assert_eq!(label_of(text, "cuts"), Label::Official);
    let text = "The Telegraph said the cuts are needed.";
    assert_eq!(label_of(text, "cuts"), Label::Named);
}

#[test]
fn a_court_declaration_with_its_agent_past_a_place_is_sourced() {
    let text = "Officials searched three inboxes, according to a declaration filed in federal \
                court by John Hale, director of the Office of Records.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Official);
    assert_eq!(s.attributions[0].source.resolved, Some("John Hale"));
}

#[test]
fn a_sentence_adverb_before_an_opening_clause_leaves_the_main_speaker() {
    let text = "Interestingly, after the department asked Mills to search her e-mails, \
                Hale said that one e-mail helped.";
    let report = audit(text);
    assert!(sources_of(&report.sentences[0]).contains(&"Hale"));
}

#[test]
fn a_clause_withholding_the_name_makes_the_speaker_anonymous() {
    let text = "“One man came in and said we should leave,” said the woman, who like many in \
                the town did not want to be quoted by name because of the sensitivity of the \
                issue. “Too much hate,” she said.";
    assert_eq!(label_of(text, "leave"), Label::Anonymous);
    assert_eq!(label_of(text, "hate"), Label::Anonymous);
    for text in [
        "A cashier, who declined to be named, said business was slow.",
        "A waitress, who declined to give her name, said business was slow.",
    ] {
        assert_eq!(label_of(text, "business"), Label::Anonymous, "{text}");
    }
}

#[test]
fn a_restrictive_clause_describes_an_unnamed_source() {
    let text = "A man who worshiped here said prices fell.";
    assert_eq!(label_of(text, "prices"), Label::Anonymous);
    let text = "A man who lives in Ohio said prices fell.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["A man who lives in Ohio"]
    );
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    // The names inside the clause are not the source's.
    let text = "Voters who backed Dana Vega said they liked the plan.";
    assert_eq!(label_of(text, "plan"), Label::Anonymous);
    let text = "Sen. Jim Wheel who represents the city said the plan failed.";
    assert_eq!(label_of(text, "plan"), Label::Official);
}

#[test]
fn shares_deeds_in_reply_writers_questions_and_gotten_passives_are_no_claims() {
    for text in [
        "Vega's standing trails Lund's 62 percent support.",
        "The agency responded with the lawsuit on Monday.",
        "The rebels pressed on as the army claims more territory.",
        "The ruling has given added fuel to the argument.",
        "Does he know what that entails?",
        "Ann Vega Just Got Asked About the Budget.",
        "He got asked by reporters about it.",
        "Lund leads, although history says there can be upheavals.",
    ] {
        assert_eq!(label_of(text, &text[..4]), Label::Unattributed, "{text}");
    }
    // A question in quotation marks is the speaker's.
    let text = "“Does he know what that entails?” Lee asked.";
    assert_eq!(label_of(text, "entails"), Label::Quoted);
}

#[test]
fn they_after_unnamed_people_in_its_sentence_stands_for_them() {
    let text = "That frustrates many analysts because they believe that a shift will come.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(s.attributions[0].source.resolved, Some("many analysts"));
}

#[test]
fn according_to_an_object_pronoun_is_its_person() {
    let text = "Jorge Vela is a journalist. He left Mexico after, according to him, a network \
                censored his report.";
    assert_eq!(resolved_in(text, "censored"), Some("Jorge Vela"));
    // A possessive before its noun is no such pronoun.
    let text = "According to her “clawback” plan, firms must repay aid.";
    assert_ne!(label_of(text, "firms"), Label::Quoted);
}

#[test]
fn works_records_shares_begging_and_programmes_are_no_claims() {
    for text in [
        "He hosts a show, writes a weekly column and appears on radio.",
        "She released four number ones from her debut album.",
        "Vega locked in support from older voters.",
        "Dozens of children are beaten or abused while begging.",
        "Footage was filmed by two crews, one from a local cable show.",
    ] {
        assert_eq!(label_of(text, &text[..4]), Label::Unattributed, "{text}");
    }
    // Words written in a column are reported.
    let text = "Lee wrote in his column that the vote was rigged.";
    assert_eq!(label_of(text, "rigged"), Label::Named);
}

#[test]
fn a_bodys_president_leaves_the_president_to_the_head_of_state() {
    let text = "President Dana Whitby spoke on Monday. Harbour Bank President Jim Kell praised \
                the deal. The president also said that he imagined a quiet sunset.";
    assert_eq!(resolved_in(text, "sunset"), Some("Dana Whitby"));
}

#[test]
fn the_one_asked_answers_the_question() {
    let text = "Florida Sen. Mark Rubin spoke. Sam Earl then asked Rubin which states he could \
                win. “Well, we feel great in all of them. We will win,” he said.";
    assert_eq!(resolved_in(text, "feel great"), Some("Mark Rubin"));
    // A request is no question; the asker's own story keeps its speaker.
    let text = "Officials asked Dana Wells to convene a meeting. Jo Ames, 19, sat in the last \
                row. At the end, she said she had no idea.";
    assert_eq!(resolved_in(text, "no idea"), Some("Jo Ames"));
}

#[test]
fn a_straight_mark_against_a_typographic_one_is_no_quotation() {
    let text = "Sen. Mark Rubin spoke.\n\n\"“You don’t win by how many states you win,” Rubin \
                responded before adding that he must win some states.\"";
    let report = audit(text);
    let s = sentence(&report, text, "responded");
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].source.text, "Rubin");
}

#[test]
fn turning_stepping_and_appearing_to_have_are_no_claims() {
    for text in [
        "Sania Mirra spoke. Mirra, who lives in Hyderabad, turned professional two years ago.",
        "Ann Vega spoke. Vega stepped down as chair on July 24.",
        "Ann Vega spoke. Vega appeared to have the most to gain.",
    ] {
        let report = audit(text);
        assert_eq!(report.sentences[1].label, Label::Unattributed, "{text}");
    }
    let text = "Ann Vega spoke. Vega appeared to acknowledge the gap.";
    assert_eq!(label_of(text, "gap"), Label::Named);
}

/// The code review of the seventeenth review's rules found them misfiring
/// on these; each is mended.
#[test]
fn the_seventeenth_code_reviews_misfires_stay_mended() {
    // A sentence opening with "The X show" (a subtraction once underflowed).
    let text = "The NBC show suggested it.";
    let _ = audit(text);
    // Another's name withheld is no anonymity of the speaker's.
    let text = "“It is a disgrace,” said Sen. Ellen Warne, who did not mention Vega by name.";
    assert_eq!(label_of(text, "disgrace"), Label::Quoted);
    // A named speaker's "they" is not the people they visited.
    let text = "Smith and Jones visited several residents before they said the plan was dead.";
    assert_ne!(label_of(text, "plan"), Label::Anonymous);
    // A view none of them holds is still theirs.
    let text = "None of the analysts surveyed expect a rate hike.";
    assert_eq!(label_of(text, "hike"), Label::Anonymous);
    for (text, label) in [
        (
            "Polls show up to 40 percent of voters are undecided.",
            Label::Anonymous,
        ),
        ("Police announced no one had been injured.", Label::Official),
        (
            "The Harlow army threatened the city with a strike.",
            Label::Official,
        ),
        (
            "Paul Krugman wrote a column arguing that the stimulus was too small.",
            Label::Named,
        ),
        (
            "Many residents wish to see the plant closed.",
            Label::Anonymous,
        ),
        (
            "Officials warned to expect delays on the roads.",
            Label::Anonymous,
        ),
        (
            "The militants claimed control of the town.",
            Label::Anonymous,
        ),
        (
            "The MPs who make up the Commons Public Accounts Committee said it failed.",
            Label::Official,
        ),
        (
            "Former tech executive Carla Fenn said the plan would fail.",
            Label::Named,
        ),
        (
            "Neither party wished to comment on the words.",
            Label::Unattributed,
        ),
    ] {
        assert_eq!(label_of(text, &text[..6]), label, "{text}");
    }
    // Spans: a verb before a plural's possessive, an apostrophe ending a
    // clause.
    let text = "The government ignored critics' warnings that the dam would fail.";
    assert_eq!(sources_of(&audit(text).sentences[0]), ["critics"]);
    let text = "It means including people who have responded to Vega's call for change.";
    assert!(!sources_of(&audit(text).sentences[0])
        .iter()
        .any(|s| s.starts_with("It means")));
}

#[test]
fn what_some_call_and_critics_who_called_it_name_their_holders() {
    let text = "Vega's allies have been startled by what some call Lund's unsubtle attacks.";
    assert_eq!(label_of(text, "startled"), Label::Anonymous);
    let text = "Lund attacked critics who called the remarks sexist.";
    assert_eq!(label_of(text, "sexist"), Label::Anonymous);
    // A call made, no naming.
    let text = "Fox News called the race for Vega an hour after the polls closed.";
    assert_ne!(label_of(text, "race"), Label::Anonymous);
}

/// The second code review of the seventeenth review's rules found these
/// misfiring; each is mended.
#[test]
fn the_seventeenth_second_code_reviews_misfires_stay_mended() {
    for (text, label) in [
        (
            "Only 40 people showed up to the meeting.",
            Label::Unattributed,
        ),
        ("Travellers warned to expect delays", Label::Unattributed),
        (
            "She writes a weekly column that appears in 50 newspapers.",
            Label::Unattributed,
        ),
        (
            "Two Republicans who sit on the Intelligence Committee said it failed.",
            Label::Anonymous,
        ),
        (
            "Tech executive Carla Fenn said the plan would fail.",
            Label::Named,
        ),
        (
            "Sen. Ellen Warne, who declined to share their names, said staff quit.",
            Label::Official,
        ),
        (
            "Police arrested a man who called the lead detective.",
            Label::Unattributed,
        ),
        (
            "It is unclear what officials call the new program.",
            Label::Unattributed,
        ),
        (
            "The minister appeared to have confirmed that talks had stalled.",
            Label::Official,
        ),
        (
            "Neither party wished to comment on the words.",
            Label::Unattributed,
        ),
    ] {
        assert_eq!(label_of(text, &text[..6]), label, "{text}");
    }
    // A repeated pull quote wrapped in a stray straight mark keeps its
    // speaker.
    let text = "“If I were a donor, I’d want answers,” said a party official. “That is what \
                I would read.”\n\n\"“If I were a donor, I’d want answers. That is what I would \
                read.”\"";
    let report = audit(text);
    assert_eq!(report.sentences[2].label, Label::Anonymous);
    // A question only reported is no question put to the one named.
    let text = "Dana Vale held a rally in Ohio on Monday. Vale said he asked Chris Kell about \
                the polls. “They are terrible for Lund,” he said.";
    assert_eq!(resolved_in(text, "terrible"), Some("Dana Vale"));
}

/// "Mr. Lund, the former administration adviser": a body's noun that
/// describes a person's makes the person no body; the former adviser is
/// the man named before, and speaks as a person.
#[test]
fn a_body_noun_before_a_persons_noun_names_no_body() {
    let text = "Peter J. Lund, a former Treasury official, said the deal would fail. Mr. Lund, \
                the former administration adviser, said Moscow would not comply.";
    assert_eq!(label_of(text, "Mr. Lund"), Label::Named);
    assert_eq!(resolved_in(text, "Moscow"), Some("Peter J. Lund"));
    // The body's noun heading the appositive still names a body.
    let text = "Brightwave, the agency that licenses radio, said the rules would change.";
    assert_eq!(label_of(text, "Brightwave"), Label::Official);
}

/// "The Committee to Protect Bloggers": a body's name goes on after "to"
/// with its cause, a capitalised verb and object; "it" is then the body.
#[test]
fn a_bodys_name_goes_on_with_its_cause_after_to() {
    let text = "The Campaign to Protect Ferries is asking the council to keep the route. It \
                said the closure was unlawful.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["The Campaign to Protect Ferries"]
    );
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(
        resolved_in(text, "closure"),
        Some("Campaign to Protect Ferries")
    );
}

/// "G.K. Butterfield of North Carolina": initials written as one word keep
/// the name whole, so the place after it is no speaker.
#[test]
fn initials_written_as_one_word_open_a_name() {
    let text = "Caucus Chairman T.R. Holloway of South Carolina said he was outraged.";
    assert_eq!(resolved_in(text, "outraged"), Some("T.R. Holloway"));
    let text = "In the U.S. Lamont said the plan worked.";
    assert_eq!(sources_of(sentence(&audit(text), text, "plan")), ["Lamont"]);
}

/// "The Commission" after "the European Commission": a body's noun with
/// a capital after "the" is the body named in full; "the House" after
/// "the White House" is another body.
#[test]
fn a_bodys_capitalised_noun_is_the_body_named_in_full() {
    let text = "The Northern Rail Commission has objected to the fares. The Commission believes \
                prices are too high.";
    assert_eq!(
        resolved_in(text, "prices"),
        Some("Northern Rail Commission")
    );
    let text = "The White House has objected to the bill. The House said the bill would pass.";
    assert_ne!(resolved_in_or_none(text, "would pass"), Some("White House"));
}

/// Deeds that report no words, whoever does them: a picture posted, a
/// speech delivered with no words reported, a likeness, a reply in deeds
/// after what it answers, a comeback, a pose, a kick.
#[test]
fn pictures_posted_speeches_given_and_likenesses_hold_no_claim() {
    for text in [
        "Dana Welk posted a photo of herself and her son.",
        "Dana Welk will deliver her acceptance speech at the convention.",
        "Meanwhile, Carl Odom reminds us of the houseguest who won't leave.",
        "Carl Odom reportedly reacted to the ruling by tossing his badge on the floor.",
        "After the loss, Senator Carl Odom roared back in the next state.",
        "Carl Odom posed for a picture with every senator.",
        "Jean-Paul Ekra twisted and turned on the edge of the area.",
        "Carl Odom kicked all of the side's points.",
    ] {
        assert_eq!(label_of(text, &text[..8]), Label::Unattributed, "{text}");
    }
    // Words posted, a speech's words, a reminder given are claims.
    for text in [
        "Dana Welk posted on Facebook that the plan was weak.",
        "Dana Welk delivered a speech blaming the mayor for the floods.",
        "Carl Odom reminded voters that he had won the county.",
    ] {
        assert_eq!(label_of(text, &text[..8]), Label::Named, "{text}");
    }
}

/// "Anna-Lena Groenefeld": two given names joined by a hyphen are a given
/// name, so the surname is a person's and "the German" may be her.
#[test]
fn hyphenated_given_names_make_a_person() {
    let text = "Rosa Marin won the title with victory over Anna-Lena Vogt in Pattaya. \"It feels \
                good,\" said Marin. Vogt was the more powerful player but could not match her. \
                \"It was my first final,\" said the German.";
    assert_eq!(resolved_in(text, "first final"), Some("Anna-Lena Vogt"));
    // ("Al-Qaeda": no given name's.)
    let text = "Al-Qaeda said the attack was planned.";
    assert_eq!(label_of(text, "Al-Qaeda"), Label::Named);
}

/// Common given names of younger people tell a person and a gender.
#[test]
fn younger_peoples_given_names_tell_a_gender() {
    let text = "A student named Kaylee Morrow went home early. \"I am proud of the mural,\" she \
                wrote.";
    assert_eq!(resolved_in(text, "mural"), Some("Kaylee Morrow"));
}

/// "Democratic senators": an adjective of party before a plural noun of
/// office or people names no body; the senators are unnamed members.
#[test]
fn a_party_adjective_before_plural_people_names_no_body() {
    for text in [
        "Democratic senators said the plan would fail.",
        "A growing number of Democratic senators support reforming the rules.",
        "Socialist councillors said the budget was unfair.",
    ] {
        assert_eq!(label_of(text, &text[..5]), Label::Anonymous, "{text}");
    }
    let text = "The Democratic Party said the plan would fail.";
    assert_eq!(label_of(text, "Party"), Label::Official);
}

/// "Gov. Terry McAuliffe tried to walk back his comments after he said
/// them": a person of no known gender named in the sentence before the
/// pronoun outranks an unnamed source of no known gender met before.
#[test]
fn a_person_named_in_the_sentence_outranks_an_earlier_unnamed_source() {
    let text = "A party ally suggested the deal could pass. Gov. Terry Vance tried to walk back \
                his comments a day after he said them.";
    assert_eq!(resolved_in(text, "walk back"), Some("Terry Vance"));
    assert_eq!(label_of(text, "walk back"), Label::Official);
}

/// "Parties warned over 'grey vote'": a headline's passive names who was
/// warned, not who warned; in running text the warning is the speaker's.
#[test]
fn a_headlines_warned_over_names_who_was_warned() {
    let text = "Councils warned over 'silver vote'";
    assert_eq!(label_of(text, "Councils"), Label::Unattributed);
    let text = "Experts warned over the weekend that rates would rise.";
    assert_eq!(label_of(text, "Experts"), Label::Anonymous);
}

/// "if one adds Nebraska": anyone at all in a condition; "part of being a
/// leader is admitting": a share of a thing. Neither is a source.
#[test]
fn a_generic_one_and_a_part_of_something_are_no_sources() {
    for text in [
        "And if one adds Ohio, that takes the total to 300 votes.",
        "I do these things because part of being a good mayor is admitting mistakes.",
    ] {
        assert_eq!(label_of(text, &text[..8]), Label::Unattributed, "{text}");
    }
}

/// "Market analysts Brightline predicts": a name right after a plural of a
/// trade is a firm so described, not unnamed analysts.
#[test]
fn a_name_after_a_plural_trade_is_a_firm() {
    let text = "Market analysts Brightline predicts that sales will grow.";
    assert_eq!(label_of(text, "Brightline"), Label::Official);
    let text = "Mobile sales are booming, according to research from technology analysts Corvex.";
    assert_eq!(label_of(text, "booming"), Label::Official);
    // Unnamed analysts stay unnamed.
    let text = "Some analysts say sales will grow.";
    assert_eq!(label_of(text, "analysts"), Label::Anonymous);
}

/// "Ann Kerr caused a stir when a voter asked if she might ... "...," she
/// replied": an unnamed asker's question goes to the one of the pronoun's
/// gender named before, whose reply it is.
#[test]
fn a_reply_to_an_unnamed_askers_question_is_the_one_asked() {
    let text = "Senator Ann Kerr caused a stir when an Ohio voter asked if she might run again. \
                \"What a great idea,\" she replied.";
    assert_eq!(resolved_in(text, "great idea"), Some("Ann Kerr"));
}

/// "the authors say" after "The study, from the Centre for Policy
/// Research": the authors of the last document cited whose author is
/// named.
#[test]
fn the_authors_are_the_named_author_of_the_document_cited() {
    let text = "The study, from the Institute for Tax Research, does not praise the raids. \
                \"Enforcement can help,\" the authors say.";
    assert_eq!(
        resolved_in(text, "Enforcement"),
        Some("Institute for Tax Research")
    );
    assert_eq!(label_of(text, "Enforcement"), Label::Quoted);
    // With no author named, the authors stay unnamed.
    let text = "A new study says taxes are too high. \"Enforcement can help,\" the authors say.";
    assert_eq!(label_of(text, "Enforcement"), Label::Anonymous);
}

/// A programme after its owner's possessive, footage shown and a share of
/// the vote report no words; speculation and rumours are unnamed sources.
#[test]
fn shows_footage_and_vote_shares_hold_no_claim_and_rumours_are_unnamed() {
    for text in [
        "Mr. Dorn's show has all the trappings of a newscast.",
        "He showed a video of a supposed seizure.",
        "The exceptions are Utah (Obama approval 26 percent, Clinton support 20 percent).",
    ] {
        assert_eq!(label_of(text, &text[..6]), Label::Unattributed, "{text}");
    }
    for text in [
        "Speculation suggests that the bank will bid again.",
        "Recent rumours have suggested that the singer wants to quit.",
    ] {
        assert_eq!(label_of(text, &text[..6]), Label::Anonymous, "{text}");
    }
    // Backing a cut of a share, and footage that shows a finding, are claims.
    let text = "Senators support 20 percent cuts.";
    assert_eq!(label_of(text, "Senators"), Label::Anonymous);
    let text = "The video showed that the officer fired first.";
    assert_ne!(label_of(text, "video"), Label::Unattributed);
}

/// The eighteenth session's code review found these misfires of its new
/// rules; they stay mended.
#[test]
fn the_eighteenth_code_reviews_misfires_stay_mended() {
    for (text, needle, label) in [
        // A warning in running text, or an active headline, keeps its claim.
        (
            "Schumer warned against \"a rush to judgment.\"",
            "Schumer",
            Label::Quoted,
        ),
        (
            "Trump warned of a 'bloodbath' if he loses",
            "Trump",
            Label::Quoted,
        ),
        (
            "The central bank warned on Tuesday of slowing growth",
            "bank",
            Label::Official,
        ),
        // A body's post in an appositive is an office.
        (
            "Michael Carne, the city manager, said the course lost money.",
            "Carne",
            Label::Official,
        ),
        // An agent after "by" is no deed.
        (
            "The White House responded to criticism by Beijing, calling it baseless.",
            "White House",
            Label::Official,
        ),
        // A speech's topic, deed or words reported make it a claim.
        (
            "Ann Lee delivered a speech at the state convention about losing her son.",
            "Ann Lee",
            Label::Named,
        ),
        (
            "Ann Lee delivered a fiery speech to the convention attacking the mayor.",
            "Ann Lee",
            Label::Named,
        ),
        (
            "Ann Lee delivered a speech in which she called the plan a disaster.",
            "Ann Lee",
            Label::Named,
        ),
        (
            "Ann Lee delivered a speech on Monday at the convention.",
            "Ann Lee",
            Label::Unattributed,
        ),
    ] {
        assert_eq!(label_of(text, needle), label, "{text}");
    }
    // Only one who opens the sentence takes the pronoun from an unnamed
    // source met before.
    let text = "A senior aide said the deal was close. Asked about Rep. Jamie Rusk, he said the \
                vote would be tight.";
    assert_eq!(resolved_in(text, "tight"), Some("A senior aide"));
    // A body or a place after "to" is no cause in the name.
    let text = "A letter from the Department to Goldman Sachs said the fees were illegal.";
    assert_ne!(
        resolved_in_or_none(text, "fees"),
        Some("Department to Goldman Sachs")
    );
    // Initials after an article are a body's.
    let text = "He works for the F.B.I. Smith said the move was unexpected.";
    assert_eq!(resolved_in_or_none(text, "move"), Some("Smith"));
}

/// Pleas in court, prizes claimed, things boasted of having, people called
/// onto a stage and services named "support" report no words.
#[test]
fn pleas_prizes_possessions_and_summons_hold_no_claim() {
    for text in [
        "Mary Lee pleaded guilty to fraud.",
        "Last year, she became the youngest player to win a title, claiming the doubles in Pune.",
        "The senator has boasted an eclectic collection of supporters.",
        "At a rally that night, Dana Holt called Vern Lee, a former pastor, onto the stage.",
        "Other customers faced longer hold times for customer support.",
    ] {
        assert_eq!(label_of(text, &text[..8]), Label::Unattributed, "{text}");
    }
    // Boasts and calls with words reported are claims.
    for (text, label) in [
        ("Dana Holt boasted that she would win.", Label::Named),
        ("Dana Holt called Vern Lee a liar.", Label::Named),
        (
            "Many commentators called him \u{201c}the grownup on the stage.\u{201d}",
            Label::Anonymous,
        ),
    ] {
        assert_eq!(label_of(text, &text[..8]), label, "{text}");
    }
}

/// Results achieved, appearances and "said little" report no words;
/// analyses are documents; a body's delegation to a forum is one source;
/// "the most recent poll" is the poll cited before.
#[test]
fn results_appearances_analyses_delegations_and_the_latest_poll() {
    for text in [
        "In his best result yet, Dana Holt achieved 45 percent support in a new poll.",
        "Dana Holt appeared on Sunday interview shows this week.",
        "Dana Holt garnered most of the pledged delegates.",
    ] {
        assert_eq!(label_of(text, "Holt"), Label::Unattributed, "{text}");
    }
    let text = "The plan, which nonpartisan analyses have estimated to cost 10 trillion dollars, \
                is large.";
    assert_eq!(label_of(text, "plan"), Label::Anonymous);
    let text = "The deputy head of Norway's delegation to the forum said the talks had failed.";
    assert_eq!(label_of(text, "deputy"), Label::Official);
    let text = "A new Harbour Gazette poll shows Vega ahead. The most recent poll shows Lund has \
                fallen to 27 percent.";
    assert_eq!(label_of(text, "Lund"), label_of(text, "Vega ahead"));
}

/// "A statement posted on the website Brightmarket.com said": the
/// participle after a document's noun is no verb of its own; the site is
/// the statement's author, and "it" next.
#[test]
fn a_document_posted_on_a_site_is_the_sites() {
    let text = "A statement posted on the website Brightmarket.com said listings are user \
                generated. It added, \"We want no part in the listing.\"";
    assert_eq!(label_of(text, "listings"), Label::Official);
    assert_eq!(label_of(text, "no part"), Label::Quoted);
}

/// A running mate tapped, a meeting ("spoke briefly with"), a score added
/// and a start kept report no words; words spoken "with reporters about"
/// a deal, or added after "that", are claims.
#[test]
fn picks_meetings_scores_and_starts_hold_no_claim() {
    for text in [
        "Dana Holt tapped Sen. Vern Lee as her running mate.",
        "Dana Holt spoke briefly with the chief executive.",
        "Fly-half Dana Holt added four conversions as Wales maintained their superb start.",
    ] {
        assert_eq!(label_of(text, "Holt"), Label::Unattributed, "{text}");
    }
    for text in [
        "Dana Holt spoke with reporters about the deal.",
        "Dana Holt added that the team was tired.",
    ] {
        assert_eq!(label_of(text, "Holt"), Label::Named, "{text}");
    }
}

/// A race left, a set dropped, a result reached, a reply in deeds and
/// "said almost nothing" report no words.
#[test]
fn races_left_results_and_almost_nothing_said_hold_no_claim() {
    for text in [
        "Dana Holt dropped out of the race in May.",
        "Dana Holt quickly dropped the first set but won the match.",
        "Dana Holt advanced to her first semi-final of the year.",
        "Dana Holt countered with a breakfast with supporters in Harlem.",
        "Dana Holt joined the board in 2014, but she said almost nothing about policy.",
    ] {
        assert_eq!(label_of(text, "Holt"), Label::Unattributed, "{text}");
    }
    let text = "Dana Holt countered that the plan was weak.";
    assert_eq!(label_of(text, "Holt"), Label::Named);
}

/// The eighteenth session's second code review found these misfires of its
/// new rules; they stay mended.
#[test]
fn the_eighteenth_second_code_reviews_misfires_stay_mended() {
    for (text, needle, label) in [
        // A profession or a member after a body's noun is no post.
        (
            "Ann Lee, the university professor, said the course lost money.",
            "Ann Lee",
            Label::Named,
        ),
        (
            "Ann Lee, the party activist, said the course lost money.",
            "Ann Lee",
            Label::Named,
        ),
        // Analysts a wire polled are unnamed analysts.
        (
            "Analysts Reuters polled expect the bank to cut rates.",
            "Analysts",
            Label::Anonymous,
        ),
        // "Part of" a document or a group is still a source.
        (
            "Part of the new report says the economy will shrink.",
            "Part",
            Label::Anonymous,
        ),
        // "said little" before its claim's noun or verb is a claim.
        (
            "The minister met the unions on Monday and said little progress had been made.",
            "minister",
            Label::Official,
        ),
        // A time or an occasion after a speech is no deed of the speech.
        (
            "Ann Lee delivered a speech following the vote.",
            "Ann Lee",
            Label::Unattributed,
        ),
        (
            "Ann Lee will deliver her acceptance speech during the convention on Thursday.",
            "Ann Lee",
            Label::Unattributed,
        ),
        // A name given, or a call made, near a stage.
        (
            "Clinton called Trump a bully on the stage Monday night.",
            "Clinton",
            Label::Named,
        ),
        (
            "Ann Lee called on the party to unite as she took to the stage.",
            "Ann Lee",
            Label::Named,
        ),
        // Victims without an article are what is claimed.
        (
            "Trump claimed victims of the shooting were paid actors.",
            "Trump",
            Label::Named,
        ),
        // An appearance to say something says it.
        (
            "Ann Lee appeared on CNN to say the plan would fail.",
            "Ann Lee",
            Label::Named,
        ),
        (
            "Ann Lee appeared with a group of mothers who had lost their children to gun \
             violence, to deliver much the same message.",
            "Ann Lee",
            Label::Named,
        ),
        // A figure boasted is claimed.
        (
            "The mayor boasted a 10 percent drop in crime.",
            "mayor",
            Label::Official,
        ),
    ] {
        assert_eq!(label_of(text, needle), label, "{text}");
    }
    // A name inside an opening adjunct is not the subject; a subject after
    // one is.
    let text = "A senior aide said the deal was close. On Rep. Jamie Rusk, he said the vote \
                would be tight.";
    assert_eq!(resolved_in(text, "tight"), Some("A senior aide"));
    let text = "A party ally said the race was close. In Richmond on Monday, Gov. Terry Vance \
                tried to walk back his comments a day after he said them.";
    assert_eq!(resolved_in(text, "walk back"), Some("Terry Vance"));
    // A reply is not of a woman outside the asker's sentence.
    let text = "Ann Kerr left the stage early. Later, a voter asked Bob Lane about the plan. \
                \"It is bad,\" she replied.";
    assert_ne!(resolved_in(text, "It is bad"), Some("Ann Kerr"));
    // Researchers of another kind named since are not the study's authors.
    let text = "The study, from the Institute for Tax Research, found that raids work.\n\nIn an \
                unrelated experiment, scientists in Boston gave mice a new drug. The researchers \
                said the mice lived longer.";
    assert_eq!(resolved_in_or_none(text, "mice lived"), None);
}

/// A race run ("with whom Christie was contending") and a bid undermined
/// report no words; "contending that" is a claim.
#[test]
fn contending_in_a_race_and_undermining_a_bid_hold_no_claim() {
    for text in [
        "Escape proved impossible given the field of rivals with whom Dana Holt was contending.",
        "Dana Holt undermined her bid against Vern Lee in 1984.",
    ] {
        assert_eq!(label_of(text, "Holt"), Label::Unattributed, "{text}");
    }
    let text = "Dana Holt is contending that the plan is flawed.";
    assert_eq!(label_of(text, "Holt"), Label::Named);
}

/// Deliberation ("considers how to"), a skill ("knows how to"), signs
/// shown, words heard of but not reported ("what voters are saying.") and
/// a want in a condition ("if he doesn't want") hold no claim; knowing how
/// important a thing is, considering a plan legal, are views.
#[test]
fn deliberation_skills_signs_unreported_words_and_conditions_hold_no_claim() {
    for text in [
        "Dana Holt faces a conundrum as she considers how to attack Vern Lee.",
        "This candidate does her research, and Dana Holt knows how to use it.",
        "Dana Holt has already shown glimpses of her skill in a debate.",
        "Dana Holt will be eager to prove that her campaign has heard what voters are saying.",
        "Dana Holt will need a nimble response if she doesn't want the attacks to stick.",
    ] {
        assert_eq!(label_of(text, "Holt"), Label::Unattributed, "{text}");
    }
    for text in [
        "Dana Holt knows how important it is to win in November.",
        "Dana Holt considers the plan legal.",
    ] {
        assert_eq!(label_of(text, "Holt"), Label::Named, "{text}");
    }
}

/// The eighteenth session's third code review found these misfires of its
/// late rules; they stay mended.
#[test]
fn the_eighteenth_third_code_reviews_misfires_stay_mended() {
    for (text, needle, label) in [
        // Words to come after "what X said:" are reported.
        (
            "Here is what President Obama said: \"We will not back down.\"",
            "Obama",
            Label::Quoted,
        ),
        // An ordinal is no score.
        (
            "The ministry added in a second statement that the talks had failed.",
            "ministry",
            Label::Official,
        ),
        // Another's speech after "where" is not the appearance's.
        (
            "Sen. Ann Smith appeared at a rally in Ohio, where her husband gave a speech.",
            "Smith",
            Label::Unattributed,
        ),
        // "said almost nothing had changed" is a claim.
        (
            "Officials said almost nothing had changed since the raid.",
            "Officials",
            Label::Anonymous,
        ),
        // A clause to come after "contending,".
        (
            "The senator kept contending, as he had for weeks, that the deal was flawed.",
            "senator",
            Label::Official,
        ),
        // A date after "spoke with" is no topic.
        (
            "Dana Holt spoke with the minister on Tuesday.",
            "Holt",
            Label::Unattributed,
        ),
    ] {
        assert_eq!(label_of(text, needle), label, "{text}");
    }
}

/// A speech given at an event or to an audience, with no words, topic or
/// aim reported, is a deed ("spoke to reporters after the vote"); one with
/// its topic or aim, or words after it, is a claim.
#[test]
fn a_speech_at_an_event_with_nothing_reported_is_no_claim() {
    for text in [
        "Mayor Dana Holt later spoke at a memorial service in Riverton for the victims.",
        "The aides usually post the clips when Mayor Dana Holt speaks.",
        "Reporters filed live updates as Mayor Dana Holt spoke from the council chamber.",
        "Mayor Dana Holt spoke to reporters after the vote.",
    ] {
        assert_eq!(label_of(text, "Holt"), Label::Unattributed, "{text}");
    }
    for text in [
        "Mayor Dana Holt spoke at a rally about the new bridge.",
        "Mayor Dana Holt spoke at a breakfast to praise the volunteers.",
        "Mayor Dana Holt spoke at the hall: \"We will rebuild.\"",
        "Mayor Dana Holt spoke to reporters about the vote.",
    ] {
        assert_ne!(label_of(text, "Holt"), Label::Unattributed, "{text}");
    }
}

/// War or bankruptcy declared, guests welcomed, jobs added: acts. A
/// declaration "that", a decision welcomed: claims.
#[test]
fn states_declared_guests_welcomed_and_jobs_added_are_deeds() {
    for (text, needle) in [
        ("The rebel leaders declared war on the capital.", "rebel"),
        (
            "Two mining firms, including Corvex, declared bankruptcy.",
            "Corvex",
        ),
        (
            "Mayor Dana Holt, who welcomed foreign leaders to the city hall, met the press.",
            "Holt",
        ),
        (
            "While Canada added around 35,000 jobs in May, trade fell.",
            "Canada",
        ),
    ] {
        assert_eq!(label_of(text, needle), Label::Unattributed, "{text}");
    }
    let text = "The rebel leaders declared that the war was over.";
    assert_eq!(label_of(text, "rebel"), Label::Anonymous);
    let text = "The union welcomed the decision to cut fees.";
    assert_eq!(label_of(text, "union"), Label::Official);
}

/// What the writer says a source must or should do, or may now feel, is
/// the writer's; so are words only pointed at ("by the time he said
/// that.") and a subject that is not detailing what it will do.
#[test]
fn prescriptions_guesses_and_words_pointed_at_are_the_writers() {
    for (text, needle) in [
        (
            "The ministry must also acknowledge the flaws in its plan.",
            "ministry",
        ),
        ("Critics should admit the plan worked.", "Critics"),
        ("Sen. Vern Lee may now feel that way himself.", "Lee"),
        (
            "Gov. Ann Marsh wept. Her voice had broken by the time she said that.",
            "voice",
        ),
        (
            "The league isn't detailing what steps it will take against the club.",
            "league",
        ),
    ] {
        assert_eq!(label_of(text, needle), Label::Unattributed, "{text}");
    }
    // Words a source says another must do stay the source's claim.
    let text = "The ministry said the banks must acknowledge the flaws.";
    assert_eq!(label_of(text, "ministry"), Label::Official);
    let text = "Gov. Ann Marsh said that the plan had failed.";
    assert_eq!(label_of(text, "Marsh"), Label::Official);
}

/// A post after the name, past an adjective ("the globe-trotting secretary
/// general of"), makes the person official for "he" later; a former post
/// does not.
#[test]
fn a_post_after_the_name_past_an_adjective_is_an_office() {
    let text = "Tomas Ferreira, the long-serving secretary general of the Andean Council, \
                toured the region. He said the accord should guide members.";
    assert_eq!(label_of(text, "accord"), Label::Official);
    let text = "Tomas Ferreira, the former chairman of Rovers, toured the region. He said \
                the club had failed.";
    assert_eq!(label_of(text, "club had"), Label::Named);
}

/// A bulleted speaker's label before a quotation: "- Rovers boss Ian
/// Marsh: "..."" (a bulleted programme title is no speaker).
#[test]
fn a_bulleted_speaker_label_introduces_a_quotation() {
    let text = "Rovers won 2-0.\n\n- Rovers boss Ian Marsh: \"We were sharp. We deserved it.\"\n\n\
                - Ian Marsh: The Long Season is shown on Saturday.";
    let report = audit(text);
    let s = sentence(&report, text, "We were sharp");
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(sources_of(s), ["Rovers boss Ian Marsh"]);
    assert_eq!(sentence(&report, text, "We deserved").label, Label::Quoted);
    assert_eq!(label_of(text, "Long Season"), Label::Unattributed);
}

/// A site's owner speaks through it: "a statement on her website" is hers,
/// "its website" a body's.
#[test]
fn a_statement_on_an_owners_website_is_the_owners() {
    let text = "Lena Varga withdrew from the final. \"I need rest,\" a statement on her \
                website said.";
    assert_eq!(resolved_in(text, "need rest"), Some("Lena Varga"));
    assert_eq!(label_of(text, "need rest"), Label::Quoted);
}

/// "the Kentucky Republican", "the New York Democrat": a party's member
/// from a state is the person named before.
#[test]
fn a_party_member_from_a_state_is_the_person_named_before() {
    let text = "Senate leader Vern Pollard spoke to donors. In a statement, the Kentucky \
                Republican dismissed the plan.";
    assert_eq!(resolved_in(text, "dismissed"), Some("Vern Pollard"));
    assert_eq!(label_of(text, "dismissed"), Label::Official);
    let text = "Sen. Ann Lee met donors. The New York Democrat said the plan failed.";
    assert_eq!(resolved_in(text, "plan failed"), Some("Ann Lee"));
}

/// "spoke on Monday", "spoke Tuesday at the forum": a date, no words;
/// "spoke on Tuesday about taxes" names a topic.
#[test]
fn a_speech_on_a_date_with_nothing_reported_is_no_claim() {
    for text in [
        "Mayor Dana Holt spoke on Monday.",
        "Mayor Dana Holt spoke Tuesday at the forum.",
    ] {
        assert_eq!(label_of(text, "Holt"), Label::Unattributed, "{text}");
    }
    let text = "Mayor Dana Holt spoke on Tuesday about taxes.";
    assert_eq!(label_of(text, "Holt"), Label::Official);
}

/// A headline's "hit by Iraqi report", "after BBC claim": a singular name's
/// base form after a preposition is a noun.
#[test]
fn a_name_and_a_base_form_after_a_preposition_is_a_noun() {
    for text in [
        "Dublin firm hit by Iraqi report",
        "Shares fall after Iraqi report",
    ] {
        assert_eq!(label_of(text, "Iraqi"), Label::Unattributed, "{text}");
    }
}

/// The first code review's misfires of the nineteenth session's rules: a
/// speech's cause, stance or description; a declaration with a complement;
/// a welcome of another's act; a post no longer held or a noun before one;
/// a bulleted title.
#[test]
fn the_nineteenth_code_reviews_misfires_stay_mended() {
    for (text, needle, label) in [
        (
            "Dana Holt spoke at the rally in opposition to the war.",
            "Holt",
            Label::Named,
        ),
        (
            "Mayor Dana Holt spoke at a rally in Dayton for stricter gun laws.",
            "Holt",
            Label::Official,
        ),
        (
            "Mayor Dana Holt spoke at the forum, describing the stadium as wasteful.",
            "Holt",
            Label::Official,
        ),
        (
            "Mayor Dana Holt spoke at a meeting of the council.",
            "Holt",
            Label::Unattributed,
        ),
        (
            "Sen. Mark Hale declared the war in Iraq a mistake.",
            "Hale",
            Label::Official,
        ),
        (
            "President Ann Reyes declared victory in the war on drugs.",
            "Reyes",
            Label::Official,
        ),
        (
            "Mark Hale declared bankruptcy reform dead.",
            "Hale",
            Label::Named,
        ),
        (
            "Gov. Ann Reyes declared a state of emergency on Monday.",
            "Reyes",
            Label::Unattributed,
        ),
        (
            "Chancellor Ann Reyes welcomed Sweden's accession to the alliance.",
            "Reyes",
            Label::Official,
        ),
        (
            "Mayor Dana Holt welcomed Trudeau to Ottawa.",
            "Holt",
            Label::Unattributed,
        ),
    ] {
        assert_eq!(label_of(text, needle), label, "{text}");
    }
    for post in [
        "a retired judge",
        "the ousted prime minister",
        "the onetime senator",
        "an aspiring senator",
        "a student body president",
    ] {
        let text = format!("Jim Cole, {post}, arrived on Monday. He said the city was in trouble.");
        assert_eq!(label_of(&text, "He said"), Label::Named, "{text}");
    }
    for post in [
        "the parliamentary commissioner",
        "the veteran police chief of Dayton",
    ] {
        let text = format!("Jim Cole, {post}, arrived on Monday. He said the city was in trouble.");
        assert_eq!(label_of(&text, "He said"), Label::Official, "{text}");
    }
    let text = "Shortlist:\n\n- Jane Roe: \"The Quiet Year\", a debut novel.";
    assert_eq!(label_of(text, "Quiet Year"), Label::Unattributed);
}

/// A body "cautious about" or "appreciative of" something holds a stance;
/// candidates "chiming in with criticism" voice one.
#[test]
fn caution_appreciation_and_chiming_in_are_stances() {
    let text = "The IMF remains cautious about the plan.";
    assert_eq!(label_of(text, "IMF"), Label::Official);
    let text = "The charity is particularly appreciative of the new funding.";
    assert_eq!(label_of(text, "charity"), Label::Official);
    let text = "More candidates are chiming in with criticism of the plan.";
    assert_eq!(label_of(text, "candidates"), Label::Anonymous);
}

/// A headline's question about a name, "Name: this or that?", holds no
/// words of theirs; "intimated that" is a cue.
#[test]
fn a_headline_question_about_a_name_is_no_speaker_label() {
    let text = "Vern Lee: Steady reformer or another career politician?";
    assert_eq!(label_of(text, "reformer"), Label::Unattributed);
    let text = "Vern Lee: Voters Worried About the Budget.";
    assert_eq!(label_of(text, "Voters"), Label::Named);
    let text = "Vern Lee has intimated that the budget is wrong.";
    assert_eq!(label_of(text, "budget"), Label::Named);
}

/// A firm introduced by its corporate tail ("Corvex Microsystems", "Halden
/// Energy") speaks as a body by its first word alone next.
#[test]
fn a_firm_named_by_its_first_word_after_its_full_name_is_a_body() {
    let text = "Corvex Microsystems has launched a service. Corvex likened the grid to \
                electricity.";
    assert_eq!(label_of(text, "likened"), Label::Official);
    let text = "Halden Energy drilled two wells. Halden said the field was dry.";
    assert_eq!(label_of(text, "field was dry"), Label::Official);
    // (A person's surname that is a tail stays a person's.)
    let text = "Jonathan Power arrived. Power said profits rose.";
    assert_eq!(label_of(text, "profits rose"), Label::Named);
}

/// "Democrats trying to regain control of the Senate say": people striving
/// for something, not the body they strive about; "the Academy" is a body.
#[test]
fn people_striving_for_something_are_the_source_not_its_object() {
    let text = "Democrats trying to regain control of the Senate in November say they \
                have a new weapon.";
    let report = audit(text);
    let s = sentence(&report, text, "weapon");
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(
        sources_of(s),
        ["Democrats trying to regain control of the Senate"]
    );
    let text = "Meanwhile, the Academy has announced that Ann Lee will present an award.";
    assert_eq!(label_of(text, "present"), Label::Official);
}

/// A count of things made ("publishes more than 20 magazines", "wrote three
/// books") reports no words; a poll "published on Sunday" keeps its maker.
#[test]
fn a_count_of_things_made_is_no_claim() {
    for text in [
        "Corvex publishes more than 20 magazines a year.",
        "Dana Holt wrote three books about the war.",
    ] {
        assert_eq!(label_of(text, "a"), Label::Unattributed, "{text}");
    }
    let text = "The ministry issued two statements saying the plan was legal.";
    assert_eq!(label_of(text, "ministry"), Label::Official);
}

/// The writer's question after a question word holds no one's view ("What
/// have the trials told us?"); one asking why a claim was made reports it.
#[test]
fn a_writers_wh_question_holds_no_view() {
    let text = "What have the indoor trials told us?";
    assert_eq!(label_of(text, "trials"), Label::Unattributed);
    let text = "Why had Dana Holt asserted that the fund was empty?";
    assert_eq!(label_of(text, "fund"), Label::Named);
}

/// The second code review's misfires of the nineteenth session's rules.
#[test]
fn the_nineteenth_second_code_reviews_misfires_stay_mended() {
    for (text, needle, label) in [
        // A speech's critique, a topic after a date, a stance it took.
        (
            "Mayor Dana Holt spoke at the convention and delivered a critique of the plan.",
            "Holt",
            Label::Official,
        ),
        (
            "Mayor Dana Holt spoke Tuesday of the need for reform.",
            "Holt",
            Label::Official,
        ),
        (
            "Mayor Dana Holt spoke at the forum, attacking the plan.",
            "Holt",
            Label::Official,
        ),
        // Whom an event served is no cause.
        (
            "Mayor Dana Holt spoke at a fundraiser for Vern Lee.",
            "Holt",
            Label::Unattributed,
        ),
        // States declared.
        (
            "The rebels' leaders declared independence from Spain.",
            "leaders",
            Label::Unattributed,
        ),
        (
            "Gov. Ann Reyes declared a national emergency.",
            "Reyes",
            Label::Unattributed,
        ),
        (
            "The airline declared Chapter 11 bankruptcy.",
            "airline",
            Label::Unattributed,
        ),
        (
            "Gov. Ann Reyes declared the ceasefire a failure.",
            "Reyes",
            Label::Official,
        ),
        // A post's holder welcomed.
        (
            "Mayor Dana Holt welcomed the Chinese president to Riverton.",
            "Holt",
            Label::Unattributed,
        ),
        // A verb after "by" and a name.
        (
            "Voters in counties won by Vega say they are angry.",
            "Voters",
            Label::Anonymous,
        ),
        // Prescribed or habitual feelings are the writer's.
        (
            "Drivers should be cautious about the ice.",
            "Drivers",
            Label::Unattributed,
        ),
        (
            "Party leaders are usually cautious about predictions.",
            "leaders",
            Label::Unattributed,
        ),
        // A noun, not the verb.
        (
            "Friends and intimates of the singer say she is fine.",
            "Friends",
            Label::Anonymous,
        ),
        // A transcript's speaker in capitals asks.
        (
            "TAPPER: Will you endorse him or not?",
            "TAPPER",
            Label::Named,
        ),
    ] {
        assert_eq!(label_of(text, needle), label, "{text}");
    }
    // A bulleted one-word reaction keeps its speaker.
    let text = "Rovers won.\n\n- Ian Marsh: \"Brilliant!\"";
    assert_eq!(label_of(text, "Brilliant"), Label::Quoted);
    // Posts after two modifiers, or after "who is".
    for post in [
        "the state party chairwoman",
        "the campaign communications director",
        "who is chairman of the committee",
    ] {
        let text = format!("Jim Cole, {post}, arrived on Monday. He said the city was in trouble.");
        assert_eq!(label_of(&text, "He said"), Label::Official, "{text}");
    }
    // The home secretary is not the foreign secretary.
    let text = "Home Secretary Dan Brook faces questions. Jack Lane, now foreign secretary, \
                said nothing. The home secretary has admitted he was wrong.";
    assert_eq!(resolved_in(text, "admitted"), Some("Dan Brook"));
}

/// A day before a name opening the sentence is no part of the source ("On
/// Thursday Rangers said"), unless it names a paper ("the Sunday Times");
/// an abbreviation joined by a hyphen ("a D.C.-based strategist") keeps
/// the description whole.
#[test]
fn days_before_names_and_hyphened_abbreviations_in_source_spans() {
    let text = "At a press conference on Thursday Corvex announced that the groups had merged.";
    let report = audit(text);
    assert_eq!(sources_of(sentence(&report, text, "merged")), ["Corvex"]);
    let text = "Almost a quarter (21%) of those polled for the Sunday Times said he should return.";
    let report = audit(text);
    let s = sentence(&report, text, "return");
    assert_eq!(sources_of(s), ["the Sunday Times"]);
    assert_eq!(s.attributions[0].source.resolved, Some("Sunday Times"));
    let text = "\"It is over,\" said Ann Lee, a D.C.-based strategist.";
    let report = audit(text);
    assert_eq!(
        sources_of(sentence(&report, text, "over")),
        ["Ann Lee, a D.C.-based strategist"]
    );
}

/// A body's own website speaks for it: "according to its website", "the
/// Pentagon's website".
#[test]
fn a_bodys_own_website_speaks_for_it() {
    let text = "Corvex employs 2,700 people, according to its website.";
    assert_eq!(label_of(text, "2,700"), Label::Official);
    let text = "According to the Pentagon's website, the troops left.";
    assert_eq!(label_of(text, "troops"), Label::Official);
}

/// A body's site owned by its bare noun ("the company's website") speaks
/// for the body too; a person's ("the singer's website") does not.
#[test]
fn a_site_owned_by_a_bodys_bare_noun_speaks_for_it() {
    let text =
        "Brindle Mills makes cloth. According to the company's website, the plant will close.";
    assert_eq!(label_of(text, "plant"), Label::Official);
    let text = "A statement on the ministry's website said the clinics would reopen.";
    assert_eq!(label_of(text, "clinics"), Label::Official);
    let text = "According to the singer's website, the tour will resume.";
    assert_ne!(label_of(text, "tour"), Label::Official);
}

/// The third code review's misfires of the nineteenth session's rules.
#[test]
fn the_nineteenth_third_code_reviews_misfires_stay_mended() {
    for (text, needle, label) in [
        // Times and clauses after a count are no things made.
        (
            "Dana Holt wrote two days later that the deal was dead.",
            "Holt",
            Label::Named,
        ),
        (
            "Dana Holt wrote several times that the vote was rigged.",
            "Holt",
            Label::Named,
        ),
        (
            "Dana Holt wrote two soldiers were killed in the attack.",
            "Holt",
            Label::Named,
        ),
        (
            "Dana Holt wrote three posts attacking the judge.",
            "Holt",
            Label::Named,
        ),
        // A speech's nouns inside an event's or a place's name.
        (
            "Mayor Dana Holt spoke at the funeral of a policeman killed in the attack.",
            "Holt",
            Label::Unattributed,
        ),
        (
            "Mayor Dana Holt spoke at a dinner for the Flood Appeal.",
            "Holt",
            Label::Unattributed,
        ),
        // A headline's noun after "over" or "after" and a name.
        ("Row over Vega pledge on fees", "Row", Label::Unattributed),
        (
            "Pound falls after Carney remark",
            "Pound",
            Label::Unattributed,
        ),
        // A company's name, not unnamed shops.
        (
            "Corvex Stores said it would appeal.",
            "Corvex",
            Label::Official,
        ),
        // A section's label in capitals.
        (
            "POLL: Do you back the strike or not?",
            "POLL",
            Label::Unattributed,
        ),
        // A question whose claim is reported.
        (
            "Why did Vern Lee claim the election was rigged?",
            "Lee",
            Label::Named,
        ),
    ] {
        assert_eq!(label_of(text, needle), label, "{text}");
    }
    for post in [
        "who was governor from 1999 to 2007",
        "who is running for mayor",
        "who is suing the governor",
    ] {
        let text = format!("Jim Cole, {post}, arrived. He said the city was in trouble.");
        assert_eq!(label_of(&text, "He said"), Label::Named, "{text}");
    }
}

/// A party's adjective after a title and before a noun of people names no
/// one: "Clinton's chief Democratic rival, Bernie Sanders," is whom "he"
/// takes up next.
#[test]
fn a_partys_adjective_after_a_title_names_no_one() {
    let text = "Vega's chief Democratic rival, Mark Lee, skipped the meeting. Instead he \
                said that he would win.";
    assert_eq!(resolved_in(text, "would win"), Some("Mark Lee"));
}

/// The twentieth review's findings: deeds that hold no claim, speakers by
/// trade, estimates of a measure, a company's site, and a country's media.
#[test]
fn deeds_of_a_known_person_benefiting_representing_and_slipping_hold_no_claim() {
    for (text, needle) in [
        (
            "Senator Nora Platt won the primary. She benefited from a late surge among young voters.",
            "benefited",
        ),
        (
            "Governor Alan Reyes spoke on Monday. Reyes represented the coastal district from 1990 to 1998.",
            "represented",
        ),
        (
            "Lena Ortiz led early. But Ortiz slipped to third behind the champion.",
            "slipped",
        ),
    ] {
        assert_eq!(label_of(text, needle), Label::Unattributed, "{text}");
    }
}

/// "corporate speaker Lance Wallnau": a speaker by trade holds no office;
/// "House Speaker Paul Ryan" does.
#[test]
fn a_speaker_by_trade_holds_no_office() {
    let text = "Motivational speaker Dara Quill believes the crowd wants hope.";
    assert_eq!(label_of(text, "crowd"), Label::Named);
    let text = "Popular Christian and corporate speaker Dara Quill said the crowd wants hope.";
    assert_eq!(label_of(text, "crowd"), Label::Named);
    let text = "House Speaker Paul Ryan said the bill was dead.";
    assert_eq!(label_of(text, "bill"), Label::Official);
}

/// "Forbes puts his fortune at $4 billion", "police put the death toll at
/// 30": an estimate of a measure is its giver's claim; "put the kettle on
/// at 5" is none.
#[test]
fn an_estimate_of_a_measure_is_its_givers_claim() {
    let text = "As for Mr. Kane, Forbes puts his net worth at $4 billion.";
    let report = audit(text);
    let s = sentence(&report, text, "Forbes");
    assert_eq!(s.label, Label::Named);
    assert_eq!(sources_of(s), ["Forbes"]);
    let text = "Police put the death toll at 30.";
    assert_eq!(label_of(text, "toll"), Label::Official);
    let text = "The ministry pegged inflation at 2.5 percent.";
    assert_eq!(label_of(text, "inflation"), Label::Official);
    let text = "He put the kettle on at 5 p.m.";
    assert_eq!(label_of(text, "kettle"), Label::Unattributed);
    let text = "Reid put the ball in the net at 3-1.";
    assert_eq!(label_of(text, "ball"), Label::Unattributed);
}

/// "The company website suggests": the site of the body's own noun.
#[test]
fn the_company_website_speaks_for_the_company() {
    let text =
        "A firm called Larch Holdings gave $5,000. The company website suggests it makes paper.";
    assert_eq!(label_of(text, "suggests"), Label::Official);
}

/// "Russian media reported", "the Spanish media criticises", "British
/// newspapers reported": a country's outlets, none named, are anonymous;
/// one outlet named is not.
#[test]
fn a_countrys_media_name_no_outlet() {
    for (text, needle) in [
        (
            "Russian media reported that the two firms signed a deal.",
            "deal",
        ),
        (
            "Elsewhere, the Spanish media criticises its rivals.",
            "rivals",
        ),
        ("British newspapers reported the deal on Monday.", "deal"),
        ("The media reported that the deal was signed.", "deal"),
        (
            "TV networks are predicting far more viewers this year.",
            "viewers",
        ),
    ] {
        assert_eq!(label_of(text, needle), Label::Anonymous, "{text}");
    }
    let text = "The Daily Clarion reported the deal on Monday.";
    assert_eq!(label_of(text, "deal"), Label::Named);
    // (A noun after "with" is what the clause is about.)
    let text = "Jo Hart, a former adviser, says the strategy shows frustration with the media.";
    let report = audit(text);
    assert_eq!(sentence(&report, text, "Hart").label, Label::Named);
    // ("The world media" is no "it".)
    let text = "The world media covered the killing. One day later the Gazet, a daily paper, became news when it published a picture.";
    assert_ne!(label_of(text, "published"), Label::Anonymous);
}

/// "according to media and PR strategist Glen Yearwood": a lone modifier
/// joined to the trade of the person named next names one source;
/// "witnesses and local police" are two.
#[test]
fn a_lone_modifier_joined_to_a_trade_names_one_source() {
    let text = "According to media and PR strategist Glen Yearwood, the labels will cooperate.";
    let report = audit(text);
    let s = sentence(&report, text, "labels");
    assert_eq!(s.label, Label::Named);
    assert_eq!(sources_of(s), ["media and PR strategist Glen Yearwood"]);
    let text = "The bridge collapsed at noon, according to witnesses and local police.";
    assert_eq!(label_of(text, "bridge"), Label::Anonymous);
}

/// "Upscale department store Nordstrom", "Jeweller Zale": a shop's trade
/// before its name makes it a body.
#[test]
fn a_shops_trade_before_its_name_makes_a_body() {
    let text = "Upscale department store Larkin said sales were 9% higher.";
    assert_eq!(label_of(text, "sales"), Label::Official);
    let text = "Jeweller Penrose said sales fell in December.";
    assert_eq!(label_of(text, "sales"), Label::Official);
}

/// "In the latest Washington Post/ABC News poll, Clinton led": a poll by a
/// pollster or an outlet, opening the sentence, is the source of its
/// figures; an unnamed one ("In a survey, it discovered"), one named only
/// by whom it asked, or an election ("In Sunday's poll") is a detail.
#[test]
fn a_named_poll_opening_the_sentence_gives_its_figures() {
    let text = "In the latest Gallup poll, conducted in May, Reyes led Holt by 8 points.";
    let report = audit(text);
    let s = sentence(&report, text, "Reyes");
    assert_eq!(sources_of(s), ["the latest Gallup poll"]);
    assert_eq!(s.label, Label::Official);
    // (A joint poll's authors in one word; a superlative is no share.)
    for text in [
        "In a September Clarion-Herald poll, 75 percent of voters backed the levy.",
        "In the most recent Gallup poll, 40 percent approved of the mayor.",
        "In a Gallup poll of likely voters, 40 percent approved of the mayor.",
    ] {
        assert_ne!(label_of(text, "percent"), Label::Anonymous, "{text}");
        assert_ne!(label_of(text, "percent"), Label::Unattributed, "{text}");
    }
    for text in [
        "In the Ukrainian presidential poll, Viktor Yushchenko won 52% of the vote.",
        "In Sunday's poll, turnout was 60%.",
        "In the Senate poll, Democrats gained two seats.",
    ] {
        assert_eq!(label_of(text, "poll"), Label::Unattributed, "{text}");
    }
    let text = "In a survey carried out by Marlow Research, 14% said they never voted.";
    let report = audit(text);
    let s = sentence(&report, text, "never");
    assert_eq!(
        s.attributions[0].source.text,
        "a survey carried out by Marlow Research"
    );
    let text =
        "The council studied care homes. In a survey, it discovered that rates varied widely.";
    let report = audit(text);
    let s = sentence(&report, text, "rates");
    assert_eq!(sources_of(s), ["it"]);
    let text = "In an online poll of 800 likely Republican voters, Horizon Polling found that anger drives turnout.";
    let report = audit(text);
    let s = sentence(&report, text, "anger");
    assert_eq!(sources_of(s), ["Horizon Polling"]);
    let text = "In the survey area, crops failed.";
    assert_eq!(label_of(text, "crops"), Label::Unattributed);
}

/// A survey is no "they": the pronoun is left for people.
#[test]
fn a_survey_is_no_they() {
    let text = "Last year, a street survey found that most people would trade their password for chocolate. \
                The hardest thing is to know whether a customer is who they say they are.";
    let report = audit(text);
    let s = sentence(&report, text, "hardest");
    assert!(s
        .attributions
        .iter()
        .all(|a| a.source.resolved != Some("a street survey")));
}

/// "The BBC's Zubair Ahmed in Mumbai": a place after a full name says
/// where the person is, whether or not the lists know the place; "our
/// correspondent" next is that outlet's reporter.
#[test]
fn an_outlets_reporter_in_a_city_is_our_correspondent() {
    let text = "The BBC's Ravi Menon in Pune says that the film shows a priest. \
                Our correspondent says that the channels have refused to screen it.";
    let report = audit(text);
    let first = sentence(&report, text, "priest");
    assert_eq!(first.attributions[0].source.resolved, Some("Ravi Menon"));
    let next = sentence(&report, text, "channels");
    assert_eq!(next.attributions[0].source.resolved, Some("Ravi Menon"));
    assert_eq!(next.label, Label::Named);
    // (Members of a body are no person's name.)
    let text = "Senate Democrats in Congress said the bill was dead.";
    assert_eq!(label_of(text, "bill"), Label::Anonymous);
}

/// "Clinton's biggest boosters in New Hampshire insisted": unnamed
/// backers, not the state.
#[test]
fn boosters_and_followers_are_unnamed_people() {
    let text =
        "When her lead slipped, Clinton's biggest boosters in New Hampshire insisted it was a dip.";
    assert_eq!(label_of(text, "dip"), Label::Anonymous);
}

/// "TheBlaze did the math on that feat, and found that": "that" after a
/// preposition points at a noun and opens no clause, so the verb after
/// "and" shares the subject.
#[test]
fn that_after_a_preposition_opens_no_clause_before_a_joined_verb() {
    for (text, source) in [
        (
            "CNN did the math on that feat, and found that the odds were 1 in 64.",
            "CNN",
        ),
        (
            "Ann Lee did the math on that feat, and said that the odds were 1 in 64.",
            "Ann Lee",
        ),
    ] {
        let report = audit(text);
        let s = sentence(&report, text, "odds");
        assert_eq!(sources_of(s), [source]);
        assert_eq!(s.label, Label::Named);
    }
}

/// The twentieth code review's misfires, mended.
#[test]
fn the_twentieth_code_reviews_misfires_stay_mended() {
    for (text, needle, label) in [
        // "in that" is "because": the voters speak, not the mayor.
        (
            "Mayor John Smith was lucky in that voters ignored the scandal and said the economy mattered more.",
            "economy",
            Label::Unattributed,
        ),
        // A speaker by trade, however introduced; a chamber's speaker.
        (
            "Commencement speaker Dara Quill said the graduates were ready.",
            "graduates",
            Label::Named,
        ),
        (
            "John Doe, a speaker at the rally, said the plan was wrong.",
            "plan",
            Label::Named,
        ),
        (
            "Former Speaker Newt Gingrich said the bill was dead.",
            "bill",
            Label::Official,
        ),
        // Setting a price or a rate is a decision, no estimate; anyone may
        // estimate a figure.
        (
            "The Bank of England put its key rate at 0.5% on Thursday.",
            "rate",
            Label::Unattributed,
        ),
        (
            "Apple put the price at $999 for the base model.",
            "price",
            Label::Unattributed,
        ),
        ("Ann Lee put his net worth at $10 billion.", "worth", Label::Named),
        (
            "Analysts put the value of the deal at $3 billion.",
            "deal",
            Label::Anonymous,
        ),
        (
            "The UN puts the number of refugees at more than 1 million.",
            "refugees",
            Label::Official,
        ),
        // A listed body before a place is still the body.
        (
            "Amnesty International in London said the trial was unfair.",
            "trial",
            Label::Official,
        ),
        (
            "Human Rights Watch in Geneva said the trial was unfair.",
            "trial",
            Label::Official,
        ),
    ] {
        assert_eq!(label_of(text, needle), label, "{text}");
    }
    // "our correspondent" is the outlet's reporter placed in a city, not its
    // chief, nor another city's correspondent.
    let text = "CNN's Jeff Zucker defended the network's coverage on Monday. Our correspondent says staff were furious.";
    assert_eq!(resolved_in(text, "furious"), None);
    let text = "China has grown fast, says the BBC's Louisa Lim in Beijing. The boom may not last, our correspondent says.";
    assert_eq!(resolved_in(text, "boom"), Some("Louisa Lim"));
    let text = "The BBC's John Simpson in Baghdad says the city is calm. Troops are massing, our Moscow correspondent says.";
    assert_ne!(resolved_in(text, "massing"), Some("John Simpson"));
    // A poll is no "they", nor all the media.
    let text =
        "A new survey found that most voters distrust Congress. They also say the economy is weak.";
    assert_ne!(resolved_in(text, "economy"), Some("A new survey"));
    let text = "Activists gathered downtown, angry that the media declared the race over. They say the call cost votes.";
    assert_ne!(resolved_in(text, "call"), Some("the media"));
}

/// "Russia's newspapers claimed": a country's outlets, none named.
#[test]
fn a_countrys_newspapers_by_its_possessive_are_unnamed() {
    let text = "Russia's newspapers claimed that the buyer was a front for the state firm.";
    assert_eq!(label_of(text, "buyer"), Label::Anonymous);
}

/// "The Electoral Commission is worried students will not vote": a
/// feeling about a clause opened by a plural and its verb.
#[test]
fn a_feeling_about_a_clause_opened_by_a_plural() {
    let text = "The Electoral Commission is worried students will not register in time.";
    assert_eq!(label_of(text, "register"), Label::Official);
    let text = "Voters are worried prices will rise.";
    assert_eq!(label_of(text, "prices"), Label::Anonymous);
}

/// "published ''Character Studies,''", "the pseudonym “Carlos Danger,”",
/// "his manifesto, ''Crippled America: How to Make America Great
/// Again,''": a work or a name right after the word that introduces it is
/// no quotation, whatever its stop or its colon; "“Thank You,” he said" is.
#[test]
fn a_work_or_a_name_after_its_introducer_is_no_quotation() {
    for text in [
        "Mr. Trump sent it after Mr. Vale published ''Character Studies,'' a collection of his columns.",
        "Dorn wrote under the pseudonym \"Carlos Danger,\" but it did not help.",
        "(Mr. Trump's own manifesto, ''Crippled America: How to Make America Great Again,'' has sold 235,000 copies.)",
    ] {
        assert_ne!(label_of(text, "t"), Label::Quoted, "{text}");
    }
    let text = "\"Thank You,\" he said.";
    assert_eq!(label_of(text, "Thank"), Label::Quoted);
}

/// "opened up about her insecurities", "made a case for", "sounded off
/// against", "accepts that": speech and stances told by a phrase.
#[test]
fn speech_told_by_a_phrase() {
    for text in [
        "Dara Quill opened up about her insecurities in an interview.",
        "Author Dara Quill made a case for reading widely.",
        "Since then, Dara Quill has sounded off against the idea.",
        "Dara Quill accepts that the award has opened doors for her.",
        "Actress Dara Quill made an interesting observation about the industry.",
    ] {
        assert_eq!(label_of(text, "Quill"), Label::Named, "{text}");
    }
}

/// Groups holding positions by feelings and dislikes: "Environmentalists
/// hated it", "politicians remain upbeat about", "some fans were not fond
/// of".
#[test]
fn groups_hold_positions_by_feelings_and_dislikes() {
    for text in [
        "Environmentalists hated it.",
        "However, politicians remain upbeat about prospects for a recovery.",
        "Some fans were not fond of the new kit.",
    ] {
        assert_eq!(label_of(text, "t"), Label::Anonymous, "{text}");
    }
}

/// The twentieth second code review's misfires, mended.
#[test]
fn the_twentieth_second_code_reviews_misfires_stay_mended() {
    for (text, needle, label) in [
        // A lead widened; "that" pointing at a noun.
        (
            "Reyes opened up about a five-point lead over Holt in Ohio.",
            "lead",
            Label::Unattributed,
        ),
        (
            "The council accepted that proposal on Monday.",
            "proposal",
            Label::Unattributed,
        ),
        (
            "Smith accepted that award in 2012.",
            "award",
            Label::Unattributed,
        ),
        // The writer's forecast of a feeling.
        (
            "Investors will be keen to see whether the Fed raises rates.",
            "Fed",
            Label::Unattributed,
        ),
        // A one-word quotation after a work's noun is speech.
        (
            "Asked about her new novel, \"Absolutely,\" she said.",
            "Absolutely",
            Label::Quoted,
        ),
    ] {
        assert_eq!(label_of(text, needle), label, "{text}");
    }
    let text = "He accepted that the fires damaged the party.";
    assert_eq!(label_of(text, "fires"), Label::Named);
}

/// "Il Sole 24 Ore", "Radio 4 Extra": a short number between a name's
/// words is the name's; a year is not ("in March 2016 Garcia said").
#[test]
fn a_short_number_inside_a_name_stays_in_it() {
    let text = "According to Il Sole 24 Ore, the port will close in May. \
                In March 2016 Garcia said the port would stay open.";
    assert_eq!(resolved_in(text, "close in May"), Some("Il Sole 24 Ore"));
    assert_eq!(resolved_in(text, "stay open"), Some("Garcia"));
}

/// "The actor, whose films include A, B and C: D, said:": the list's commas
/// and a title's colon stand inside the relative clause; the quotation that
/// follows, over several paragraphs, is the actor's, and "the
/// Oscar-nominated actor" is the person named before.
#[test]
fn a_relative_clause_holding_a_list_of_titles_is_skipped_to_its_subject() {
    let text = "Aidan Kerr backed the appeal for the Harbour Playhouse on Monday.\n\n\
                The Oscar-nominated actor, whose films include Low Tide, Ferry Road and \
                Night Trains: The Return, said: \"The playhouse matters to this town.\n\n\
                \"It gave me my start.\"";
    assert_eq!(label_of(text, "matters to this town"), Label::Quoted);
    assert_eq!(label_of(text, "gave me my start"), Label::Quoted);
    assert_eq!(
        resolved_in(text, "matters to this town"),
        Some("Aidan Kerr")
    );
}

/// An appositive's list is no relative clause: "the two leading
/// Republicans, Ana Ruiz and Senator Carl Renner," is the source, not what
/// stands before it.
#[test]
fn an_appositive_list_of_names_keeps_its_own_span() {
    let text = "In addition to Mr. Webb, two members of the council, Ana Ruiz and \
                Carl Renner, have said they will not back the plan.";
    let report = audit(text);
    let sources = sources_of(sentence(&report, text, "not back the plan"));
    assert!(sources.iter().all(|s| !s.contains("Webb")), "{sources:?}");
}

/// "A study, which was commissioned by the council, found": a document a
/// body had made speaks for it; a study that only drew on a body's data has
/// no stated author.
#[test]
fn a_document_commissioned_by_a_body_is_official() {
    let text = "A study, which was commissioned by the council, found that the line \
                could pay its way.";
    assert_eq!(label_of(text, "pay its way"), Label::Official);
    let text = "A study, which drew on data from the council, found that the line \
                could pay its way.";
    assert_eq!(label_of(text, "pay its way"), Label::Anonymous);
}

/// "Sen. Ana Ruiz (D-Ore.), said": a stray comma after the party tag in
/// brackets still leaves the name the subject.
#[test]
fn a_stray_comma_after_a_bracketed_party_tag_keeps_the_name() {
    let text = "Sen. Ana Ruiz (D-Ore.), said after a lunch on Tuesday that she had not \
                read the plan.";
    let report = audit(text);
    assert_eq!(
        sources_of(sentence(&report, text, "read the plan")),
        ["Sen. Ana Ruiz (D-Ore.)"]
    );
    assert_eq!(label_of(text, "read the plan"), Label::Official);
}

/// A habit ("used to listen") and a move ("settled in Queens") report no
/// words; "used the speech to refute" and "used to say" still do.
#[test]
fn habits_and_moves_are_no_attributions() {
    for text in [
        "Kerr used to listen to the sermons on a Friday night.",
        "The family settled in Queens and spent weekends at the shore.",
        "Kerr emigrated to Canada in 1947.",
    ] {
        assert_eq!(label_of(text, "."), Label::Unattributed, "{text}");
    }
    let text = "Dan Kerr spoke at the port on Monday. Kerr used the speech to refute the \
                gloomy forecasts of his rivals.";
    assert_eq!(label_of(text, "refute"), Label::Named);
    let text = "Kerr used to say that the town was dying.";
    assert_eq!(label_of(text, "dying"), Label::Named);
}

/// "is bleak and seldom told": a participle joined to the copula's
/// adjective is a passive with no agent, whose adverb is no source.
#[test]
fn a_passive_joined_to_an_adjective_has_no_source() {
    let text = "For Kerr, the story of his brother is bleak and seldom told.";
    assert_eq!(label_of(text, "seldom"), Label::Unattributed);
}

/// "According to ''The Ferrys: Three Generations,'' by Ana Ruiz, Kerr told
/// ...": a title in marks before "by" and its author is a work, no
/// quotation, whatever its colon.
#[test]
fn a_title_in_marks_before_its_author_is_no_quotation() {
    let text = "According to ''The Ferrys: Three Generations That Built a Port,'' by Ana \
                Ruiz, Kerr told his roommate that the business was his.";
    assert_eq!(label_of(text, "roommate"), Label::Named);
}

/// "shirts that read “Vote Early”": the words a thing bears are no one's
/// quotation; the outlet cited reports the rest.
#[test]
fn words_a_thing_reads_are_no_quotation() {
    let text = "According to the Harbour Gazette, the men wore shirts that read “Vote \
                Early” on the back.";
    assert_eq!(label_of(text, "shirts"), Label::Named);
    let text = "Protesters carried signs reading \"No more tolls\" outside the hall, \
                police said.";
    assert_eq!(label_of(text, "signs"), Label::Official);
}

/// "Cruz has been acutely aware that": knowledge held is a position.
#[test]
fn being_aware_that_is_a_position() {
    let text = "Dan Kerr won the primary. Kerr has been acutely aware that the contest \
                comes down to delegates.";
    assert_eq!(label_of(text, "acutely aware"), Label::Named);
}

/// "Cost estimates, he added, were ...": the word before a speech tag set
/// between commas is a noun, and "he" is the speaker named before.
#[test]
fn a_word_before_a_speech_tag_between_commas_is_no_cue() {
    let text = "Press secretary Dan Kerr said the plan was sound. Cost estimates, he \
                added, were \"based on a prototype.\"";
    let report = audit(text);
    assert_eq!(sources_of(sentence(&report, text, "prototype")), ["he"]);
    assert_eq!(resolved_in(text, "prototype"), Some("Dan Kerr"));
}

/// "If he can help, then it shows politics works": the writer's inference
/// from a condition, no source's.
#[test]
fn then_it_shows_after_a_condition_is_the_writers() {
    let text = "Dan Kerr spoke at the port. If he can help the town a little, then it \
                shows politics is not worthless.";
    assert_eq!(label_of(text, "worthless"), Label::Unattributed);
}

/// "as anything the senator said on stage": words pointed at by a free
/// relative report nothing the senator said.
#[test]
fn anything_a_source_said_reports_nothing() {
    let text = "Dan Kerr won the primary. The defence was as damaging as anything the \
                Vermont senator said on stage.";
    assert_eq!(label_of(text, "on stage"), Label::Unattributed);
}

/// "made her husband, Bill, the "comeback kid"": a nickname after a name
/// and its article is no quotation beside a deed.
#[test]
fn a_nickname_after_a_name_is_no_quotation() {
    let text = "Ana Ruiz campaigned hard in the state that made her husband, Bill, the \
                \"comeback kid\" in 1992.";
    assert_eq!(label_of(text, "comeback"), Label::Unattributed);
}

/// "according to a review of available Harbour TV transcripts": a name
/// modifying what the document examined states no author; "a report of
/// the Harbour Board" and "an average of Post-ABC polls" do.
#[test]
fn a_name_in_what_a_document_examined_is_no_author() {
    let text = "The ban was lifted, according to a review of available Harbour TV \
                transcripts.";
    assert_eq!(label_of(text, "ban"), Label::Anonymous);
    let text = "The ban was lifted, according to a report of the Harbour Board.";
    assert_eq!(label_of(text, "ban"), Label::Official);
}

/// "new figures released on Tuesday by the Harbour Board": the day after
/// "on" between a participle and its agent keeps the agent in the source.
#[test]
fn a_day_after_on_between_a_participle_and_its_agent_keeps_the_agent() {
    let text = "Fares rose 9 percent, according to new figures released on Tuesday by \
                the Harbour Board.";
    assert_eq!(label_of(text, "Fares"), Label::Official);
}

/// "with the release of the November jobs report": a document's noun after
/// a noun of its topic is no verb; "the analysts report that" is one.
#[test]
fn a_document_noun_after_its_topic_is_no_cue() {
    let text = "They will get one more data point with the release of the November jobs \
                report.";
    assert_eq!(label_of(text, "data point"), Label::Unattributed);
    let text = "The analysts report that hiring slowed.";
    assert_eq!(label_of(text, "hiring"), Label::Anonymous);
}

/// "creating a global “divergence”": one word in marks after an article
/// and an adjective is a term, no quotation beside a deed; "the term
/// “superpredator”" is a term a source used.
#[test]
fn a_term_after_an_article_and_an_adjective_is_no_quotation() {
    let text = "Europe and China are easing credit, creating a global “divergence” that \
                lifts the dollar.";
    assert_eq!(label_of(text, "divergence"), Label::Unattributed);
}

/// "He is clear the ads will not be intrusive": a certainty held is a
/// position; "donors have clear ties" is none.
#[test]
fn being_clear_that_is_a_position() {
    let text = "Dan Kerr runs the station. He is clear the ads will not be intrusive.";
    assert_eq!(label_of(text, "intrusive"), Label::Named);
    let text = "Most of the donors have clear ties to a religious movement.";
    assert_eq!(label_of(text, "ties"), Label::Unattributed);
}

/// "That is why Democrats are worried that": the subject after "why".
#[test]
fn the_subject_after_that_is_why_holds_the_view() {
    let text = "That is why Democrats are worried that turnout will fall.";
    assert_eq!(label_of(text, "turnout"), Label::Anonymous);
    let text = "That's why Democrats are worried that turnout will fall.";
    assert_eq!(label_of(text, "turnout"), Label::Anonymous);
}

/// "The Harbour Board has imposed sanctions": a body's decision in the
/// perfect is its position, as in the past tense; "Apple has released a
/// phone" and "Ruiz has lifted the title" are acts.
#[test]
fn a_decision_in_the_perfect_is_a_position() {
    let text = "The Harbour Board has imposed sanctions on the ferry company.";
    assert_eq!(label_of(text, "sanctions"), Label::Official);
    let text = "The Harbour Board has lifted the ban on street parties.";
    assert_eq!(label_of(text, "ban"), Label::Official);
    let text = "Harbour Ferries has released a new timetable.";
    assert_eq!(label_of(text, "timetable"), Label::Unattributed);
    let text = "Ana Ruiz won in Sydney. Ruiz has now lifted the Sydney title four times.";
    assert_eq!(label_of(text, "four times"), Label::Unattributed);
}

/// "the Supreme Court declined to step into the case": a refusal to act is
/// a position, as "refused to" is; "declined to comment", "declined to be
/// interviewed" and "declined to directly respond" say nothing, and
/// "shares declined to a record low" is a fall.
#[test]
fn declining_to_act_is_a_position_and_declining_to_comment_is_not() {
    let text = "The ruling was overturned, and the Supreme Court declined to step into \
                the case.";
    assert_eq!(label_of(text, "step into"), Label::Official);
    for text in [
        "Ana Ruiz declined to be interviewed for this article.",
        "Ana Ruiz declined to directly respond to the question.",
        "Ana Ruiz declined to speculate on a backup plan.",
        "Shares in the company declined to a record low.",
        "Sales declined 5 percent in May.",
    ] {
        assert_eq!(label_of(text, "."), Label::Unattributed, "{text}");
    }
}

/// "identified young voters' exhaustion with bigotry as one of the
/// reasons": a judgement, as "sees X as" is; "identified that" still
/// states a finding.
#[test]
fn identifying_something_as_a_thing_is_a_judgement() {
    let text = "On \"Harbour Talk,\" Sen. Ana Ruiz (Ore.), who lost the primary, identified \
                young voters' weariness with the old parties as one of the reasons.\n\n\
                \"The young are tired of the old parties.\"";
    let report = audit(text);
    assert_eq!(
        sources_of(sentence(&report, text, "weariness")),
        ["Sen. Ana Ruiz (Ore.)"]
    );
    assert_eq!(label_of(text, "are tired"), Label::Quoted);
    let text = "The panel has identified that many groups use the same forms.";
    assert_eq!(label_of(text, "forms"), Label::Official);
}

/// "declined to give her view", "declined to provide guidance": refusals
/// to comment, which the guide leaves unattributed.
#[test]
fn declining_to_give_a_view_says_nothing() {
    for text in [
        "Ana Ruiz declined to give her view of the plan at this point.",
        "Harbour Ferries declined to provide guidance for the first quarter.",
        "Dan Kerr declined to offer his own figure for the losses.",
    ] {
        assert_eq!(label_of(text, "."), Label::Unattributed, "{text}");
    }
}

/// "Republicans, concerned about the party's declining appeal, have long
/// considered": a cue word after a possessive is a noun, and the aside
/// stays the subject's.
#[test]
fn a_cue_word_after_a_possessive_keeps_the_aside_an_aside() {
    let text = "Republicans, concerned about the party's declining appeal to women, have \
                long considered using the scandal.";
    let report = audit(text);
    assert!(
        sources_of(sentence(&report, text, "scandal"))
            .iter()
            .any(|s| s.starts_with("Republicans")),
        "{:?}",
        sources_of(sentence(&report, text, "scandal"))
    );
}

/// "Khan has long passed out copies": a decision's verb with a particle is
/// another verb, an act.
#[test]
fn a_decision_verb_with_a_particle_is_an_act() {
    let text = "Dan Kerr spoke in May. Kerr has long passed out copies of the charter \
                to students.";
    assert_eq!(label_of(text, "copies"), Label::Unattributed);
}

/// "Tory leader urges apology": a headline's office of one, its article
/// dropped, is on the record ("Philippine lawmaker wants" is one of many).
#[test]
fn a_headlines_office_of_one_is_official() {
    let text = "Tory leader urges ferry apology\n\nThe ferry company should apologise, says \
                Tory leader Dan Kerr.";
    assert_eq!(label_of(text, "urges"), Label::Official);
    let text = "Harbour lawmaker wants ferry banned from port.";
    assert_eq!(label_of(text, "banned"), Label::Anonymous);
}

/// "Nothing the president said will assuage fears, the senator said": the
/// words pointed at are no one's claim; the senator's are.
#[test]
fn nothing_a_source_said_is_no_attribution() {
    let text = "Nothing the president said \"will calm the markets,\" the senator said.";
    let report = audit(text);
    assert_eq!(
        sources_of(sentence(&report, text, "markets")),
        ["the senator"]
    );
}

/// "Sanders' campaign said": a name's plural possessive before a body's
/// noun is the source's owner, in its span.
#[test]
fn a_plural_possessive_before_a_body_stays_in_the_source() {
    let text = "Ana Sanders spoke on Monday. Sanders' campaign said the report was wrong.";
    let report = audit(text);
    assert_eq!(
        sources_of(sentence(&report, text, "was wrong")),
        ["Sanders' campaign"]
    );
}

/// "with Gary Neville criticised for his tackles": a participle after
/// "with" and a name is said of the name, no claim of the name's.
#[test]
fn a_participle_after_with_and_a_name_is_no_cue() {
    let text = "Dan Kerr is the worst example, with Ana Ruiz criticised for her tackles \
                on the captain.";
    assert_eq!(label_of(text, "tackles"), Label::Unattributed);
}

/// "Then, later that month on CNN: “...”": a quotation after a short
/// lead-in of when and where, naming no one, continues the speaker of the
/// paragraph before.
#[test]
fn a_quotation_after_a_nameless_lead_in_continues_the_last_speaker() {
    let text = "\"We made a mistake,\" Dan Kerr told the Harbour Gazette in October.\n\n\
                Then, later that month on the radio: \"I never said we made a mistake.\"";
    assert_eq!(label_of(text, "never said"), Label::Quoted);
    assert_eq!(resolved_in(text, "never said"), Some("Dan Kerr"));
}

/// "the Florida senator" after "Marco Rubio", named with no title: the
/// person named before, labelled as introduced (named); one introduced
/// with the title is official.
#[test]
fn an_office_of_a_place_stands_for_the_person_named_before() {
    let text = "Ana Ruiz won the debate. The Oregon senator said the party would unite.";
    assert_eq!(resolved_in(text, "unite"), Some("Ana Ruiz"));
    assert_eq!(label_of(text, "unite"), Label::Named);
    let text = "Sen. Ana Ruiz won the debate. The Oregon senator said the party would unite.";
    assert_eq!(label_of(text, "unite"), Label::Official);
    // (One named with an office elsewhere, and no other place before it,
    // still fits: "Gov. Dan Kerr" ... "Dan Kerr said" ... "The Ohio
    // governor".)
    let text = "Gov. Dan Kerr spoke first. Ana Lee posted a note.\n\nDan Kerr said the plan \
                was fine. The Ohio governor said the border must be secured.";
    assert_eq!(resolved_in(text, "border"), Some("Dan Kerr"));
}

/// "and on Monday announced": a verb after "and" and a day shares the
/// clause's subject; "rebuked by opponents" is criticism from unnamed
/// people; "are beginning to say" is the officials' saying.
#[test]
fn a_verb_after_and_a_day_and_rebukes_and_beginnings() {
    let text = "Dan Kerr spoke. Kerr has freed up $26 million and on Monday announced $5 \
                million more was being sent.";
    assert_eq!(resolved_in(text, "being sent"), Some("Dan Kerr"));
    let text = "Kerr has been rebuked by opponents for his plan to close the port.";
    assert_eq!(label_of(text, "rebuked"), Label::Anonymous);
    let text = "Officials at the central bank are beginning to say that inflation will rise.";
    assert_eq!(label_of(text, "inflation"), Label::Anonymous);
}

/// "The Louisiana governor barely qualified ..., but he feels": an office
/// of a place opening a sentence is its subject, whom "he" takes up; not a
/// person called the holder of another place's office.
#[test]
fn an_office_of_a_place_opening_a_sentence_is_whom_he_takes_up() {
    let text = "Carl Renner was heckled in Dover. Later, the Delaware governor told \
                reporters, \"it will pay off.\" In Reno, Paul Ashby toured two farms. \
                Another early start. The Nevada governor barely made the debate, but he \
                feels a surge coming.";
    assert_eq!(resolved_in(text, "surge"), Some("Paul Ashby"));
}

/// "the Vermont senator is sticking to his message" long after "Sen. Joe
/// Hale": a senator named without a place, pages back, is no holder of
/// Vermont's office; the person just named is.
#[test]
fn an_office_of_a_place_is_not_a_holder_named_long_before() {
    let text = "Sen. Joe Hale shook hands at a diner in Keene. He left at noon. Voters \
                lined up in the snow for hours. Schools closed early. Roads were slow. \
                The polls opened at seven. Turnout was high across the state all day. \
                Volunteers handed out coffee. Ballots ran short in two towns. Officials \
                kept the doors open late, and the count went on past midnight in the \
                larger cities of the south.\n\nCandidate \
                Ben Tarr is not answering the attacks on his backers. Instead, the Vermont \
                senator is sticking to his message. \"We have come a long way,\" he told \
                supporters.";
    assert_eq!(resolved_in(text, "long way"), Some("Ben Tarr"));
}

/// "Then he cut into Bush, calling him a "stiff"": an irregular past tense
/// is the main clause's verb, whose subject the participle shares.
#[test]
fn an_irregular_past_heads_the_clause_a_participle_shares() {
    let text = "Dan Kerr spoke next. Then he cut into Hale, calling him a \"stiff\" and a \
                bore.";
    assert_eq!(label_of(text, "stiff"), Label::Quoted);
    assert_eq!(resolved_in(text, "stiff"), Some("Dan Kerr"));
}

/// A notion or a name in quotation marks is no one's words when the
/// sentence says it is so called: "a loophole called an "inversion"",
/// "Referred to as "the General"", "under the slogan", "credited with
/// developing". One who refers to someone so speaks.
#[test]
fn a_notion_so_called_is_no_quotation() {
    let text = "Dan Kerr spoke next. He attacked the tax loophole called an \"inversion,\" \
                in which a firm moves abroad.";
    assert_ne!(label_of(text, "loophole"), Label::Quoted);
    let text = "Dan Kerr coached the side. Referred to at home as \"the Boss\", Kerr won \
                the cup in 1988.";
    assert_eq!(label_of(text, "Boss"), Label::Unattributed);
    let text = "Dan Kerr's party stuck to the levy as its rivals fought it under the \
                slogan ''Scrap the levy.''";
    assert_eq!(label_of(text, "slogan"), Label::Unattributed);
    let text = "Dan Kerr coached the side. His team was built around two wingers and \
                introduced \"total rugby\" to the league.";
    assert_eq!(label_of(text, "wingers"), Label::Unattributed);
    let text = "Dan Kerr spoke next. He referred to the mayor as \"a clown.\"";
    assert_eq!(label_of(text, "clown"), Label::Quoted);
}

/// "the suit claims", "the suit reads": a lawsuit, however short its
/// noun, is a document that says things.
#[test]
fn a_suit_is_a_document_that_says() {
    let text = "Along with other allegations, the suit claims that Hale made false \
                statements.";
    assert_eq!(
        sources_of(sentence(&audit(text), text, "false")),
        ["the suit"]
    );
    let text = "\"Hale tied these statements to me,\" the suit reads.";
    assert_eq!(label_of(text, "tied"), Label::Quoted);
}

/// "A 2014 estimate by the Joint Committee on Taxation projected that":
/// a projection is a claim of whoever made it.
#[test]
fn projected_that_is_a_claim() {
    let text = "A 2014 estimate by the Harbour Budget Office projected that the change \
                would cost $20 million.";
    assert_eq!(label_of(text, "cost"), Label::Official);
    // A passive projection with no agent is the writer's forecast.
    let text = "The economy is projected to grow by 2% next year.";
    assert_eq!(label_of(text, "grow"), Label::Unattributed);
}

/// "Past Congressional Budget Office (CBO) forecasts said", "World
/// Anti-Doping Agency (WADA) chief Dick Pound says": a body's acronym in
/// brackets stays inside the source, whose head comes after it.
#[test]
fn an_acronym_in_brackets_stays_inside_the_source() {
    let text = "Past Harbour Budget Office (HBO) forecasts said there would be a \
                shortfall.";
    let report = audit(text);
    let s = sentence(&report, text, "shortfall");
    assert_eq!(
        sources_of(s),
        ["Past Harbour Budget Office (HBO) forecasts"]
    );
    assert_eq!(s.label, Label::Official);
    let text = "Harbour Rowing Union (HRU) chief Dan Kerr says the race should move.";
    assert_eq!(resolved_in(text, "race"), Some("Dan Kerr"));
    assert_eq!(label_of(text, "race"), Label::Official);
}

/// Deeds a known person does hold no claim: "didn't find a job", "did
/// not dismiss Kerr" (let go), "guided his side to the title",
/// "interviewed a witness". A study's finding and a dismissed claim do.
#[test]
fn things_found_and_people_dismissed_are_deeds() {
    let text = "Ana Ruiz studied law. She didn't find a job in her field, but she works in \
                an office.";
    assert_eq!(label_of(text, "field"), Label::Unattributed);
    let text = "Dan Kerr runs the team. But Hale did not dismiss Kerr on Tuesday.";
    assert_eq!(label_of(text, "Tuesday"), Label::Unattributed);
    let text = "Dan Kerr coached the side. He guided his side to the 1988 title.";
    assert_eq!(label_of(text, "1988"), Label::Unattributed);
    let text = "Officer Dan Kerr wrote the report. Kerr also interviewed a reporter who saw \
                the fight.";
    assert_eq!(label_of(text, "fight"), Label::Unattributed);
    let text = "The study found a link between sleep and memory.";
    assert_ne!(label_of(text, "sleep"), Label::Unattributed);
    let text = "Dan Kerr dismissed Hale's claims as nonsense.";
    assert_eq!(label_of(text, "nonsense"), Label::Named);
    let text = "Dan Kerr dismissed Ana Ruiz as a liar.";
    assert_eq!(label_of(text, "liar"), Label::Named);
}

/// "A Treasury spokesman said the agency does not comment on specific
/// transactions": the words said are a refusal.
#[test]
fn a_body_that_does_not_comment_refuses() {
    let text = "A Treasury spokesman said the agency does not comment on specific \
                transactions.";
    assert_eq!(label_of(text, "transactions"), Label::Unattributed);
    let text = "A Treasury spokesman said the agency does not comment on deals because \
                they are secret.";
    assert_eq!(label_of(text, "secret"), Label::Official);
}

/// "Cara Voss, a Dover native and 2009 college graduate, is saddled with
/// debt. At 29, she still lives at home. "...," she said": a person the
/// text presents by a description of a native or a graduate, whatever her
/// given name, is the subject "she" goes on with, past an opening phrase.
#[test]
fn a_native_presented_is_whom_she_goes_on_with() {
    let text = "Ana Ruiz took out loans. \"It was hard,\" she said.\n\nXantha Vollmer, a \
                Dover, Del., native and 2009 Kent College graduate, is saddled with debt. \
                At 29 years old, she still lives in her childhood bedroom.\n\n\"Who wants to \
                live at home?\" she said.";
    assert_eq!(resolved_in(text, "Who wants"), Some("Xantha Vollmer"));
}

/// "Pfizer and Allergan announced ... The companies expect": the plural
/// noun of bodies tells what the names are, official whatever the names
/// told.
#[test]
fn the_companies_after_two_names_are_bodies() {
    let text = "Dravex and Holmby announced a merger on Monday. The companies expect to \
                save $2 billion over three years.";
    assert_eq!(label_of(text, "save"), Label::Official);
}

/// "Trump's hard-edged - and increasingly personal - approach", "China's
/// state-owned investment giant CITIC says": a compound in "-ed" after a
/// possessive modifies a noun; it is no verb of the owner's.
#[test]
fn a_compound_after_a_possessive_is_no_verb() {
    let text = "Dan Kerr spoke in Dover. In the meantime, Kerr's hard-edged - and \
                increasingly personal - approach seems to be alienating voters.";
    assert_eq!(label_of(text, "alienating"), Label::Unattributed);
    let text = "Harbovia's state-owned shipping giant Kelmar runs two ports and says it \
                has set up a fund.";
    let report = audit(text);
    assert_eq!(
        sources_of(sentence(&report, text, "fund")),
        ["Harbovia's state-owned shipping giant Kelmar"]
    );
}

/// "A letter sent to Martin Mubanga said": whom a document was sent to is
/// no author of it; with no author stated, the letter is anonymous.
#[test]
fn a_letters_recipient_is_no_author() {
    let text = "A letter sent to Dan Kerr said his passport would not be issued.";
    let report = audit(text);
    let s = sentence(&report, text, "passport");
    assert_eq!(sources_of(s), ["A letter sent to Dan Kerr"]);
    assert_eq!(s.label, Label::Anonymous);
    // An author after "by" is still one.
    let text = "A memo sent to staff by Dan Kerr said the office would close.";
    assert_ne!(label_of(text, "office"), Label::Anonymous);
}

/// "Another worshipper who didn't want to be named said ... "...," the man
/// said": the relative clause that withholds the name is the subject's,
/// and "the man" after that unnamed source is that source, anonymous.
#[test]
fn the_man_after_an_unnamed_source_is_that_source() {
    let text = "Another worshipper who prayed at the mosque here and who didn't want to \
                be named said he heard the gunman talk of revenge. \"I think it was hate,\" \
                the man said.";
    let report = audit(text);
    assert_eq!(
        sources_of(sentence(&report, text, "revenge")),
        ["Another worshipper who prayed at the mosque here and who didn't want to be named"]
    );
    assert_eq!(label_of(text, "hate"), Label::Anonymous);
}

/// "Jack Straw has attacked the ruling. The foreign secretary said": an
/// office opening the sentence after one whose subject spoke, named with no
/// title, when no holder is known, is that person, labelled by the office;
/// not when another person was named lately, nor when the office was met
/// before for someone else.
#[test]
fn an_office_after_its_untitled_holder_spoke_is_that_holder() {
    let text = "Dan Kerr has attacked the court's ruling on detainees. The harbour \
                secretary said the right to life was the first liberty.";
    assert_eq!(resolved_in(text, "first liberty"), Some("Dan Kerr"));
    assert_eq!(label_of(text, "first liberty"), Label::Official);
    let text = "Dan Kerr was joined by Ana Ruiz at the school. Mr Kerr said he wanted \
                more police. The harbour secretary said the town was safe.";
    assert_eq!(resolved_in_or_none(text, "town was safe"), None);
}

/// "Kerr's most explosive claim is that", "his earlier statements that":
/// an owner's claim past its adjectives; not "His lawyers claim that",
/// whose "claim" is a verb of the lawyers.
#[test]
fn an_owners_claim_past_its_adjectives() {
    let text = "But Kerr's most explosive claim is that the panel was a \"witch hunt.\"";
    let report = audit(text);
    let s = sentence(&report, text, "panel");
    assert_eq!(sources_of(s), ["Kerr's"]);
    assert_eq!(s.label, Label::Quoted);
    let text = "Dan Kerr spoke. All ran counter to his earlier statements that the \
                meeting never happened.";
    assert_eq!(label_of(text, "never happened"), Label::Named);
    let text = "His lawyers claim that their client never saw the books.";
    assert_eq!(label_of(text, "books"), Label::Anonymous);
}

/// "Mr. Kerr projected the supreme confidence that has defined his
/// campaign": an air shown; "the budget office projected that" forecasts.
#[test]
fn projecting_confidence_is_no_forecast() {
    let text = "Dan Kerr spoke. Mr. Kerr projected the supreme confidence that has \
                defined his campaign.";
    assert_eq!(label_of(text, "confidence"), Label::Unattributed);
}

/// "Said Wales assistant coach Scott Johnson: "..."": a fronted tag whose
/// name has lowercase words of office before it.
#[test]
fn a_fronted_tag_with_an_office() {
    let text = "Said Harbour assistant coach Dan Kerr: \"They worked all weekend. So we \
                get two back.\"";
    let report = audit(text);
    assert_eq!(sentence(&report, text, "weekend").label, Label::Quoted);
    assert_eq!(sentence(&report, text, "two back").label, Label::Quoted);
    assert_eq!(resolved_in(text, "weekend"), Some("Dan Kerr"));
}

/// "Redknapp, 57, quit his post and vowed: "..."": an age between commas
/// after the subject a cue's verb shares; an irregular past ("quit") is
/// the verb before it. A deed after an age stays no claim ("Gere, 55,
/// greeted the crowd").
#[test]
fn an_age_between_commas_before_the_shared_verb() {
    let text = "Dan Kerr coached the side. Kerr, 57, quit his post on 24 November and \
                vowed: \"I will not go down the road.\"";
    assert_eq!(label_of(text, "down the road"), Label::Quoted);
    assert_eq!(resolved_in(text, "down the road"), Some("Dan Kerr"));
    let text = "Dan Kerr came to town. Kerr, 55, greeted the crowd and signed autographs.";
    assert_eq!(label_of(text, "autographs"), Label::Unattributed);
}

/// "Sanders' allies have been eager to ensure that": a plural's
/// possessive mark ends the owner's name inside the subject, and the people
/// it owns are unnamed, as "Clinton's allies" are; "Sanders' campaign"
/// and "Mr Sands' book" keep their owner.
#[test]
fn people_a_plural_possessive_owns_are_unnamed() {
    let text = "Dan Sanders spoke. Sanders' allies have been eager to ensure that he \
                wins a seat.";
    assert_eq!(label_of(text, "wins a seat"), Label::Anonymous);
    let text = "Sanders' aides said he would win.";
    assert_eq!(label_of(text, "would win"), Label::Anonymous);
    let text = "Sanders' campaign said he would win.";
    assert_eq!(label_of(text, "would win"), Label::Official);
}

/// "Mr. Hurt is eager to get the book out", "Lowe was desperate to give
/// Wigley every chance": an eagerness to act is a position held; the
/// writer's forecast of one is not ("Investors will be eager to see").
#[test]
fn eager_and_desperate_to_act_are_positions() {
    let text = "Dan Kerr wrote a book. Mr. Kerr is eager to get the book out before the \
                vote.";
    assert_eq!(label_of(text, "before the vote"), Label::Named);
    let text = "Harbour chairman Dan Kerr was desperate to give the coach every chance.";
    assert_eq!(label_of(text, "every chance"), Label::Official);
    let text = "Investors will be eager to see the figures.";
    assert_eq!(label_of(text, "figures"), Label::Unattributed);
}

/// "Attorney General Loretta Lynch is reaffirming that": a verb of saying.
#[test]
fn reaffirming_is_saying() {
    let text = "WASHINGTON (AP) — Attorney General Ann Ruiz is reaffirming that the probe \
                is going on.";
    assert_eq!(label_of(text, "probe"), Label::Official);
}

/// "With captain Gareth Thomas ruled out of the campaign, Williams is
/// vying": an absolute phrase with "with" opens no subject; a group's
/// stance in one still counts ("With Democratic leaders increasingly
/// worried").
#[test]
fn an_opening_with_phrase_is_no_subject() {
    let text = "Dan Kerr leads the side. With captain Dan Kerr ruled out of the campaign \
                with a broken thumb, Lee is vying for a start.";
    assert_eq!(label_of(text, "broken thumb"), Label::Unattributed);
    let text = "With Ann Ruiz ruled out of the match, Lee is vying for a start.";
    assert_eq!(label_of(text, "vying"), Label::Unattributed);
    let text = "With Labour leaders increasingly worried about a lack of passion for Ann \
                Ruiz among young voters, Mayor Dan Kerr is rolling out a new and more \
                personal message: \"It's about me.\"";
    assert_eq!(label_of(text, "passion"), Label::Anonymous);
}

/// "Attorney General Ann Ruiz filed a $40 million lawsuit in 2013
/// alleging": a sum before a document's noun stays in the phrase, whose
/// filer is the source.
#[test]
fn a_sum_before_a_filed_document() {
    let text = "In addition, Attorney General Ann Ruiz filed a $40 million lawsuit in \
                2013 alleging that the school had defrauded students.";
    assert_eq!(resolved_in(text, "defrauded"), Some("Ann Ruiz"));
    assert_eq!(label_of(text, "defrauded"), Label::Official);
}

/// "Depositions released in March quote Trump acknowledging": the one a
/// document quotes is the speaker, not the document's phrase with him.
#[test]
fn the_one_a_document_quotes_speaks() {
    let text = "Depositions released in March quote Kerr acknowledging a lack of close \
                involvement.";
    let report = audit(text);
    let s = sentence(&report, text, "involvement");
    assert_eq!(sources_of(s), ["Kerr"]);
    assert_eq!(s.label, Label::Named);
}

/// "Ireland call up uncapped Campbell": a player called up is picked, no
/// call made with words.
#[test]
fn calling_up_a_player_is_a_deed() {
    let text = "Wales call up uncapped Kerr";
    assert_eq!(label_of(text, "uncapped"), Label::Unattributed);
}

/// "Eric Holder announced his resignation", "before announcing her run": a
/// step of a career made known reports no words; "announced that he would
/// run" does.
#[test]
fn announcing_a_candidacy_reports_no_words() {
    let text = "Dan Kerr announced his resignation on Monday.";
    assert_eq!(label_of(text, "resignation"), Label::Unattributed);
    let text = "That's partly why Ann Ruiz quit giving paid speeches before announcing her \
                run.";
    assert_eq!(label_of(text, "speeches"), Label::Unattributed);
    let text = "Dan Kerr announced that he would run.";
    assert_eq!(label_of(text, "would run"), Label::Named);
}

/// "the Sanders camp has identified ... as", "Clinton camp plans to": a
/// candidate's camp is a campaign, a body.
#[test]
fn a_candidates_camp_is_a_body() {
    let text = "Like Rove, the Kerr camp has identified Ruiz's bank ties as one of her \
                biggest weaknesses.";
    assert_eq!(label_of(text, "weaknesses"), Label::Official);
    let text = "Refugees in the camp said they were hungry.";
    assert_eq!(label_of(text, "hungry"), Label::Anonymous);
}

/// "The White House would like", "the company would like": a body's wish is
/// its position; "would" after a body's noun is no noun itself.
#[test]
fn a_body_would_like() {
    let text = "The White House would like to make the vote a test of competence. \
                Orvane Foods lost money. The company would like a new plant. \
                If schedules permit, the campaign would like to hold a rally.";
    assert_eq!(label_of(text, "The White House would"), Label::Official);
    assert_eq!(label_of(text, "The company would"), Label::Official);
    assert_eq!(label_of(text, "the campaign would"), Label::Official);
}

/// "said Mr King." at a sentence's end: the honorific makes "King" a
/// surname, whose full stop ends the sentence (no title's abbreviation),
/// so the bare surname is named, as "Mr King said" is.
#[test]
fn an_honorific_surname_that_is_a_title_ends_the_sentence() {
    let text = "\"Firms are learning,\" said Paul King, a security consultant. \
                The sites are offshore, said Mr King.";
    assert_eq!(label_of(text, "The sites are offshore"), Label::Named);
    assert_eq!(
        resolved_in(text, "The sites are offshore"),
        Some("Paul King")
    );
}

/// "The US Securities and Exchange Commission": a listed body's name of
/// several words, its "and" with it, inside a longer run of capitals.
#[test]
fn a_listed_body_inside_a_run_keeps_its_and() {
    let text = "The US Securities and Exchange Commission announced the fines. \
                The US Food and Drug Administration said the drug was safe.";
    assert_eq!(
        resolved_in(text, "The US Securities"),
        Some("US Securities and Exchange Commission")
    );
    assert_eq!(
        resolved_in(text, "The US Food"),
        Some("US Food and Drug Administration")
    );
}

/// "Airbus has delivered 40 jets": a body's act after an auxiliary is an
/// act still; "has warned" is words.
#[test]
fn a_body_act_after_an_auxiliary_is_no_claim() {
    let text = "So far, Airbus has delivered 40 jets to the carrier. \
                The company has warned of losses.";
    assert_eq!(label_of(text, "Airbus has delivered"), Label::Unattributed);
    assert_eq!(label_of(text, "The company has warned"), Label::Official);
}

/// "the singer of Because the Night told", "49%, say the "sharing
/// economy"": an article alone is no source.
#[test]
fn an_article_alone_is_no_source() {
    let text = "The singer of Because the Night told reporters that it was fun. \
                About 49%, say the \"sharing economy\" is good.";
    let report = audit(text);
    for s in &report.sentences {
        for a in &s.attributions {
            assert_ne!(a.source.text, "the");
        }
    }
}

/// "Sen. Ana Ruiz ... Sen. Tom Hale ... pressed Ruiz, but the senator
/// insisted": of two holders of a plain office, the one mentioned last,
/// though the other was introduced last.
#[test]
fn a_plain_office_is_its_holder_mentioned_last() {
    let text = "Sen. Ana Ruiz met the governor on Friday. \
                Her backing may help win over supporters of Sen. Tom Hale. \
                A host pressed Ruiz on the ticket, but the senator insisted she had not discussed it.";
    assert_eq!(resolved_in(text, "insisted"), Some("Ana Ruiz"));
}

/// "The neurosurgeon has given no details, saying", "a cleric warned": a
/// trade's noun names a kind of person, whom a participle and a verb of
/// saying take as subject.
#[test]
fn trades_of_people_are_unnamed_persons() {
    let text = "The neurosurgeon has given no details, saying that he was happy. \
                A cleric warned that the war would spread.";
    assert_eq!(label_of(text, "The neurosurgeon"), Label::Named);
    assert_eq!(label_of(text, "A cleric warned"), Label::Anonymous);
}

/// "The main danger he sees ... is": a noun phrase before a clause with
/// no "that" is what the clause is about; its pronoun is the source.
#[test]
fn a_pronoun_after_its_clauses_object_is_the_source() {
    let text = "Karl Brandt, a defence minister, spoke. \
                The main danger he sees for these plans is \"the rise of rivals.\" \
                The major danger he sees is \"apathy.\"";
    let report = audit(text);
    let s = sentence(&report, text, "The main danger");
    assert_eq!(s.attributions[0].source.text, "he");
    assert_eq!(s.attributions[0].source.resolved, Some("Karl Brandt"));
    // ("major", a title's word, modifies the noun after it.)
    let s = sentence(&report, text, "The major danger");
    assert_eq!(s.attributions[0].source.text, "he");
}

/// "Groups that backed the plan say", "organizations that have endorsed
/// him say": a relative clause with no subject of its own stands between
/// the people's noun and its verb; neither "him" nor the clause speaks.
#[test]
fn a_relative_clause_after_a_groups_noun_is_passed_over() {
    let text = "Groups that backed the plan say it works. \
                But progressive organizations that have endorsed him say it fails.";
    let report = audit(text);
    assert_eq!(
        sentence(&report, text, "Groups that").attributions[0]
            .source
            .text,
        "Groups"
    );
    assert_eq!(
        sentence(&report, text, "progressive").attributions[0]
            .source
            .text,
        "progressive organizations"
    );
    assert_eq!(label_of(text, "progressive"), Label::Anonymous);
}

/// "was unsure why the ads ran", "are unsure whether": a doubt held about
/// a question is a position; "was happy if it worked" is no question.
#[test]
fn a_doubt_about_a_question_is_held() {
    let text = "Dan Tripp, state director of Keep the Promise, was unsure why the ads ran. \
                Voters are unsure whether the plan works. \
                Lena Ford was happy if it worked.";
    assert_eq!(label_of(text, "unsure why"), Label::Official);
    assert_eq!(label_of(text, "unsure whether"), Label::Anonymous);
    assert_eq!(label_of(text, "happy if"), Label::Unattributed);
}

/// "is anticipating a quiet start", "is expecting a rise": an expectation
/// held, in the progressive too.
#[test]
fn an_expectation_in_the_progressive_is_held() {
    let text = "The Royal Institution of Chartered Surveyors said prices fell. \
                Looking ahead, the group is anticipating a quiet start to the year. \
                Most commentators have been expecting an election in May.";
    assert_eq!(label_of(text, "anticipating"), Label::Official);
    assert_eq!(label_of(text, "Most commentators"), Label::Anonymous);
}

/// "The campaign entered the talks believing it had leverage": a
/// participle of belief right after the main clause's object is the
/// subject's; not one after an auxiliary ("what analysts had been
/// expecting").
#[test]
fn a_belief_after_the_object_is_the_subjects() {
    let text = "Trump's campaign entered the talks believing it had more leverage. \
                Sales rose 0.6%, twice what some analysts had been expecting.";
    let report = audit(text);
    let s = sentence(&report, text, "entered the talks");
    assert_eq!(s.attributions[0].source.text, "Trump's campaign");
    assert_eq!(s.label, Label::Official);
    let s = sentence(&report, text, "twice what");
    assert_eq!(s.attributions[0].source.text, "some analysts");
}

/// "invited Matt Dorr, the president of the Foundation for Peace, who
/// criticizes": the relative pronoun after an appositive stands for the
/// name the appositive describes, not the body named inside it.
#[test]
fn a_relative_pronoun_after_an_appositive_is_the_named_person() {
    let text = "Sanders invited Matt Dorr, the president of the Foundation for Middle East Peace, \
                who often criticizes the plan. \
                It was blocked by Lena Holt, the widow of singer Kurt Vane, who did not want the song.";
    assert_eq!(resolved_in(text, "often criticizes"), Some("Matt Dorr"));
    assert_eq!(resolved_in(text, "did not want"), Some("Lena Holt"));
}

/// "make his supporters feel heard": a feeling caused is no one's stance.
#[test]
fn a_feeling_caused_is_no_stance() {
    let text = "He could introduce more policies and make his supporters feel heard.";
    assert_eq!(label_of(text, "supporters"), Label::Unattributed);
}

/// "Turnout could surprise, Charles Kennet has said. The Liberal Democrat
/// leader predicted": an office opening the sentence after a tag's source,
/// a person with no title, is that source.
#[test]
fn an_office_after_a_tags_source_is_that_source() {
    let text =
        "Voters' passion could confound predictions of a low turnout, Charles Kennet has said. \
                The Liberal Democrat leader predicted concerns over Iraq would surface.";
    assert_eq!(resolved_in(text, "predicted"), Some("Charles Kennet"));
    assert_eq!(label_of(text, "predicted"), Label::Official);
}

/// "has some advice for Democrats: ...", "had harsh words for": words
/// offered, in a verb's phrase.
#[test]
fn advice_and_harsh_words_are_words() {
    let text = "Harry Reed has some advice for Democrats already celebrating: Don't relax. \
                Reed had harsh words for the plan.";
    assert_eq!(label_of(text, "some advice"), Label::Named);
    assert_eq!(label_of(text, "harsh words"), Label::Named);
}

/// "Chelsea Clinton, husband expecting second child": a birth awaited is no
/// expectation held; "expect a child care bill to pass" is.
#[test]
fn expecting_a_child_is_no_expectation() {
    let text = "Ann Lee, husband expecting second child. \
                Officials expect a child care bill to pass.";
    assert_eq!(label_of(text, "second child"), Label::Unattributed);
    assert_eq!(label_of(text, "child care bill"), Label::Anonymous);
}

/// "Earlier this year she topped a poll": a time before the pronoun is no
/// noun phrase that a clause is about.
#[test]
fn a_time_before_a_pronoun_is_no_clauses_object() {
    let text = "Sharon Osborne was named. Earlier this year she topped a poll of stars.";
    assert_eq!(label_of(text, "topped"), Label::Unattributed);
}

/// "Anwar Smith, a cleric, is shown lecturing: “...”": a speaker's label
/// describes with no verb; this lead-in has its own, and its subject is
/// the name with its description.
#[test]
fn a_label_with_a_verb_is_a_lead_in() {
    let text = "Anwar Smith, a cleric, is shown lecturing: \u{201c}Take heed of history.\u{201d}";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.text,
        "Anwar Smith, a cleric"
    );
}

/// "McDonald's to sponsor MTV show", "Mourinho to escape FA charge": a
/// headline's object with no article after an infinitive is a noun.
#[test]
fn a_headlines_object_after_an_infinitive_is_a_noun() {
    let text =
        "Acme to sponsor MTV show\n\nMourinho to escape FA charge\n\nHe went to hear Kerr speak.";
    assert_eq!(label_of(text, "MTV show"), Label::Unattributed);
    assert_eq!(label_of(text, "FA charge"), Label::Unattributed);
}

/// "England sevens coach Mike Friday said": a weekday after a given name
/// is a surname.
#[test]
fn a_weekday_after_a_given_name_is_a_surname() {
    let text = "\"We will win,\" said England sevens coach Mike Friday.";
    assert_eq!(resolved_in(text, "We will win"), Some("Mike Friday"));
    let text = "England sevens coach Mike Friday said it would be hard.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.text,
        "England sevens coach Mike Friday"
    );
}

/// "Twitter said ... The company said", "Boeing unveiled a jet. The firm
/// said": a listed company that spoke or opened a sentence is what "the
/// company" or "the firm" stands for; one that spoke since wins.
#[test]
fn the_company_is_the_listed_company_last_in_view() {
    let text = "Twitter said it had suspended accounts. The company said it was fine. \
                Boeing unveiled a jet. The firm said sales rose. \
                Kestrel Mining Ltd said output fell. The company said jobs would go.";
    assert_eq!(resolved_in(text, "it was fine"), Some("Twitter"));
    assert_eq!(resolved_in(text, "sales rose"), Some("Boeing"));
    assert_eq!(
        resolved_in(text, "jobs would go"),
        Some("Kestrel Mining Ltd")
    );
}

/// "“...,” an intelligence source, who was not authorized to speak, told
/// Fox News": after the quotation, the unnamed source before its aside
/// speaks; the outlet told is no source.
#[test]
fn an_unnamed_source_with_an_aside_after_a_quotation_speaks() {
    let text = "\"The agents are busy,\" an intelligence source, who was not authorized to \
                speak on the record, told Fox News.";
    assert_eq!(label_of(text, "agents are busy"), Label::Anonymous);
    let report = audit(text);
    assert!(report.sentences[0].attributions[0]
        .source
        .text
        .starts_with("an intelligence source"));
}

/// "Henman hopes ended in Dubai": a plural of a stance before what became
/// of it is a noun; "Smith hopes the plan works" is a verb.
#[test]
fn hopes_that_ended_are_a_noun() {
    let text = "Henman hopes ended in Dubai\n\nSmith hopes the plan works.";
    assert_eq!(label_of(text, "ended"), Label::Unattributed);
    assert_eq!(label_of(text, "plan works"), Label::Named);
}

/// "isn't expected to attend": a negated passive with no agent names no
/// one who expects.
#[test]
fn a_negated_passive_names_no_source() {
    let text =
        "The front-runner, Dana Lee, a regular in recent years, isn\u{2019}t expected to attend.";
    assert_eq!(label_of(text, "expected"), Label::Unattributed);
}

/// "as the “senior black correspondent”", "Tony Blair's “cabinet
/// enforcer”": a nickname of a few words after "as the" or a name's
/// possessive is a term, no quotation; "names Russia as the “failing
/// state”" gives the speaker's own name for it.
#[test]
fn a_nickname_after_as_the_or_a_possessive_is_a_term() {
    let text = "Larry Wilmer hosts. \
                He is best known for appearances as the \"senior black correspondent\" on the show. \
                Mr Cunliffe went on to become Tony Blair's \"cabinet enforcer\". \
                Amitai Etzel spoke. He names Russia as the \"failing state\" of gravest concern.";
    assert_eq!(label_of(text, "senior black"), Label::Unattributed);
    assert_eq!(label_of(text, "cabinet enforcer"), Label::Unattributed);
    assert_eq!(label_of(text, "failing state"), Label::Quoted);
}

/// "Biden headlined a fundraiser", "Warren exited the meeting", "the party
/// backed down": deeds and a retreat, no claim; "the union backed the
/// plan" holds a position.
#[test]
fn headlining_exiting_and_backing_down_are_deeds() {
    let text = "Joe Biden spoke on Monday. Biden headlined a fundraiser in Miami. \
                Ann Warren exited the meeting at noon. \
                The state party eventually backed down. The union backed the plan.";
    assert_eq!(label_of(text, "headlined"), Label::Unattributed);
    assert_eq!(label_of(text, "exited"), Label::Unattributed);
    assert_eq!(label_of(text, "backed down"), Label::Unattributed);
    assert_eq!(label_of(text, "backed the plan"), Label::Official);
}

/// "the more she has insisted": a comparative before the pronoun is no
/// time; whatever the pronoun is found as the subject of, "the more" is no
/// part of it. (What a person has shown is a deed, no claim: the sentence
/// asks of a verb of saying.)
#[test]
fn a_comparative_before_a_pronoun_leaves_the_pronoun() {
    let text = "Hillary Clinton won. \
                The longer this race has gone on, the more she has insisted she can win.";
    let report = audit(text);
    let s = sentence(&report, text, "the more she");
    assert!(!s.attributions.is_empty());
    for a in &s.attributions {
        assert_eq!(a.source.text, "she");
    }
}

/// "Mr Dunn warned ... “...” Mr Hasson said developers had to be more
/// “business-like”. “There are still ...”": the new speaker of the
/// sentence just before speaks the quotation, though a few of their words
/// were quoted there.
#[test]
fn a_new_speaker_with_a_partial_quotation_speaks_the_next_one() {
    let text = "Gary Dunn warned of a short supply. \"If companies hire bigger teams, talent will run out.\" \
                Fred Hasson said developers had to be more \"business-like\". \
                \"There are still some developers from the bedroom coding days.\"";
    assert_eq!(resolved_in(text, "bedroom coding"), Some("Fred Hasson"));
}

/// "James B. Comey Jr., the director of the Federal Bureau of
/// Investigation, said": the name before the appositive, its suffix's stop
/// with it, is the source, not the body in the description.
#[test]
fn a_suffixed_name_before_an_appositive_is_the_source() {
    let text = "\"It works,\" James B. Comey Jr., the director of the Federal Bureau of \
                Investigation, said in December.";
    assert_eq!(resolved_in(text, "It works"), Some("James B. Comey Jr"));
}

/// "delivering a blistering critique of Trump", "delivered his tirade
/// against": words delivered, as a speech is.
#[test]
fn a_critique_delivered_is_words() {
    let text = "Hillary Clinton descended on the town on Wednesday, delivering a blistering \
                critique of the casinos.";
    assert_eq!(label_of(text, "critique"), Label::Named);
}

/// "Bashar al-Assad wants peace", "Anwar al-Awlaki ... is shown lecturing:
/// “...”": a name ending in a particle joined by a hyphen is a subject.
#[test]
fn a_name_ending_in_a_hyphened_particle_is_a_subject() {
    let text = "Bashar al-Assad wants peace. \
                The cleric Anwar al-Awlaki, who died in 2011, is shown lecturing: \"Take heed.\"";
    assert_eq!(label_of(text, "wants peace"), Label::Named);
    assert_eq!(label_of(text, "lecturing"), Label::Quoted);
}

/// "worked at Vanguard Logistics Services. The company confirmed", "MTN -
/// the South African firm which lost - ... The company has said": a firm
/// named in passing by its legal suffix or an appositive of a firm is "the
/// company" next, when no other firm spoke since; "a new Access Services
/// division" is a part of one, and "Facebook/Jo Bell." a picture's credit.
#[test]
fn the_company_is_a_firm_named_in_passing_just_before() {
    let text = "Facebook/Jo Bell.\n\n\
                The pilot joined in 2004, according to his Facebook profile. \
                Mr Bell worked as a manager at Kestrel Freight Services in Ghent. \
                The company confirmed he was on the plane. \
                Vodafone said the decision was risky. \
                If Vodafone pulls out, Zarnet - the Dutch firm which lost the tender - may return. \
                The company has said it would take a smaller stake. \
                Brightline Group said it would set up a new Access Services division. \
                The company also said prices would fall.";
    assert_eq!(
        resolved_in(text, "on the plane"),
        Some("Kestrel Freight Services")
    );
    assert_eq!(resolved_in(text, "smaller stake"), Some("Zarnet"));
    assert_eq!(
        resolved_in(text, "prices would fall"),
        Some("Brightline Group")
    );
}

/// "passed away", "passed up the chance", "passed three checks", "secured
/// the rights", "changed her schedule", "wrote a $500,000 check": deeds of
/// a person, no claim; "changed his tune" is a change of stance.
#[test]
fn deeds_of_passing_securing_changing_and_writing_checks_hold_no_claim() {
    let text = "Omar Reyes passed away on 17 March. Lena Brook passed up the chance to run. \
                Dana Whitby passed three background checks. He later secured the film rights. \
                Carla Diaz changed her schedule to be in Ohio. \
                The fund manager wrote a $500,000 check to a super PAC. \
                Tom Reid changed his tune on trade.";
    let report = audit(text);
    assert_unattributed(
        &report,
        text,
        &[
            "passed away",
            "passed up",
            "background checks",
            "film rights",
            "her schedule",
            "check to",
        ],
    );
    assert_eq!(label_of(text, "his tune"), Label::Named);
}

/// "spoke to reporters", "spoke with Breitbart News", "spoke at the White
/// House": an audience or a place addressed, no words reported; "speak
/// with admiration of" and "spoke at length about" tell a stance or what
/// was said, and "spoke of" stays speech.
#[test]
fn speaking_to_an_audience_reports_no_words() {
    let text = "Dana Whitby spoke to reporters on Friday after the vote. \
                Lena Brook spoke with the Courier on Monday. \
                Omar Reyes spoke at the town hall on Tuesday. \
                Longtime friends still speak with admiration of his manners. \
                Tom Reid spoke at length about his plan for the port. \
                Carla Diaz spoke of her ties to the city.";
    let report = audit(text);
    assert_unattributed(&report, text, &["reporters", "Courier", "town hall"]);
    assert_eq!(label_of(text, "admiration"), Label::Anonymous);
    assert_eq!(label_of(text, "at length"), Label::Named);
    assert_eq!(label_of(text, "her ties"), Label::Named);
}

/// "spoke to analysts about shareholder worries over the bid": a plural
/// after "about" and bare modifiers is a noun; "a new book about the
/// chancellor claims" holds a verb.
#[test]
fn a_plural_after_about_and_bare_modifiers_is_a_noun() {
    let text = "Talk turned to a question about shareholder worries over the bid. \
                Tony Reid quit, a new book about the minister claims.";
    assert_eq!(label_of(text, "shareholder worries"), Label::Unattributed);
    assert_eq!(label_of(text, "book about"), Label::Anonymous);
}

/// "Ed Brookover met reporters. He says": "Ed" is a man's given name, so
/// "he" is the man just named rather than one named before him.
#[test]
fn ed_is_a_mans_given_name() {
    let text = "Donald Trump won. Ed Brookover met reporters on Thursday. \
                He says the meeting was the first.";
    assert_eq!(
        resolved_in(text, "meeting was the first"),
        Some("Ed Brookover")
    );
}

/// "talks over government plans to hold suspects": a plural after "over"
/// and bare modifiers is a noun; "Enough said." is an idiom, no one's
/// words.
#[test]
fn plans_after_over_and_enough_said_hold_no_claim() {
    let text = "Mr Reid held talks with Dana Holt on Friday over government plans to hold \
                suspects at home. Enough said.";
    let report = audit(text);
    assert_unattributed(&report, text, &["talks", "Enough"]);
}

/// "Mr. Sanders has found ways to press his agenda": a means found, no
/// finding.
#[test]
fn found_ways_is_a_means_not_a_finding() {
    let text = "The senator found ways to press his agenda through small provisions.";
    assert_eq!(label_of(text, "found ways"), Label::Unattributed);
}

/// "Clinton paused, then revealed why": a comma and "then" join a second
/// verb to the subject, as "and" does.
#[test]
fn a_verb_after_a_comma_and_then_shares_the_subject() {
    let text = "Dana Holt paused, then revealed why the vote mattered.";
    assert_eq!(sources_of(&audit(text).sentences[0]), ["Dana Holt"]);
}

#[test]
fn a_dateline_does_not_hide_the_subject_a_pronoun_takes_up() {
    let text = "OAKVILLE, Ont. - Party leader Joan Merrick pressed Sen. Tom Varga on trade and loyalty to Governor Okafor at a forum Sunday as she sought to blunt his rise.";
    assert_eq!(resolved_in(text, "she sought"), Some("Joan Merrick"));
}

#[test]
fn a_name_before_an_aside_in_dashes_is_no_dateline() {
    let text = "A lost score by the composer Anton Weiss has been rebuilt. \
                Leo Marsh - a violinist and leading interpreter of Weiss - has written the missing parts. \
                He said he had first wanted to leave the fragment alone.";
    assert_eq!(resolved_in(text, "He said"), Some("Leo Marsh"));
}

#[test]
fn a_name_after_an_opening_phrase_of_any_preposition_is_the_subject() {
    let text = "Governor Okafor left office in May. \
                Throughout the evening, Joan Merrick cast herself as the heir of the Okafor years. \
                On schools, she said she would keep the new funding.";
    assert_eq!(resolved_in(text, "she said"), Some("Joan Merrick"));
    let text = "Sen. Paul Reyes won the vote on Tuesday. \
                When the polls closed, Dana Price conceded nothing. \
                Later, she said the count was flawed.";
    assert_eq!(resolved_in(text, "she said"), Some("Dana Price"));
}

#[test]
fn a_tally_row_and_a_section_label_before_a_colon_name_no_speaker() {
    let text = "Primary Update: The latest count in the race.\n\nMaria Lopez: 1,204.\n\nJohn Reed: 987 (41%).";
    for needle in ["Primary Update", "Maria Lopez", "John Reed"] {
        assert_eq!(label_of(text, needle), Label::Unattributed, "{needle}");
    }
    // A name before a colon and words is still a headline's speaker.
    let text = "Maria Lopez: \"We will win the count.\"";
    assert_eq!(label_of(text, "Maria Lopez"), Label::Quoted);
}

#[test]
fn steps_of_a_career_are_no_claims() {
    let text = "The actor Tom Reddle will play the lead. \
                Reddle first found fame in a hospital drama and has since starred in two films. \
                In fact, Reddle emerged as a regular face on television. \
                In 1999, he enlisted in the navy and served abroad.";
    for needle in ["found fame", "emerged", "enlisted"] {
        assert_eq!(label_of(text, needle), Label::Unattributed, "{needle}");
    }
}

#[test]
fn a_figure_set_beside_another_is_no_comparison_drawn() {
    let text = "A report by the Civic Data Office says 12 million homes lack fast internet. \
                It compares to 30 million, or half the country, ten years ago.";
    assert_eq!(label_of(text, "compares to"), Label::Unattributed);
    // Setting one person beside another is a view.
    let text = "Senator Ana Ruiz compared the plan to a blank cheque.";
    assert_eq!(label_of(text, "blank cheque"), Label::Official);
}

#[test]
fn a_deed_after_adverbs_is_still_a_deed() {
    let text = "Mayor Dana Holt spoke to the council about the budget. \
                On Friday, Holt only further muddled a dispute that has dogged her term.";
    assert_eq!(label_of(text, "muddled"), Label::Unattributed);
}

#[test]
fn a_concession_without_a_comma_opens_a_clause_of_its_own() {
    let text = "In the past, Orbix has supported the free system Linux although critics have said this was only a ploy.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert!(sources_of(&report.sentences[0]).contains(&"critics"));
    // A concession opening the words reported stays inside them.
    let text = "Prosecutors argued that although Mr Lane confessed, he showed no remorse.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), vec!["Prosecutors"]);
}

#[test]
fn the_same_noun_after_an_unnamed_person_met_with_a_stays_unnamed() {
    let text = "Ann Lee and her husband were greeted by an organizer at a field office. \
                “You will be the best messengers,” the organizer told them.";
    assert_eq!(label_of(text, "messengers"), Label::Anonymous);
    // A description of a named person is no unnamed person met.
    let text = "Arthur Vale was a writer of thrillers. \
                The writer said, \"I was never satisfied.\"";
    assert_ne!(label_of(text, "never satisfied"), Label::Anonymous);
    // Nor is a body's noun: the committee the article named stays named.
    let text = "A committee of MPs met on Monday. The Health Committee said the cuts were deep. \
                The committee said: \"We are deeply concerned.\"";
    assert_eq!(label_of(text, "deeply concerned"), Label::Quoted);
}

#[test]
fn an_unnamed_speaker_described_at_length_is_whom_she_takes_up() {
    let text = "Nora Blake runs a group for adoptees. She learned of the rules late.\n\n\
                \"My mom always said we were citizens,\" said the woman, who spoke on the condition of anonymity because she feared her employer would learn her status.\n\n\
                Now 46, she is afraid of losing her job.\n\n\
                \"With all the talk about immigration, I am even more scared,\" she said.";
    assert_eq!(label_of(text, "even more scared"), Label::Anonymous);
}

#[test]
fn an_epithet_opening_the_sentence_holds_a_stance_and_carries_the_subject() {
    let text = "Former champion Mark Dalton has accused British runners of lacking pride. \
                However, Lena Price countered: \"It is easy to criticise.\" \
                Dalton was involved in a spat with Britain's Sam Orr this year. \
                The American had cast doubt on Orr's injury.\n\n\
                And the American remains highly critical of British coaching. \
                \"They never race abroad,\" he claimed.";
    let report = audit(text);
    let s = sentence(&report, text, "remains highly critical");
    assert_eq!(s.label, Label::Named);
    assert_eq!(s.attributions[0].source.resolved, Some("Mark Dalton"));
    assert_eq!(resolved_in(text, "race abroad"), Some("Mark Dalton"));
}

#[test]
fn a_band_named_in_capitals_is_no_body() {
    let text = "Irish band KRW have announced plans to play a second night in Leeds.";
    assert_eq!(label_of(text, "second night"), Label::Named);
    let text = "The union GMB has announced plans to strike in May.";
    assert_eq!(label_of(text, "strike in May"), Label::Official);
}

#[test]
fn a_headlines_plans_done_with_are_no_intention() {
    let text =
        "Harbour agency plans dropped\n\nThe council has scrapped a levy on visiting yachts.";
    assert_eq!(label_of(text, "agency plans"), Label::Unattributed);
    let text = "The council plans dropped kerbs on every street.";
    assert_eq!(label_of(text, "kerbs"), Label::Official);
}

#[test]
fn a_verb_of_saying_joined_to_a_participle_clause_reports_the_subject() {
    let text = "Mayor Dana Holt toured the harbour on Monday, praising the crews and accusing the port board of neglect.";
    let report = audit(text);
    let cues: Vec<&str> = report.sentences[0]
        .attributions
        .iter()
        .map(|a| a.cue.text)
        .collect();
    assert!(cues.contains(&"accusing"), "{cues:?}");
    // A deed joined so is no claim.
    let text =
        "Dana Holt has shaken up her office, hiring a new chief and promoting a junior aide.";
    assert_eq!(label_of(text, "promoting"), Label::Unattributed);
}

#[test]
fn an_epithet_in_a_later_clause_is_another_named_in_the_sentence() {
    let text = "Governor Tom Reyes spoke in Dover on Friday. \
                Reyes took on Sen. Maria Lopez on Sunday after the Democratic front-runner had said that he was \"a danger to the state.\"";
    assert_eq!(resolved_in(text, "front-runner"), Some("Maria Lopez"));
    // After an opening clause and its comma, the epithet is the subject.
    let text = "Sen. Paul Hart met voters in Concord. \
                Asked whether Hart still senses anger at Ann Cole among his voters, the Vermont senator said that some still feel that way.";
    assert_eq!(resolved_in(text, "Vermont senator"), Some("Paul Hart"));
}

#[test]
fn taking_to_a_platform_to_complain_is_the_subjects_claim() {
    let text = "Fans of the singer have taken to social media to complain about the late start.";
    assert_eq!(label_of(text, "complain"), Label::Anonymous);
    let text = "Governor Tom Reyes took to Twitter to criticize the ruling.";
    assert_eq!(label_of(text, "criticize"), Label::Official);
}

#[test]
fn a_count_an_outlet_made_is_its_source_after_based_on() {
    let text =
        "Here is where the race stands, based on a Reuters count, before the vote on Saturday.";
    assert_eq!(label_of(text, "Reuters count"), Label::Named);
    let text = "The paper reported on Monday, based on the current delegate count, that the race was close.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), vec!["The paper"]);
}

#[test]
fn a_relative_clause_ending_at_know_reports_nothing_known() {
    let text = "Advocates say adoptees are stuck. \
                They look and talk like Americans, though this is the only country they know.";
    assert_eq!(label_of(text, "only country"), Label::Unattributed);
    let text = "Many voters are angry. They know it is too late.";
    assert_eq!(label_of(text, "too late"), Label::Anonymous);
}

#[test]
fn requests_sales_quarrels_titles_and_wins_are_no_claims() {
    let cases = [
        "On Monday, The Gazette sought more details.",
        "The Tide are currently promoting the album's second single.",
        "Previous governor Dana Holt, who often argued with the Treasury, steps down on 16 January.",
        "Facing resistance in Congress, President Reyes leaned on his executive powers to act.",
        "European champions Harlow fought back through a late try.",
        "Senator Maria Lopez crushed in Ohio, won Iowa and lost to Reyes.",
    ];
    for text in cases {
        assert_eq!(
            audit(text).sentences[0].label,
            Label::Unattributed,
            "{text}"
        );
    }
    // A quarrel's topic or claim keeps it a claim.
    let text = "Ann Cole walked off the set after arguing with the host on how the attack should be named.";
    assert_eq!(label_of(text, "arguing"), Label::Named);
}

#[test]
fn rubbishing_a_suggestion_is_a_claim() {
    let text = "England captain Jason Reed has rubbished suggestions that the side is in decline.";
    assert_eq!(label_of(text, "rubbished"), Label::Named);
}

#[test]
fn reports_ending_the_sentence_after_a_modifier_are_documents_not_a_verb() {
    let text = "Britain seems to lag Europe in producing corporate social responsibility reports.";
    assert_eq!(label_of(text, "lag Europe"), Label::Unattributed);
    let text = "Prices will rise again, the paper reports.";
    assert_eq!(label_of(text, "Prices"), Label::Named);
}

#[test]
fn a_title_in_quotation_marks_that_a_relative_clause_describes_is_no_speech() {
    let text = "\"It is a dream,\" said Mara Lind, the author. \"I wrote it at night.\"\n\n\
                \"Closing Bell,\" which will be in bookstores on Tuesday, is a twist on a familiar genre.";
    assert_eq!(label_of(text, "bookstores"), Label::Unattributed);
}

#[test]
fn a_name_given_after_a_noun_ending_in_s_is_no_quotation() {
    let text = "Adam Lowry wrote the program. \
                He put it up on the net; the result is a work in progress called \"podgrab\".";
    assert_eq!(label_of(text, "podgrab"), Label::Unattributed);
    let text = "She met resistance at a firm renowned for a status called \"The Old Way.\"";
    assert_eq!(label_of(text, "Old Way"), Label::Unattributed);
}

#[test]
fn a_days_possessive_names_no_author() {
    let text = "Friday's lawsuit argues that the offer ignores future growth.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.text, "Friday's lawsuit");
    assert_ne!(a.source.resolved, Some("Friday"));
}

#[test]
fn a_quoted_kind_of_message_between_an_article_and_its_noun_is_no_quotation() {
    let text =
        "Ann Ward had been trying to oust Sen. Tom Reyes with a \"beat the old guard\" theme.";
    assert_eq!(label_of(text, "old guard"), Label::Unattributed);
}

#[test]
fn a_time_before_the_source_is_no_part_of_it() {
    let text = "Transport Minister Ann Cole spoke on Monday. \
                Last Friday the minister had announced that she would hire three new executives.";
    let report = audit(text);
    let s = sentence(&report, text, "Last Friday");
    assert_eq!(sources_of(s), vec!["the minister"]);
    assert_eq!(s.attributions[0].source.resolved, Some("Ann Cole"));
}

#[test]
fn what_she_wanted_to_do_tells_no_want() {
    let text = "Mara Lind left the bank. \
                She began thinking about what she wanted to write about women in finance, and wrote a novel.";
    assert_eq!(label_of(text, "began thinking"), Label::Unattributed);
    let text = "Mara Lind left the bank. She wanted to write about women in finance.";
    assert_eq!(label_of(text, "She wanted"), Label::Named);
}

#[test]
fn a_question_put_a_bill_drafted_and_a_post_won_are_no_claims() {
    let cases = [
        "In an interview last week, Senator Maria Lopez was asked what she thought the governor would do.",
        "Senator Paul Hart met voters. He wrote only one amendment to the bill.",
        "Ann Cole was the first woman in the cabinet, promoted from the Home Office in 2002.",
    ];
    assert_last_sentences_unattributed(&cases);
    // A bill written to make a case is a claim.
    let text = "Senator Paul Hart wrote a bill arguing that the tax was unfair.";
    assert_eq!(label_of(text, "unfair"), Label::Official);
}

#[test]
fn a_two_word_title_after_a_preposition_or_a_determiner_is_no_quotation() {
    let text = "(The French are big fans of ''Night Shift,'' Mr. Dale said.)";
    assert_eq!(label_of(text, "Night Shift"), Label::Named);
    let text = "On Monday, the Orbix network said it was canceling the low-rated ''Rush Hour.''";
    assert_ne!(label_of(text, "Rush Hour"), Label::Quoted);
    // Two words after a verb of saying are still speech.
    let text = "The crowd chanted \"Four More!\" as the mayor, Ann Cole, said: \"Thank You.\"";
    assert_eq!(label_of(text, "Thank You"), Label::Quoted);
}

#[test]
fn a_ballot_cast_for_someone_is_a_deed_and_a_vote_on_a_measure_a_position() {
    let text =
        "Ann Cole runs a bakery in Tampa. She voted for Obama in 2012 but may back Reyes now.";
    assert_eq!(label_of(text, "voted for Obama"), Label::Unattributed);
    let text = "Senator Paul Hart spoke on Monday. Hart early voted on March 2.";
    assert_eq!(label_of(text, "early voted"), Label::Unattributed);
    let text = "Senator Paul Hart spoke on Monday. In 2003, Hart voted to ban the practice.";
    assert_eq!(label_of(text, "voted to ban"), Label::Named);
}

#[test]
fn having_spoken_of_a_topic_is_a_claim() {
    let text = "Ravi Mehta has spoken of ownership issues between the two brothers.";
    assert_eq!(label_of(text, "ownership"), Label::Named);
    let text = "Mayor Ann Cole has spoken about the need for tighter budgets.";
    assert_eq!(label_of(text, "tighter budgets"), Label::Official);
}

#[test]
fn floating_a_notion_is_a_claim() {
    let text =
        "Jo Banks and Tim Reed both floated the notion that only some refugees should be admitted.";
    assert_eq!(label_of(text, "refugees"), Label::Named);
}

#[test]
fn an_honorifics_surname_before_of_and_a_body_heads_the_source() {
    let text =
        "David Noakes runs Starlight TV. Mr. Noakes of Starlight said the show was a good bet.";
    let report = audit(text);
    let s = sentence(&report, text, "good bet");
    assert_eq!(s.attributions[0].source.resolved, Some("David Noakes"));
    assert_eq!(s.label, Label::Named);
}

#[test]
fn deeds_of_a_life_and_a_trade_are_no_claims() {
    let cases = [
        "Leo Marks ran a bar in Leeds. He briefly dabbled in acting, before opening a shop.",
        "Bakery boss arrested over tax fraud",
        "Ann Cole and Rita Moss shared the best actress award at the festival.",
        "Paul Hart played the drums. Unfortunately, he also shared another trait common among drummers.",
        "In 2009, Paul Hart quit after he accidentally posted a private image of himself online.",
        "The mayor's rival, Paul Hart, posted an easy victory in the primary.",
        "Dashboards like these are increasingly showing up in city offices.",
        "She toured widely, recording with noted blues singers such as Ann Cole.",
        "His life story is moving and well told.",
        "Republicans are defending a number of swing seats in 2018.",
        "On Friday, Hart will testify before the Senate Banking Committee about the merger.",
        "Ann Cole visited the college. She spoke as part of a discussion panel, then led a tour.",
        "(The rules require that surgeons at clinics have admitting privileges at hospitals.)",
        "Reyes pleaded guilty, but had he denied the charge he would have faced a trial.",
        "Paul Hart was a senator. In 2012, Hart resigned from the Senate and moved to Ohio.",
    ];
    assert_last_sentences_unattributed(&cases);
    // Testimony given on a topic, words posted, a view shared are claims.
    let text = "In 2013, Hart testified before Congress on the attacks in Libya.";
    assert_ne!(label_of(text, "Libya"), Label::Unattributed);
    let text = "Ann Cole posted a message on Twitter saying that she would run.";
    assert_eq!(label_of(text, "would run"), Label::Named);
}

#[test]
fn positions_taken_and_beliefs_told_are_claims() {
    let text = "But the National Rifle Association came out in opposition on Tuesday.";
    assert_eq!(label_of(text, "opposition"), Label::Official);
    let text = "The NeverTrump faction tells itself that staying home is principled.";
    assert_eq!(label_of(text, "principled"), Label::Named);
    let text = "Republicans continue to tell voters that the tax is unfair.";
    assert_eq!(label_of(text, "unfair"), Label::Anonymous);
    let text = "Ann Cole runs the archive. Ms Cole sees the changes as part of a wider revolution.";
    assert_eq!(label_of(text, "wider revolution"), Label::Named);
}

#[test]
fn a_proposition_quoted_after_its_owner_is_quoted() {
    let text =
        "It starts with Mr. Hale's admittedly bold proposition that ''editors are killing news.''";
    assert_eq!(label_of(text, "bold proposition"), Label::Quoted);
    let text = "It starts with Hale's claim that \"editors are killing news.\"";
    assert_eq!(label_of(text, "Hale's claim"), Label::Quoted);
}

#[test]
fn an_epithet_of_age_trade_or_renown_after_a_trailing_tag_is_its_speaker() {
    let text = "Paul Hart plans to cut taxes, Ben Okafor said Monday. \
                \"It will work,\" the retired neurosurgeon told reporters. \
                The former Republican presidential candidate continued, saying he was sure.";
    let report = audit(text);
    let s = sentence(&report, text, "It will work");
    assert_eq!(s.attributions[0].source.resolved, Some("Ben Okafor"));
    let s = sentence(&report, text, "continued");
    assert_eq!(s.attributions[0].source.resolved, Some("Ben Okafor"));
    let text = "Film-maker Spike Lee urged students to invest. \
                \"It's a huge market,\" the 47-year-old director said.";
    let report = audit(text);
    let s = sentence(&report, text, "huge market");
    assert_eq!(s.attributions[0].source.resolved, Some("Spike Lee"));
}

#[test]
fn a_measures_purpose_a_threatened_plan_and_a_named_demand_are_no_claims() {
    let cases = [
        "Row threatens Leeds museum plan",
        "On Monday, Senator Paul Hart voted against a tax proposal intended to split the party.",
        "Cole even agreed to the original Hart demand and offered to debate in May.",
        "The unions are wary of the simmering Hart support.",
    ];
    for text in cases {
        let report = audit(text);
        let last = report.sentences.last().unwrap();
        assert!(
            last.attributions.iter().all(|a| a.cue.text != "intended"
                && a.cue.text != "demand"
                && a.cue.text != "support"
                && a.cue.text != "threatens"),
            "{text}: {:?}",
            last.attributions
        );
    }
    assert_eq!(label_of(cases[0], "Row"), Label::Unattributed);
    // (The vote itself is a position on the measure.)
    assert_eq!(label_of(cases[1], "intended"), Label::Official);
    // A plural's verb after "the" is still a verb.
    let text = "Yesterday the Britons say they will win.";
    assert_eq!(label_of(text, "Britons"), Label::Named);
}

#[test]
fn a_hope_held_in_a_purpose_phrase_is_the_subjects() {
    let text = "Paul Hart runs for mayor. He has avoided attacking supporters of Cole and Reyes \
                in hopes that they will back him later.";
    let report = audit(text);
    let s = sentence(&report, text, "in hopes");
    assert_eq!(s.attributions[0].source.text, "He");
    assert_eq!(s.attributions[0].source.resolved, Some("Paul Hart"));
    assert_eq!(s.label, Label::Named);
}

#[test]
fn a_participle_right_after_a_tag_shares_its_source() {
    let text = "Ohio Sen. Paul Hart caused a stir when he went on the record endorsing Ann Cole.";
    let report = audit(text);
    let s = sentence(&report, text, "endorsing");
    assert_eq!(s.label, Label::Official);
    assert!(
        s.attributions.iter().all(|a| a.source.text == "he"),
        "{:?}",
        s.attributions
    );
    let text = "\"The post was filled,\" she said adding that it had been advertised.";
    let report = audit(text);
    let s = sentence(&report, text, "advertised");
    assert!(s.attributions.iter().any(|a| a.cue.text == "adding"));
    assert!(s.attributions.iter().all(|a| a.source.text == "she"));
}

#[test]
fn a_participle_after_instead_shares_the_main_subject() {
    let text = "But the government has resisted pressure for judges to make the orders, \
                instead saying judges will be able to quash them.";
    assert_eq!(label_of(text, "quash"), Label::Official);
}

#[test]
fn a_stance_inside_an_allegation_or_a_rumour_is_its_content() {
    let text = "But the label has long been dogged by allegations it supports gang culture.";
    assert_eq!(label_of(text, "gang culture"), Label::Unattributed);
    let text = "There had been speculation that Santos had felt undermined by the board.";
    assert_eq!(label_of(text, "undermined"), Label::Unattributed);
    // Words said inside a report stay a source's; a rumour in the sentence
    // before changes nothing.
    let text =
        "Cole rejects Lions rumours\n\nLock Ann Cole has dismissed reports linking her to the job.";
    assert_eq!(label_of(text, "dismissed"), Label::Named);
}

#[test]
fn what_someone_is_brought_to_hold_is_the_content_of_the_persuading() {
    let text = "It is about convincing readers that they want what you are selling.";
    assert_eq!(label_of(text, "convincing"), Label::Unattributed);
    // The persuader's own claim stays.
    let text = "Paul Hart convinced voters that he would win.";
    assert_eq!(label_of(text, "convinced"), Label::Named);
}

#[test]
fn a_race_left_a_salary_drawn_and_things_not_known_hold_no_claim() {
    let cases = [
        "Ohio Sen. Paul Hart suspended his campaign after losing his home-state primary.",
        "Paul Hart was a banker. He also commanded a salary of between £25,000 and £35,000.",
        "Paul Hart ran for mayor. He's covered all the political bases.",
        "After Cole testified, Hart and his team seemed to shift focus.",
        "Hart's supporters can't quite say goodbye.",
        "Ann Cole met him in 2001. Mr Pound found out about it last year.",
        "But even her fellow cast members didn't know that she had been on her own since she was 14.",
    ];
    assert_last_sentences_unattributed(&cases);
    // A finding and a body's suspension are claims.
    let text = "Paul Hart found out that the bank had lied.";
    assert_eq!(label_of(text, "bank"), Label::Named);
}

#[test]
fn a_transcripts_turn_runs_to_the_end_of_its_paragraph() {
    let text = "TAPPER: Do you think he can heal the divide?\n\n\
                FALLIN: I think the nation needs to work together. They want safe homes. \
                Everyone wants to be treated equal. And I think that is his intent.";
    let report = audit(text);
    for needle in ["safe homes", "treated equal", "his intent"] {
        let s = sentence(&report, text, needle);
        assert_eq!(s.attributions.len(), 1, "{needle}");
        assert_eq!(s.attributions[0].source.text, "FALLIN", "{needle}");
    }
}

#[test]
fn an_infinitive_after_a_persons_noun_describes_the_person() {
    let text = "The last man to mount a major presidential race says he doubts it.";
    assert_eq!(label_of(text, "doubts"), Label::Named);
    let text = "The first woman to lead the party said she would win.";
    assert_eq!(label_of(text, "would win"), Label::Named);
}

#[test]
fn a_name_led_or_prompted_to_conclude_is_the_source() {
    let text = "Spending patterns led Apacs to conclude that cards had overtaken cash.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Apacs"]);
    let text = "The timing of the debate led Republicans to say that Democrats were hiding.";
    assert_eq!(label_of(text, "hiding"), Label::Anonymous);
}

#[test]
fn a_name_between_a_possessive_and_a_base_form_makes_a_noun() {
    let text = "What the Videos Contain Makes Cole's Hart Claim Look Silly";
    assert_eq!(label_of(text, "Claim"), Label::Unattributed);
    let text = "Obama's Gitmo plan leaves everyone unhappy.";
    assert_eq!(label_of(text, "Gitmo"), Label::Unattributed);
    // A verb's own forms stay verbs.
    let text = "Britain's Blair Says Iraq War Justified";
    assert_eq!(label_of(text, "Says"), Label::Named);
    let text = "As Purple PAC's Crane said, the two have become the least ideological.";
    assert_ne!(label_of(text, "ideological"), Label::Unattributed);
}

#[test]
fn citing_an_event_named_after_a_place_cites_no_source() {
    let text = "Citing last week's Paris attack as a wake-up call, George Will urged \
                voters to drop \"entry-level\" candidates.";
    let report = audit(text);
    assert!(report.sentences[0]
        .attributions
        .iter()
        .all(|a| a.cue.text != "Citing"));
    let text = "Citing the Associated Press, the paper said the talks had failed.";
    let report = audit(text);
    assert!(report.sentences[0]
        .attributions
        .iter()
        .any(|a| a.cue.text == "Citing"));
}

#[test]
fn what_analysts_had_anticipated_is_their_expectation() {
    let text = "The results were slightly better than analysts had anticipated.";
    assert_eq!(label_of(text, "anticipated"), Label::Anonymous);
    // An adjective of things awaited holds no one's view.
    let text = "Why is the game among the most anticipated of all time?";
    assert_eq!(label_of(text, "anticipated"), Label::Unattributed);
    let text = "Eagerly anticipated and often awkward, the photo line is a staple.";
    assert_eq!(label_of(text, "anticipated"), Label::Unattributed);
}

#[test]
fn plays_in_a_match_a_comment_withheld_and_help_called_in_hold_no_claim() {
    let cases = [
        "Agassi endured early problems against Carlsen before sealing the win.",
        "Frenchman Cyril Saulnier, meanwhile, fired 19 aces to secure the win.",
        "Agassi also employed several lobs and charged to the net to unsettle him.",
        "The campaign has not commented on the reason for cancelling the interview.",
        "Argonaut called in administrators on Friday to rescue the company.",
    ];
    assert_last_sentences_unattributed(&cases);
    // Words fired at someone, a charge laid, are claims.
    let text = "Jeb Bush fired at Trump, Ted Cruz and John Kasich.";
    assert_eq!(label_of(text, "fired"), Label::Named);
    let text = "Prosecutors charged that he lied to investigators.";
    assert_ne!(label_of(text, "lied"), Label::Unattributed);
}

#[test]
fn casting_or_painting_someone_as_something_is_a_view() {
    let text = "And Cruz has cast him as weak on immigration.";
    assert_eq!(label_of(text, "weak"), Label::Named);
    let text = "President Paul Hart effectively painted his rival as an out-of-touch rich man.";
    assert_eq!(label_of(text, "rich man"), Label::Official);
    let text = "New Jersey Gov. Ann Cole has demeaned Hart's toughness on the trail.";
    assert_eq!(label_of(text, "toughness"), Label::Official);
    // A ballot cast, a cast member, a painting hold none.
    let text = "Only 367,491 people cast a ballot for either candidate on Saturday.";
    assert_eq!(label_of(text, "ballot"), Label::Unattributed);
    let text = "\"It was great,\" said cast member Ann Cole.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.text,
        "cast member Ann Cole"
    );
}

#[test]
fn a_trailing_description_before_a_closing_relative_clause_names_the_post() {
    let text = "Turnout is low, according to Ann Cole, director of the Granite State Survey \
                Center, which conducted the poll.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(
        s.attributions[0].source.text,
        "Ann Cole, director of the Granite State Survey Center"
    );
    assert_eq!(s.label, Label::Official);
}

#[test]
fn a_deed_insisted_on_a_call_answered_and_a_sides_hopes_hold_no_claim() {
    let cases = [
        "Among them was a former model, who insisted on removing her hat.",
        "It means including people who have responded to Hart's call for change.",
        "Bryan twins keep US hopes alive",
    ];
    assert_last_sentences_unattributed(&cases);
    let text = "Ann Cole insisted on his innocence throughout the trial.";
    assert_eq!(label_of(text, "innocence"), Label::Named);
}

#[test]
fn a_spokesman_for_a_body_left_unnamed_is_unidentified() {
    let text = "A spokesman for one US shop said it expected the device to sell out.";
    assert_eq!(label_of(text, "sell out"), Label::Anonymous);
    let text = "A spokesman for Boeing said the plane was safe.";
    assert_eq!(label_of(text, "safe"), Label::Official);
}

#[test]
fn the_spokesman_speaks_for_the_body_a_spokesman_was_brought_in_for() {
    let text = "A spokesman for the Home Office said the plan was fair. \
                \"We are developing a returns programme,\" the spokesman said.";
    let report = audit(text);
    let s = sentence(&report, text, "returns programme");
    assert_eq!(s.attributions[0].source.resolved, Some("Home Office"));
    assert_eq!(s.label, Label::Quoted);
}

#[test]
fn a_pronouns_source_span_leaves_out_a_contracted_auxiliary() {
    let text = "Sanders won. He's suggesting that delegates should flip.";
    let report = audit(text);
    let source = &report.sentences[1].attributions[0].source;
    assert_eq!(source.text, "He");
    assert_eq!(&text[source.start..source.end], "He");
}

#[test]
fn a_party_tag_tells_a_senators_state_to_an_epithet_of_another() {
    let text = "Marco Rubio stressed defense issues during an appearance with Sen. Joni Ernst, \
                R-Iowa. The Florida senator told reporters he feels good.";
    let report = audit(text);
    let s = sentence(&report, text, "feels good");
    assert_eq!(s.attributions[0].source.resolved, Some("Marco Rubio"));
}

#[test]
fn charities_and_broadcasters_unnamed_are_anonymous_groups() {
    let text = "Children's charities have reacted with alarm, saying the policy was cruel.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.attributions[0].source.text, "Children's charities");
    assert_eq!(s.label, Label::Anonymous);
    let text = "Many networks and broadcasters are now more nervous about airing nudity.";
    assert_eq!(label_of(text, "nervous"), Label::Anonymous);
}

#[test]
fn advising_clients_or_deals_is_a_firms_trade() {
    let cases = [
        "Centerview, which advises big corporations, hired ten analysts.",
        "Blair Effron founded the bank. And he is advising Pfizer as it works on a merger.",
        "A boutique was involved in each deal, and Centerview advised on three.",
    ];
    assert_last_sentences_unattributed(&cases);
    let text = "Paul Hart advised Clinton to drop out.";
    assert_eq!(label_of(text, "drop out"), Label::Named);
    let text = "Doctors advised on the need for caution.";
    assert_eq!(label_of(text, "caution"), Label::Anonymous);
}

#[test]
fn coaching_a_player_is_a_deed() {
    let text = "Tony Roche is a coach. He also coached former number one Ivan Lendl.";
    assert_eq!(label_of(text, "Lendl"), Label::Unattributed);
}

#[test]
fn backing_someone_is_a_position_and_applauding_along_is_a_deed() {
    let text = "Souness backs Smith for Scotland";
    assert_eq!(label_of(text, "Souness"), Label::Named);
    let text = "Police chief backs drinking move";
    assert_eq!(label_of(text, "Police"), Label::Official);
    let cases = ["Cruz seemed lost, applauding along with the audience."];
    assert_last_sentences_unattributed(&cases);
}

#[test]
fn putting_faith_in_something_is_a_belief() {
    let text = "Ferguson puts faith in youngsters";
    assert_eq!(label_of(text, "faith"), Label::Named);
}

#[test]
fn a_want_after_as_though_is_the_writers_likeness() {
    let text = "Meanwhile, the Democrats are acting as though they want to lose.";
    assert_eq!(label_of(text, "lose"), Label::Unattributed);
    let text = "It isn't as if she hasn't endorsed a candidate in the past.";
    assert_eq!(label_of(text, "endorsed"), Label::Unattributed);
}

#[test]
fn not_mentioning_someone_is_a_claim_as_the_evaluation_data_has_it() {
    let text = "Ann Cole has not mentioned Paul Hart since the Monday night debate.";
    assert_eq!(label_of(text, "mentioned"), Label::Named);
    let text = "Cruz never mentioned Trump by name.";
    assert_eq!(label_of(text, "mentioned"), Label::Named);
    let text = "But it was never mentioned by the debate moderators.";
    assert_eq!(label_of(text, "mentioned"), Label::Anonymous);
}

#[test]
fn a_party_tag_in_brackets_after_the_subject_is_passed_over() {
    let text = "MYRTLE BEACH, S.C. - Sen. Paul Hart (R-Tex.) continued his onslaught against \
                Ann Cole, casting her as a false conservative.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.attributions[0].source.text, "Sen. Paul Hart (R-Tex.)");
    assert_eq!(s.label, Label::Official);
}

#[test]
fn a_noun_after_a_word_that_qualifies_it_opens_no_claim() {
    let cases = [
        "Strong demand triggers oil rally",
        "Consumer demand rose sharply in May.",
        "Fresh hope after Argentine crisis",
        "Anti-terror plan faces first test",
    ];
    assert_last_sentences_unattributed(&cases);
    // A name's fear, a plural's demand, are theirs.
    let text = "Agassi fear for Melbourne";
    assert_eq!(label_of(text, "fear"), Label::Named);
    let text = "Unions demand higher pay.";
    assert_eq!(label_of(text, "pay"), Label::Anonymous);
}

#[test]
fn news_an_outlet_has_learned_is_its_report() {
    let text =
        "Water charges in the region are set to rise by 6% next year, BBC Wales has learned.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Named);
    assert_eq!(sources_of(s), ["BBC Wales"]);
    assert_eq!(s.attributions[0].source.role, Role::Media);
    let text = "However, the BBC has learnt that the board will not reject the offer.";
    assert_eq!(label_of(text, "board"), Label::Named);
    // A lesson learned is no report, nor is news learned by others.
    let cases = [
        "Mr Dale has learned his lesson.",
        "Officials have learned about a second leak.",
    ];
    assert_last_sentences_unattributed(&cases);
}

#[test]
fn an_outlet_is_no_they() {
    let text = "The club's board turned down the bid in June. The offer is still open, the BBC \
                reported. The fans were angry when they rejected it.";
    let report = audit(text);
    let s = sentence(&report, text, "rejected");
    assert!(
        s.attributions.iter().all(|a| a.source.role != Role::Media),
        "{:?}",
        s.attributions
    );
}

#[test]
fn objections_beliefs_assumed_and_figures_put_higher_are_claims() {
    let text = "But some of the likely beneficiaries took issue with the new rule.";
    assert_eq!(label_of(text, "issue"), Label::Anonymous);
    let text = "Developer Brightlane has assumed that every player will be online.";
    assert_eq!(label_of(text, "online"), Label::Named);
    let text = "Other estimates put the number of new claimants substantially higher.";
    assert_eq!(label_of(text, "estimates"), Label::Anonymous);
    let cases = ["Ms Vance assumed office in January."];
    assert_last_sentences_unattributed(&cases);
}

#[test]
fn likenesses_questions_begged_and_names_cited_in_a_text_are_no_claims() {
    let cases = [
        "Whereas the much-praised Quake Run felt like a fairground ride, this game is a film.",
        "Those errors were his own, but they begged the question of who was in charge.",
        "The Crime Figures Office cited in the senator's post does not exist.",
        "New sets able to receive HD signals are needed, and they are costly.",
        "Street protests were held in the capital on Sunday.",
        "Water charges in the region are set to rise by 6% next year.",
    ];
    assert_last_sentences_unattributed(&cases);
    let text = "Sam Reyes felt like the deal was unfair.";
    assert_eq!(label_of(text, "deal"), Label::Named);
}

#[test]
fn things_that_happen_and_staff_suspended_are_no_claims() {
    let cases = [
        "Paul Hart spoke in Ohio. On Monday, Hart happened to be eating lunch at his desk.",
        "Ellen Marsh, a flight attendant, posted photos online. \
         Northway Airlines suspended her without pay.",
    ];
    assert_last_sentences_unattributed(&cases);
    let text = "The league suspended the talks, saying the clubs had not paid.";
    assert_ne!(label_of(text, "league"), Label::Unattributed);
}

#[test]
fn a_subject_after_an_opening_phrase_with_a_place_and_its_state_takes_up_he() {
    let text = "A lawmaker in Peru wants Paul Hart banned. \"It is wrong,\" Luis Mora said. \
                At a rally in Portland, Maine, on Thursday, Hart listed countries he said had \
                sent criminals.";
    let report = audit(text);
    let s = sentence(&report, text, "rally");
    assert_eq!(s.attributions[0].source.resolved, Some("Paul Hart"));
}

#[test]
fn a_soft_hyphen_before_a_word_leaves_the_name_whole() {
    let text = "\u{201c}We have not been told,\u{201d} Dan \u{ad}Ortiz, a spokesman for \
                Speaker Paula Reyes told the paper.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert!(a.source.text.starts_with("Dan"), "{:?}", a.source.text);
    assert_eq!(a.source.resolved, Some("Dan \u{ad}Ortiz"));
}

#[test]
fn a_star_is_the_named_performer_and_carries_the_subject_to_he() {
    let text = "Sir Tom Reeve has sung in Lyon. Reeve played hits to a crowd which included \
                former French minister Paul Girard and his wife. The veteran pop star played \
                piano all night. He told the crowd: \"I have made a lot of mistakes.\"";
    let report = audit(text);
    let s = sentence(&report, text, "mistakes");
    assert_eq!(s.attributions[0].source.resolved, Some("Tom Reeve"));
    // The pronoun after the epithet's verb tells its gender.
    let text = "Rock star Dave Marr has been praised by police. His wife Sharon, who called \
                the police, said her rings were taken. The heavy metal star said he could \
                have been hurt.";
    let report = audit(text);
    let s = sentence(&report, text, "heavy metal");
    assert_eq!(s.attributions[0].source.resolved, Some("Dave Marr"));
    // A paper's masthead is no performer.
    let text = "\"It is wrong,\" Luis Mora said in a bill, according to the Toronto Star.";
    let report = audit(text);
    let star = report.sentences[0]
        .attributions
        .iter()
        .find(|a| a.cue.text == "according to")
        .unwrap();
    assert_eq!(star.source.role, Role::Media);
}

#[test]
fn an_envoy_to_a_state_is_the_source_not_the_state() {
    let text = "It comes after Norway's ambassador to Chile said the talks had stalled.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["Norway's ambassador to Chile"]);
    assert_eq!(s.label, Label::Official);
    // With the holder's name after a comma, the name is the source.
    let text = "The EU envoy to the forum, Carla Brandt, said the talks had stalled.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.resolved, Some("Carla Brandt"));
}

#[test]
fn a_name_and_its_own_people_are_one_source() {
    let text = "Mrs. Vance and her surrogates are responding, casting Mr. Dale as reckless.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0])[0],
        "Mrs. Vance and her surrogates"
    );
    // One person by relation, or a name after a preposition, is not joined.
    let text = "She and her husband backed the trade pact in 1994.";
    let report = audit(text);
    assert!(
        sources_of(&report.sentences[0])
            .iter()
            .all(|s| !s.starts_with("She and")),
        "{:?}",
        report.sentences[0].attributions
    );
    let cases = ["Halden's ties with Vance and her charities show how close they are."];
    assert_last_sentences_unattributed(&cases);
}

#[test]
fn a_name_after_a_before_a_gerund_modifies_a_noun() {
    let cases = ["It is not clear whether the firm had a U.S. lobbying arm."];
    assert_last_sentences_unattributed(&cases);
    let text = "A Democrat said the bill was dead.";
    assert_eq!(label_of(text, "Democrat"), Label::Anonymous);
}

#[test]
fn a_plural_possessive_before_a_body_is_in_the_source() {
    let text = "The dockers' union said it would strike on Monday.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["The dockers' union"]);
}

#[test]
fn a_player_ruled_out_and_what_a_person_shows_are_no_claims() {
    let cases = [
        "Marsh ruled out of Cup tie",
        "Ann Cole spoke in Ohio. The longer the race went on, the more she has shown weaknesses.",
        "Paul Hart showed the crowd a clip of his rival.",
        "Ann Cole got what she needed in Ohio, a clear win.",
    ];
    assert_last_sentences_unattributed(&cases);
    // A poll shows what it found.
    let text = "A new poll showed Cole ahead by five points.";
    assert_eq!(label_of(text, "poll"), Label::Anonymous);
}

#[test]
fn a_stance_under_if_inside_the_sentence_is_the_writers_condition() {
    let cases =
        ["Ann Cole spoke. Winning the state will be crucial if she hopes to win the nomination."];
    assert_last_sentences_unattributed(&cases);
    // A question put under "if" is counted, as the evaluation data has it.
    let text = "Paul Hart spoke. He cannot mock the show if Holt asks him about his taxes.";
    assert_eq!(label_of(text, "Holt"), Label::Named);
}

#[test]
fn a_feeling_about_a_claim_needs_no_earlier_mention_and_a_view_shared_is_held() {
    let text = "Nadia Berg is confident she and her coach will not be punished.";
    assert_eq!(label_of(text, "confident"), Label::Named);
    let text = "Paul Hart, a Republican candidate, shares this bleak view.";
    assert_eq!(label_of(text, "bleak"), Label::Named);
    let text = "Many voters share the concerns of the unions.";
    assert_eq!(label_of(text, "voters"), Label::Anonymous);
    let cases = [
        "Shares in the firm fell sharply.",
        "She shared the best actress award.",
    ];
    assert_last_sentences_unattributed(&cases);
}

#[test]
fn since_between_auxiliary_and_verb_is_an_adverb() {
    let text = "Many Labour MPs have since indicated that the answer played a part.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["Many Labour MPs"]);
    assert_eq!(s.label, Label::Anonymous);
}

#[test]
fn a_portfolio_of_two_words_is_part_of_the_office() {
    let text = "Work and pensions minister Alan Dale said the figures were wrong.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["Work and pensions minister Alan Dale"]);
    assert_eq!(s.label, Label::Official);
}

#[test]
fn plural_nouns_before_of_and_players_by_position_make_no_claims() {
    let cases = [
        "Financial details of the deal, which includes a hotel, were not disclosed.",
        "Rob Tate scored twice. The fly-half failed to convert after the break.",
        "Sam Reid was booked. The England defender lashed home a 25-yard shot.",
    ];
    assert_last_sentences_unattributed(&cases);
    // A player's words are still his.
    let text = "Rob Tate scored twice. The fly-half said the side had been lucky.";
    assert_eq!(label_of(text, "lucky"), Label::Named);
    let text = "Leicester fly-half Rob Tate said he was fit.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Rob Tate")
    );
}

#[test]
fn a_running_mate_called_vp_is_an_office_not_a_name() {
    let text = "Mike Dale spoke. Trump's potential VP then revealed that Trump had urged him.";
    let report = audit(text);
    let s = sentence(&report, text, "revealed");
    assert_ne!(s.attributions[0].source.resolved, Some("VP"));
    assert_eq!(s.label, Label::Official);
}

#[test]
fn what_people_can_expect_is_in_store_and_all_after_who_floats() {
    let cases = [
        "Fans can expect a tough game on Sunday.",
        "The three sprinters can expect a decision by the end of the month.",
    ];
    assert_last_sentences_unattributed(&cases);
    let text = "Analysts expect a rise in rates.";
    assert_eq!(label_of(text, "rates"), Label::Anonymous);
    let text = "Dale, Voss and Kerr, who have all denied the charges, face a hearing.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert!(
        s.attributions.iter().any(|a| a.cue.text == "denied"),
        "{:?}",
        s.attributions
    );
}

#[test]
fn a_place_named_in_capitals_is_no_one_she_may_be() {
    let text = "Though Ms. Ruiz has spent most of her life in Harlow Heights, the influx of \
                wealthier residents has led to an increased police presence, she said.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Ruiz")
    );
    // A surname that is also a place's word is still a person's.
    let text = "Grace Park said the plan would fail.";
    assert_eq!(label_of(text, "plan"), Label::Named);
}

#[test]
fn prices_charged_are_no_charges_and_a_tag_after_a_participle_aside_is_inverted() {
    let cases = ["Some networks, such as Tellnet, charge up to \u{a3}1 for every megabyte."];
    assert_last_sentences_unattributed(&cases);
    let text = "Critics charge that the plan is unfair.";
    assert_eq!(label_of(text, "unfair"), Label::Anonymous);
    let text = "Sales have tripled since launch, outstripping the rival console, said market \
                analysts Gamewatch.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["market analysts Gamewatch"]);
    assert_eq!(s.label, Label::Official);
    // A name before the aside is the source.
    let text = "Dale, speaking at a rally, said the vote was rigged.";
    assert_eq!(sources_of(&audit(text).sentences[0]), ["Dale"]);
}

#[test]
fn builders_and_developers_are_firms() {
    let text = "KLM Builders said prices would rise.";
    assert_eq!(label_of(text, "prices"), Label::Official);
}

#[test]
fn two_modifiers_of_one_group_are_one_source_and_a_name_owned_by_a_pronoun_modifies() {
    let text = "Hart needs to win big, according to Democratic and independent analysts.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["Democratic and independent analysts"]);
    assert_eq!(s.label, Label::Anonymous);
    let cases = [
        "Cole did not revisit her Wall Street remarks in the address.",
        "Hart and his Islamophobic remarks loomed large at the debate.",
    ];
    assert_last_sentences_unattributed(&cases);
}

#[test]
fn a_legend_is_a_person_and_belonging_is_no_claim() {
    let text = "Cal Dorsey spoke to fans. The NFL legend said people misunderstand the senator.";
    let report = audit(text);
    let s = sentence(&report, text, "legend");
    assert_eq!(s.attributions[0].source.role, Role::Person);
    assert_eq!(s.label, Label::Named);
    let cases = ["Ray Lamont spoke. Lamont belonged to a pioneering generation of artists."];
    assert_last_sentences_unattributed(&cases);
}

#[test]
fn a_weapon_found_is_no_finding() {
    let cases = [
        "Police found a knife at the scene.",
        "Officers found cash and drugs in the car.",
    ];
    assert_last_sentences_unattributed(&cases);
    let text = "Investigators found that the pilot had erred.";
    assert_eq!(label_of(text, "pilot"), Label::Anonymous);
}

#[test]
fn a_winner_tipped_and_aim_taken_are_claims() {
    let text = "Castell has tipped Wales to win both the Six Nations and the Grand Slam.";
    assert_eq!(label_of(text, "Castell"), Label::Named);
    let text = "Edwards tips Idowu for Euro gold";
    assert_eq!(label_of(text, "Edwards"), Label::Named);
    let text = "Ann Cole also takes aim at a provision that lets the governor cut wages.";
    assert_eq!(label_of(text, "provision"), Label::Named);
    let cases = [
        "The report tipped the balance.",
        "Police were tipped off by a neighbour.",
    ];
    assert_last_sentences_unattributed(&cases);
}

#[test]
fn a_prize_claimed_plans_called_off_and_passive_participles_are_no_claims() {
    let cases = [
        "Amid discord, Hart claims nomination",
        "Several local firms have called off projects with him.",
        "Players sought for $1m prize",
        "Fiat may sell the unit to GM, part of an alliance agreed in 2000.",
    ];
    assert_last_sentences_unattributed(&cases);
    let text = "The Dale campaign is already claiming victory in the state.";
    assert_ne!(label_of(text, "victory"), Label::Unattributed);
    let text = "Critics claimed the win was tainted.";
    assert_eq!(label_of(text, "tainted"), Label::Anonymous);
    let text = "The union agreed in 2011 to a two-tier wage system.";
    assert_eq!(label_of(text, "union"), Label::Official);
}

#[test]
fn no_longer_between_subject_and_verb_is_passed() {
    let text = "GM, whose own European arm is losing money, no longer wants to own the unit.";
    assert_eq!(label_of(text, "unit"), Label::Official);
    let text = "Dale no longer believes the plan works.";
    assert_eq!(sources_of(&audit(text).sentences[0]), ["Dale"]);
    // What no one can claim any more is the writer's.
    let cases = ["Hart's few defenders can no longer claim that he is a good man."];
    assert_last_sentences_unattributed(&cases);
}

#[test]
fn another_after_a_quotation_is_a_new_speaker() {
    let text = "“It will be close,” said one Ohio Democrat. \
                “It is hers to lose,” added another Ohio Democrat. “The field is thin.”";
    let report = audit(text);
    for needle in ["hers to lose", "field is thin"] {
        let s = sentence(&report, text, needle);
        assert_eq!(sources_of(s), ["another Ohio Democrat"], "{needle}");
    }
    // Things added are still no speaker.
    let cases = ["The council added another 300 homes to the plan."];
    assert_last_sentences_unattributed(&cases);
}

#[test]
fn a_title_word_after_a_given_name_between_titles_is_a_surname() {
    let text = "Bank of England governor Mervyn King has warned against reading too much into it.";
    let s = &audit(text).sentences[0];
    assert_eq!(s.attributions[0].source.resolved, Some("Mervyn King"));
}

#[test]
fn a_listed_bodys_name_goes_on_past_its_of() {
    let text = "The British Chambers of Commerce said it was concerned by the rise.";
    let s = &audit(text).sentences[0];
    assert_eq!(s.label, Label::Official);
    assert_eq!(
        s.attributions[0].source.resolved,
        Some("British Chambers of Commerce")
    );
}

#[test]
fn a_brewery_and_a_think_tank_are_bodies() {
    for text in [
        "The Leuven-based brewery said it would own most of the shares.",
        "Services like these could work, says the think-tank.",
    ] {
        let s = &audit(text).sentences[0];
        assert_eq!(s.attributions[0].source.role, Role::Official, "{text}");
    }
}

#[test]
fn an_unnamed_member_of_a_party_with_a_title_is_anonymous() {
    for text in [
        "A Labour MP said the plan was flawed.",
        "One senior Tory MP said the plan was flawed.",
        "A Democratic congressman said the plan was flawed.",
        "A Conservative peer said the plan was flawed.",
    ] {
        let s = &audit(text).sentences[0];
        assert_eq!(s.label, Label::Anonymous, "{text}");
        assert_eq!(s.attributions[0].source.role, Role::Official, "{text}");
    }
    // A spokesman speaks on the record; a member named is named.
    assert_eq!(
        label_of("A Labour spokesman said no.", "no"),
        Label::Official
    );
    assert_eq!(
        label_of("A Labour MP, Tom Dale, said no.", "no"),
        Label::Official
    );
}

#[test]
fn a_peer_is_an_office() {
    let text = "Labour peer Baroness Kennedy said the inquiry would report in the spring.";
    assert_eq!(label_of(text, "inquiry"), Label::Official);
}

#[test]
fn surnames_shaped_like_trades_are_names() {
    for text in ["Sanders Says He Can Win", "Rogers said he would run again."] {
        assert_eq!(audit(text).sentences[0].label, Label::Named, "{text}");
    }
    assert_eq!(
        label_of("Traders said prices fell.", "prices"),
        Label::Anonymous
    );
}

#[test]
fn a_progressive_after_a_raising_verb_or_a_contraction_is_read() {
    for text in [
        "Ann Cole is continuing to insist she will publish the letters.",
        "She's pointing out the progress she has made in the polls.",
        "He’s making the case that the plan can pass.",
    ] {
        assert_ne!(
            audit(text).sentences[0].label,
            Label::Unattributed,
            "{text}"
        );
    }
    // A contraction inside a clause is no subject of a claim.
    let cases = [
        "The firm is continuing to grow.",
        "It was an office he's wanted to hold since he was a boy.",
        "Nobody knows whether what he's proposing is realistic.",
    ];
    assert_last_sentences_unattributed(&cases);
}

#[test]
fn praise_and_scolding_are_claims() {
    for text in [
        "Weber lauded the choice of his old friend.",
        "The candidate has berated security guards for being slow.",
    ] {
        assert_ne!(
            audit(text).sentences[0].label,
            Label::Unattributed,
            "{text}"
        );
    }
}

#[test]
fn comebacks_journeys_and_fees_are_deeds() {
    let cases = [
        "Ray Dale was injured. But he bounced back, training hard at his club.",
        "Ray Dale was injured. He embarked on a punishing schedule of rehabilitation.",
        "Ray Dale was injured. He reinvented himself as a number eight.",
        "Ann Cole arrived. Then she steeled herself for the debate.",
        "Tom Hart spoke. He largely eschewed politics until the end.",
        "Tom Hart grew up in Leeds. He obtained his degree at a local college.",
        "Skyline also charges a £10 subscription fee to the service.",
        "Other sites charge a monthly fee.",
    ];
    assert_last_sentences_unattributed(&cases);
}

#[test]
fn people_in_a_continent_are_unnamed() {
    let text = "Policy makers in Europe have called the slide of the dollar \"brutal\".";
    let s = &audit(text).sentences[0];
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(s.attributions[0].source.resolved, None);
}

#[test]
fn who_they_say_they_are_is_no_claim() {
    let cases = [
        "The hard part is to check whether a caller is who they say they are.",
        "He is not who he says he is.",
    ];
    assert_last_sentences_unattributed(&cases);
}

#[test]
fn tools_and_computers_unveiled_are_deeds() {
    let cases = [
        "Sport Daily unveils its new analysis tool at the match.",
        "Steve Jobs unveiled the first Macintosh in 1984.",
    ];
    assert_last_sentences_unattributed(&cases);
    let text = "The minister unveiled plans to cut the tax.";
    assert_eq!(label_of(text, "tax"), Label::Official);
}

#[test]
fn deploring_is_a_claim() {
    let text = "The club released a statement deploring the chants.";
    assert_eq!(label_of(text, "chants"), Label::Official);
}

#[test]
fn heads_of_schools_and_churches_speak_by_title() {
    for text in [
        "The principal issued a statement deploring the incident.",
        "The headteacher said pupils were safe.",
        "The Bishop of Leeds said the book lacked evidence.",
        "Archbishop Tom Dale has called for the prisoners to be freed.",
    ] {
        assert_eq!(audit(text).sentences[0].label, Label::Official, "{text}");
    }
    // A surname, and an adjective, are no office.
    assert_eq!(
        label_of("Julie Bishop said talks would go on.", "talks"),
        Label::Named
    );
    assert_eq!(
        label_of("The principal reason is cost, Dale said.", "cost"),
        Label::Named
    );
}

#[test]
fn the_most_reverend_is_an_honorific() {
    let text = "The Archbishop of Leeds, the Most Reverend Tom Dale, told the BBC that the church wanted change.";
    assert_eq!(label_of(text, "church"), Label::Official);
}

#[test]
fn a_settlement_agreed_past_its_sum_is_a_deed() {
    let cases = [
        "The firm and its founder agreed to a $7 million settlement with the state.",
        "The bank agreed to a £40m settlement.",
    ];
    assert_last_sentences_unattributed(&cases);
}

#[test]
fn the_lawmaker_is_the_last_member_of_a_house_introduced() {
    let text = "Rep. Joe Salter spoke on Monday. The lawmaker, who represents a rural district, said the remarks were ugly.";
    let report = audit(text);
    let s = sentence(&report, text, "ugly");
    assert_eq!(s.attributions[0].source.resolved, Some("Joe Salter"));
    // With no member introduced, no one.
    let text = "Joe Salter spoke on Monday. The lawmaker said the remarks were ugly.";
    let report = audit(text);
    let s = sentence(&report, text, "ugly");
    assert_eq!(s.attributions[0].source.resolved, None);
}

#[test]
fn a_surname_alone_is_the_person_described_not_the_one_in_the_description() {
    let cases = [
        (
            "Carlos Vega was jailed in March. Maria Vega, sister of the jailed reporter Carlos \
             Vega, criticised the ruling. \"He did nothing wrong,\" Vega said.",
            "nothing wrong",
            "Maria Vega",
        ),
        (
            "Ken Doyle, brother of the late Sam Doyle, said the mine was unsafe. Doyle added \
             that nobody had listened.",
            "nobody",
            "Ken Doyle",
        ),
        (
            "Sam Doyle's widow, Ruth Doyle, spoke at the inquest. Doyle said the mine was unsafe.",
            "unsafe",
            "Ruth Doyle",
        ),
        // An owner the text named before keeps the surname.
        (
            "Tom Doyle said he would run. Tom Doyle's father, Sam Doyle, was a miner. Doyle \
             added that he had no regrets.",
            "regrets",
            "Tom Doyle",
        ),
    ];
    for (text, needle, resolved) in cases {
        let report = audit(text);
        let s = sentence(&report, text, needle);
        assert_eq!(
            s.attributions[0].source.resolved,
            Some(resolved),
            "{text}: {:?}",
            sources_of(s)
        );
    }
}

#[test]
fn people_asked_in_an_unnamed_poll_and_a_survey_of_more_than_a_count_are_sources() {
    // "asked" is no preposition that would end a share's phrase, and an
    // unnamed poll leaves the people asked as the source.
    for text in [
        "Nearly 80% of those asked in a poll said that the buses are late.",
        "Those asked in an online poll said that the buses are late.",
    ] {
        let s = &audit(text).sentences[0];
        assert_eq!(s.label, Label::Anonymous, "{text}");
        assert_eq!(s.attributions[0].cue.text, "said", "{text}");
    }
    let text = "Those asked in a poll said that the buses are late.";
    assert_eq!(sources_of(&audit(text).sentences[0]), ["Those asked"]);
    // A poll set by "the" is still the source.
    let text = "Those asked in the poll said that the buses are late.";
    assert_eq!(sources_of(&audit(text).sentences[0]), ["the poll"]);
    // "more than" a count after "of" is part of the document's phrase,
    // labelled as the bare count is.
    let text = "The survey of more than 2,000 drivers reported that 12% had dozed at the wheel.";
    assert_eq!(label_of(text, "dozed"), Label::Official);
    assert_eq!(
        sources_of(&audit(text).sentences[0]),
        ["The survey of more than 2,000 drivers"]
    );
    let text = "A study of fewer than 500 nurses found that most skip lunch.";
    let bare = "A study of 500 nurses found that most skip lunch.";
    assert_eq!(label_of(text, "lunch"), label_of(bare, "lunch"));
    assert_eq!(
        sources_of(&audit(text).sentences[0]),
        ["A study of fewer than 500 nurses"]
    );
    let cases = [
        "Those asked in a poll were split on the question.",
        "The study of more than 2,000 drivers took three years.",
    ];
    assert_last_sentences_unattributed(&cases);
}

#[test]
fn pushing_and_pressing_for_in_the_progressive_are_claims() {
    for text in [
        "Stockman has been quietly pushing for Dale to own the issue.",
        "The union is pressing for a shorter week.",
    ] {
        assert_ne!(
            audit(text).sentences[0].label,
            Label::Unattributed,
            "{text}"
        );
    }
}

#[test]
fn a_post_refused_is_a_deed() {
    let cases = [
        "Former Leeds manager Tom Dale has rejected the chance to become Hull manager.",
        "Ann Cole declined the invitation to join the board.",
    ];
    assert_last_sentences_unattributed(&cases);
    assert_eq!(
        label_of("Tom Dale rejected the plan.", "plan"),
        Label::Named
    );
}

#[test]
fn a_cue_stranded_before_and_reads_no_object_as_its_subject() {
    let text = "Tom Dale spoke on Monday. This was the message many in his party had been pressing for and voters will warm to. At its simplest, it is saying the tax will fall.";
    let report = audit(text);
    let s = sentence(&report, text, "warm to");
    assert!(s.attributions.is_empty(), "{:?}", sources_of(s));
}

#[test]
fn a_surname_that_is_a_title_after_two_names_is_a_name() {
    let text = "Tennis great Billie Jean King said Ali was fun to be around.";
    let s = &audit(text).sentences[0];
    assert_eq!(s.label, Label::Named);
    assert_eq!(s.attributions[0].source.resolved, Some("Billie Jean King"));
    // An office named by its brief stays an office.
    let text = "The Indonesian Economics Minister explained that the money was for rebuilding.";
    assert_eq!(label_of(text, "rebuilding"), Label::Official);
}

#[test]
fn tests_are_documents_and_witnessing_a_deed() {
    let text = "A skeleton found by the river is not the singer, tests reveal.";
    assert_eq!(label_of(text, "skeleton"), Label::Anonymous);
    let cases = ["Ann Cole retired. She witnessed the fight at the Garden in 1971."];
    assert_last_sentences_unattributed(&cases);
}

#[test]
fn a_fronted_said_before_an_aside_and_a_quotation_is_read() {
    let text = "Said Ann Cole, who grew up with him, “We were all so proud.”";
    assert_eq!(label_of(text, "proud"), Label::Quoted);
}

#[test]
fn people_at_a_body_and_reports_from_a_place_say_in_the_present() {
    // A verb of saying after "at the bank" or "from Kenya" is the verb of
    // the plural before the preposition, not a noun ("the bank plan"); an
    // opening "Reports from" is no credit line, and reports from a place
    // name no author.
    let cases = [
        (
            "Traders at the bank say prices will fall.",
            "Traders at the bank",
        ),
        (
            "Analysts at the company expect profits will fall.",
            "Analysts at the company",
        ),
        (
            "Economists from the agency warn inflation will rise.",
            "Economists from the agency",
        ),
        (
            "Executives who worked with Ann Lee say she is careful.",
            "Executives who worked with Ann Lee",
        ),
        (
            "Reports from Kenya say the harvest failed.",
            "Reports from Kenya",
        ),
        (
            "The harvest failed, reports from the province say.",
            "reports from the province",
        ),
    ];
    for (text, source) in cases {
        let s = &audit(text).sentences[0];
        assert_eq!(s.label, Label::Anonymous, "{text}: {:?}", sources_of(s));
        assert_eq!(sources_of(s), [source], "{text}");
    }
    // A noun after a body's noun, with no people before the preposition,
    // and a reporter's credit stay no claims.
    let cases = [
        "The queue at the bank claim desk was long.",
        "The glitch at the bank estimate page was fixed.",
        "We met at the council plan launch.",
        "The harvest failed. Tom Ames reports from Nairobi.",
        "The harvest failed. Reporting from Nairobi, Tom Ames.",
    ];
    assert_last_sentences_unattributed(&cases);
}

#[test]
fn people_of_a_name_say_in_the_present() {
    for text in [
        "Critics of Dale warn the plan will fail.",
        "Residents of Gaza say the water is bad.",
        "By a wide margin, supporters of Senator Ann Cole say the law should stay.",
    ] {
        assert_eq!(audit(text).sentences[0].label, Label::Anonymous, "{text}");
    }
}

#[test]
fn people_in_a_place_the_lists_do_not_know_are_unnamed() {
    for text in [
        "Tourists in Porto say the city is busy.",
        "Voters in Maricopa said the lines were long.",
    ] {
        let s = &audit(text).sentences[0];
        assert_eq!(s.label, Label::Anonymous, "{text}");
        assert_eq!(s.attributions[0].source.resolved, None, "{text}");
    }
}

#[test]
fn a_trade_plural_opening_a_sentence_is_no_name() {
    for text in [
        "Brokers at the bank predict a rise in rates.",
        "Administrators of the ranch have complained that squatters took the land.",
    ] {
        assert_eq!(audit(text).sentences[0].label, Label::Anonymous, "{text}");
    }
    let text = "Rogers at the club said no.";
    assert_ne!(label_of(text, "club"), Label::Anonymous);
}

#[test]
fn slating_is_a_claim_and_victoria_a_given_name() {
    let text =
        "Victoria Wood slated the comedian for his brand of humour. \"It's a shame,\" she said.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Named);
    let s = sentence(&report, text, "shame");
    assert_eq!(s.attributions[0].source.resolved, Some("Victoria Wood"));
    // Scheduled is no claim.
    let cases = [
        "Tom Dale is slated to speak on Monday.",
        "The film was slated for release in May.",
    ];
    assert_last_sentences_unattributed(&cases);
}

#[test]
fn feeling_well_or_ill_is_no_view() {
    let cases = [
        "Tom Dale spoke. But Dale didn't feel well and was unable to attend.",
        "Tom Dale spoke. He felt ill on the flight.",
    ];
    assert_last_sentences_unattributed(&cases);
    let text = "Tom Dale feels better about the deal now that it is signed.";
    assert_eq!(label_of(text, "deal"), Label::Named);
}

#[test]
fn retaliating_tags_a_quotation_only() {
    let text = "“France will always be France,” an angry Hollande retaliated.";
    let s = &audit(text).sentences[0];
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(sources_of(s), ["an angry Hollande"]);
    let cases = ["Iran retaliated with missile strikes."];
    assert_last_sentences_unattributed(&cases);
    let text = "Dale retorts that the plan is bad.";
    assert_eq!(label_of(text, "plan"), Label::Named);
}

#[test]
fn a_name_set_up_founded_or_based_somewhere_is_a_body() {
    for text in [
        "For its part, Sky Deccan, set up by army officer Ravi Gopal, plans to double its fleet.",
        "Zork Quib, founded in 1999, said profits rose.",
        "Acme Widgets, which is based in Ohio, said profits rose.",
    ] {
        assert_eq!(audit(text).sentences[0].label, Label::Official, "{text}");
    }
    // A person may be based somewhere.
    let text = "Tom Dale, based in Ohio, said profits rose.";
    assert_eq!(label_of(text, "profits"), Label::Named);
}

#[test]
fn words_quoted_after_a_name_and_colon_in_a_headline_are_the_names() {
    for text in [
        "Ann Cole: ‘No Idea’ If I Would Have Told Him",
        "Tom Dale: Ann Cole Is a ‘Proven Failure’ in Business.",
    ] {
        assert_eq!(audit(text).sentences[0].label, Label::Quoted, "{text}");
    }
    // After a label the quoted words are a title.
    let text = "Film Review: ‘Jaws’ Is Great";
    assert_ne!(label_of(text, "Jaws"), Label::Quoted);
}

/// "He" opening a sentence is the subject of the sentence before, not a
/// person named later in it, unless the source before was named there too;
/// so is "he" past a short opening phrase ("But on Sunday he"), and a name
/// set off after a title ("The Attorney General, Lord Goldsmith, has").
#[test]
fn he_opening_a_sentence_is_the_subject_before_not_a_name_after_it() {
    let text = "\"The fund is empty,\" Paul Renner said. Omar Vance met members who \
                had endorsed Ted Kolb. He said the talks went well.";
    let report = audit(text);
    let s = sentence(&report, text, "talks went well");
    assert_eq!(s.attributions[0].source.resolved, Some("Omar Vance"));
    let text = "\"The fund is empty,\" Paul Renner said. Omar Vance had close ties to \
                Ted Kolb. But on Monday he backed the plan. \"It is time,\" he said.";
    let report = audit(text);
    let s = sentence(&report, text, "It is time");
    assert_eq!(s.attributions[0].source.resolved, Some("Omar Vance"));
    let text = "\"The fund is empty,\" Paul Renner said. The Home Secretary, Lord Vance, \
                has issued no guidance. He said he would consult the police.";
    let report = audit(text);
    let s = sentence(&report, text, "consult the police");
    assert_eq!(s.attributions[0].source.resolved, Some("Vance"));
}

/// "seem to be hoping", "will be hoping": the progressive after "be" is
/// the subject's hope.
#[test]
fn a_progressive_after_be_holds_its_subjects_hope() {
    let text = "Many Democrats seem to be hoping that the judge will step aside.";
    assert_eq!(label_of(text, "judge"), Label::Anonymous);
    let text = "Many farmers will be hoping that the rain holds off.";
    assert_eq!(label_of(text, "rain"), Label::Anonymous);
}

/// A name of two words after a noun of bodies ("budget airline Virgin
/// Blue"), or one set off after "the", such a noun and a comma ("The
/// charity, Vexa (...)"), is a body's: it speaks as one later.
#[test]
fn a_name_introduced_after_a_noun_of_bodies_speaks_as_a_body() {
    let text = "Shares in budget airline Kestrel Blue fell 20%. \
                Kestrel Blue said profits would fall.";
    assert_eq!(label_of(text, "profits"), Label::Official);
    let text = "The development charity, Vexa (Centre for Rural Studies) ran the \
                project. Vexa says the farmers were key.";
    assert_eq!(label_of(text, "farmers"), Label::Official);
    // A person's name stays a person's.
    let text = "Shares in budget airline Kestrel Blue fell 20%. \
                Ann Cole said profits would fall.";
    assert_eq!(label_of(text, "profits"), Label::Named);
}

/// "Oil firm Zantex in Indian gas find", "Fresh row over school diploma
/// plan": a bare word ending a headline after a noun of its topic is a
/// noun, no verb of the name's.
#[test]
fn a_bare_word_ending_a_headline_is_a_noun() {
    assert_last_sentences_unattributed(&[
        "Oil firm Zantex in Indian gas find",
        "Concerns at school diploma plan",
    ]);
    // After people's noun it is their verb.
    let text = "Rates will rise, analysts warn";
    assert_eq!(label_of(text, "Rates"), Label::Anonymous);
}

/// "..., Ann Cole, the party's strategist told the BBC": a name and a
/// description whose closing comma is missing, after the words reported.
#[test]
fn a_tag_after_the_words_keeps_a_name_before_an_unclosed_description() {
    let text = "The plan is sound, Ann Cole, the party's election strategist told \
                the BBC on Saturday.";
    let report = audit(text);
    let s = sentence(&report, text, "plan is sound");
    assert_eq!(sources_of(s), ["Ann Cole, the party's election strategist"]);
    assert_eq!(s.label, Label::Named);
    // A document is no one's description.
    let text = "It plans to buy the holding firm, Zantex Cement Ltd, a Holcim \
                statement said.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["a Holcim statement"]);
}

/// "warns former engineer and technology analyst Ann Cole": two
/// descriptions of one person after an inverted cue.
#[test]
fn two_descriptions_joined_by_and_name_one_person_after_an_inverted_cue() {
    let text = "A new rule could put coders at risk, warns former engineer and \
                technology analyst Ann Cole.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["former engineer and technology analyst Ann Cole"]
    );
    assert_eq!(report.sentences[0].label, Label::Named);
}

/// "Coach Tom Dale has rapped his captain": a rebuke, which makes the
/// rebuker the speaker "he" means next.
#[test]
fn rapped_is_a_rebuke_whose_speaker_he_takes_up() {
    let text = "Meanwhile, Dale has rapped skipper Olof Berg for his comments. \
                \"I have had a word with Olof,\" he said.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Named);
    let s = sentence(&report, text, "a word with");
    assert_eq!(s.attributions[0].source.resolved, Some("Dale"));
}

/// Competing and picking up a prize or an injury are deeds.
#[test]
fn competing_and_picking_up_are_deeds() {
    assert_last_sentences_unattributed(&[
        "Jan Whitby competed well in the pole vault on her return.",
        "Sara Vell picked up three personal bests in the long jump.",
        "Tom Dale picked up the injury in the defeat on Saturday.",
    ]);
}

/// "UK TV channel rapped for CSI ad", "Zantex attacked over sources row":
/// a short headline's participle before "for" or "over" is a passive said
/// of the name.
#[test]
fn a_headlines_participle_before_for_or_over_is_a_passive() {
    assert_last_sentences_unattributed(&[
        "UK TV channel rapped for CSI ad",
        "Labour attacked on Howard poster",
    ]);
    // A question in the past tense is no headline.
    let text = "But has he called for changing any of the rules?";
    assert_eq!(label_of(text, "changing"), Label::Named);
}

/// "tied to what people think of Obama", "exactly what voters want to
/// hear": a group's wish or opinion of something, in a clause of "what"
/// inside the sentence, names a thing; "what officials called a hate
/// crime" is their claim.
#[test]
fn what_a_group_wants_or_thinks_of_names_a_thing() {
    assert_last_sentences_unattributed(&[
        "Her success will be closely tied to what people think of the mayor.",
        "He is a puppet saying exactly what voters want to hear.",
        "If that's what people want.",
    ]);
    let text = "He bought the gun used in what officials called a hate crime.";
    assert_eq!(label_of(text, "hate crime"), Label::Anonymous);
    let text = "It is less than half of what researchers say they need.";
    assert_eq!(label_of(text, "researchers"), Label::Anonymous);
}

/// "U.S. presses for truce", "the U.S. said": a country's name alone, with
/// its abbreviation's stop, is its government.
#[test]
fn a_countrys_abbreviated_name_alone_is_its_government() {
    for text in [
        "U.S. presses for truce in Syria despite snags;",
        "The U.S. said the truce would hold.",
    ] {
        assert_eq!(audit(text).sentences[0].label, Label::Official, "{text}");
    }
}

/// "Blair and Brown criticised by MPs": in a short headline, a participle
/// after a name with "by" after it is a passive whose agent is the source.
#[test]
fn a_headlines_passive_after_a_name_has_its_agent_for_source() {
    let text = "Blair and Brown criticised by MPs";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["MPs"]);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
}

/// "GOP Chairman Will Rogers said": "Will" after a capitalised title and
/// before a name is a given name, no modal.
#[test]
fn will_after_a_title_and_before_a_name_is_a_given_name() {
    let text = "Polk County GOP Chairman Will Rogers said the visit was a success.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Polk County GOP Chairman Will Rogers"]
    );
    assert_eq!(report.sentences[0].label, Label::Official);
}

/// "recounted a conversation": telling what happened is a claim.
#[test]
fn recounting_is_telling() {
    let text = "He nodded as a pair of women recounted the injustices they suffered.";
    assert_eq!(label_of(text, "injustices"), Label::Anonymous);
    let text = "On that point, Ann Cole recounted an exchange with the senator.";
    assert_eq!(label_of(text, "exchange"), Label::Named);
}

/// Soaring, collaborating, forming a company and numbering a few are
/// deeds or facts.
#[test]
fn soaring_collaborating_forming_and_numbering_are_no_claims() {
    assert_last_sentences_unattributed(&[
        "Lead actress Ann Cole soared over the heads of the audience.",
        "Carpenter and Hill collaborated on a number of sequels.",
        "Later in her career, Hill formed a production company with a friend.",
        "For a long time, the inner circle numbered just five people.",
        "Labour attacked on Howard poster",
    ]);
}

/// "issued a warning that", "are betting that": a warning given and a
/// wager on what will happen are the subject's claims.
#[test]
fn a_warning_issued_and_a_bet_placed_are_claims() {
    let text = "The show's director Tom Dale issued a warning earlier in the week \
                that the show was unsuitable for children.";
    assert_eq!(label_of(text, "unsuitable"), Label::Named);
    let text = "Investors are betting that the central bank will not act.";
    assert_eq!(label_of(text, "central bank"), Label::Anonymous);
}

/// A long quotation right after a source's sentence, tagged "he said" at
/// its end, is still that source's, not a man named at the end of the
/// sentence before.
#[test]
fn a_long_quotation_after_a_sources_sentence_stays_theirs() {
    let text = "Tom Dale is a former army captain. While he does back the plan, Dale \
                admits there is a faction of the party he does not agree with, mostly \
                the crowd who seem to be in the Omar Vance camp.\n\n\
                \u{201c}Nobody wants a war. Sometimes there is just no other way out of a \
                fight that has gone on for years and years. You think you can sit at a \
                table with people like that and talk to them for hours on end? No, that \
                is not possible, not now and not ever. I do not think anybody who takes \
                the office wants to send our young men and women into a foreign zone to \
                go and fight,\u{201d} he said.";
    let report = audit(text);
    for needle in ["Nobody wants", "foreign zone"] {
        let s = sentence(&report, text, needle);
        assert_eq!(
            s.attributions[0].source.resolved,
            Some("Tom Dale"),
            "{needle}"
        );
    }
}

/// "did go out of his way to criticize": the occasion taken in any form of
/// "go".
#[test]
fn going_out_of_ones_way_to_say_in_any_form_of_go() {
    let text = "Dale did go out of his way to criticize the department on Tuesday.";
    assert_eq!(label_of(text, "department"), Label::Named);
}

/// "By Sanders's own argument, ...": an argument's maker is the source, as
/// a tally's is.
#[test]
fn by_ones_own_argument_names_the_source() {
    let text = "By Dale's own argument, delegates have no right to overturn the vote.";
    assert_eq!(label_of(text, "delegates"), Label::Named);
    // "By all accounts" is an idiom.
    assert_last_sentences_unattributed(&["By all accounts, he was a fine man."]);
}

/// "did not release further details, saying ...": a plural after "further"
/// and a verb is its object, and the one saying is the subject.
#[test]
fn a_plural_after_further_and_a_verb_is_its_object() {
    let text = "Dale did not release further details about the talks, saying only \
                that they had taken place.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Dale"]);
    let text = "But the next day, Dale made further demands.";
    assert_last_sentences_unattributed(&[text]);
}

/// "Dale spent much of his campaign railing against ...": the time spent is
/// the object of "spent", whose subject is the source.
#[test]
fn the_subject_of_spent_is_the_source_of_a_participle_after_the_time() {
    let text = "This is no small irony: Dale spent much of his campaign railing \
                against the party's elders.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Dale"]);
    assert_eq!(report.sentences[0].label, Label::Named);
}

/// "He said the plan works but some MPs argue it does not": a subject
/// right after "but" opens a clause of its own, comma or not.
#[test]
fn a_subject_right_after_but_opens_a_claim_of_its_own() {
    let text = "He said the plan works but some MPs argue it does not.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["He", "some MPs"]);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    let text = "Tom Dale said the plan would work but the Tories say it will fail.";
    assert_eq!(
        sources_of(&audit(text).sentences[0]),
        ["Tom Dale", "the Tories"]
    );
    // Words after "but" that open no subject stay inside the claim.
    let text = "He said the plan works but usually fails the tests asked of it.";
    assert_eq!(sources_of(&audit(text).sentences[0]), ["He"]);
}

/// "Ms Cole, who presents the show said": a relative clause after a
/// surname and its honorific, whose closing comma is missing, belongs to
/// the name; "Mr Dale, officials said, has" keeps its unnamed speakers.
#[test]
fn an_unclosed_relative_clause_after_an_honorific_and_surname_is_the_names() {
    let text = "Ms Cole, who presents the show said that she despaired.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.resolved, Some("Cole"));
    assert_eq!(report.sentences[0].label, Label::Named);
    let text = "Mr. Dale, officials said, has become skeptical of the plan.";
    assert_eq!(label_of(text, "skeptical"), Label::Anonymous);
}

/// "Rep. Chris Dale backed Tom Vance, he said": a name after an
/// abbreviated title opens the sentence as its subject, whom "he" means.
#[test]
fn a_name_after_an_abbreviated_title_is_the_sentences_subject() {
    let text = "Former Rep. Chris Dale (R-Conn.) was pro Tom Vance while the Ohio \
                governor was in the running, he said on Wednesday.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.resolved, Some("Chris Dale"));
    let text = "Sen. Ann Cole backed Tom Vance, she said. Sen. Bob Hill backed Ann \
                Lee, but he said he had doubts.";
    let report = audit(text);
    let s = sentence(&report, text, "doubts");
    assert_eq!(s.attributions[0].source.resolved, Some("Bob Hill"));
}

/// "wrote, directed and starred in the film", "slammed well over the bar":
/// a work made and a shot, no words.
#[test]
fn a_work_made_and_a_shot_slammed_are_no_claims() {
    assert_last_sentences_unattributed(&[
        "Dale, 45, wrote, directed and starred in the film.",
        "Rooney had a shot blocked while Vance slammed well over the bar again.",
    ]);
}

/// "had cast doubt on Cole's claims": a doubt voiced is a claim ("cast him
/// as weak" stays a framing).
#[test]
fn casting_doubt_is_a_claim() {
    let text = "The American had cast doubt on Cole's claims he had torn a hamstring.";
    assert_eq!(label_of(text, "hamstring"), Label::Named);
    let text = "Some media reports have cast doubt on what he would say.";
    assert_eq!(label_of(text, "media"), Label::Anonymous);
}

/// "denied his party the victory", "denied him a visa": a thing withheld;
/// rooting for a team, borrowing and retrieving are deeds.
#[test]
fn withholding_rooting_borrowing_and_retrieving_are_deeds() {
    assert_last_sentences_unattributed(&[
        "Dale was poised to win, but the government denied his party the victory.",
        "The consulate denied him a visa.",
        "A gregarious figure on campus, he rooted for the Philadelphia Eagles.",
        "Dale borrowed from state-owned banks to invest in dams.",
        "He retrieved from the freezer a chilled bottle and poured two glasses.",
    ]);
    let text = "Dale denied the report.";
    assert_eq!(label_of(text, "report"), Label::Named);
}

/// "Ministers were worried that ...": unnamed office holders in the plural
/// hold a feeling as a group does.
#[test]
fn unnamed_office_holders_in_the_plural_hold_a_feeling() {
    let text = "Ministers were worried that bringing such acts to the town would \
                lead to problems.";
    assert_eq!(label_of(text, "problems"), Label::Anonymous);
    let text = "Opposition MPs are also angry they will have only two days to debate it.";
    assert_eq!(label_of(text, "debate"), Label::Anonymous);
}

/// "A person familiar with the matter confirmed the meeting": the people
/// before "familiar with" or "close to" head the source, whatever the verb.
#[test]
fn people_familiar_with_a_matter_confirm_as_well_as_say() {
    for text in [
        "A person familiar with the matter confirmed the meeting.",
        "A person close to the talks announced the deal.",
    ] {
        assert_eq!(audit(text).sentences[0].label, Label::Anonymous, "{text}");
    }
    // A noun after its owner is no verb: one source, not two.
    let text = "The message mirrored his speech, according to a Democrat familiar \
                with his afternoon remarks.";
    assert_eq!(audit(text).sentences[0].attributions.len(), 1);
}

/// "have described how ...": an account given is a claim.
#[test]
fn describing_how_something_happened_is_an_account() {
    let text = "Some campaign staffers have described how the candidate silenced them.";
    assert_eq!(label_of(text, "silenced"), Label::Anonymous);
}

/// "A reporter for Agence France-Presse called it ...": an unnamed member
/// of an outlet's staff is anonymous, and "he" after is that reporter.
#[test]
fn an_unnamed_reporter_for_an_outlet_is_anonymous() {
    let text = "A truck drove into the crowd. A reporter for Agence France-Presse \
                called it \"absolute chaos.\" \"We saw people hit,\" he said.";
    let report = audit(text);
    for needle in ["absolute chaos", "people hit"] {
        assert_eq!(
            sentence(&report, text, needle).label,
            Label::Anonymous,
            "{needle}"
        );
    }
    // A spokesman speaks for the body on the record.
    let text = "A spokesman for Acme said the plan was fine.";
    assert_eq!(label_of(text, "plan"), Label::Official);
}

/// "sent out a statement reassuring voters that", "reminding viewers
/// that": assurance and reminders before "that" say what follows.
#[test]
fn reassuring_or_reminding_someone_that_is_a_claim() {
    let text = "Secretary of State Ken Dale sent out a statement reassuring voters \
                that no one had been left off the ballot.";
    assert_eq!(label_of(text, "ballot"), Label::Official);
    let text = "Ann Cole attacked him by reminding voters that the merger cut jobs.";
    assert_eq!(label_of(text, "merger"), Label::Named);
}

/// "Acme is forecasting average growth": a progressive is a verb, even
/// before a word that is also a document's noun.
#[test]
fn a_progressive_forecast_before_a_documents_noun_is_a_claim() {
    let text = "Acme is forecasting average growth of 2% across the region.";
    assert_eq!(label_of(text, "growth"), Label::Named);
}

/// Plans put forward, pleas made and conclusions reached are positions.
#[test]
fn plans_put_forward_pleas_and_conclusions_are_claims() {
    for (text, label) in [
        (
            "The Green Party has put forward plans to scrap the tests.",
            Label::Official,
        ),
        ("Ann Cole made a plea for the club to unite.", Label::Named),
        (
            "Several big employers have come to the same conclusion.",
            Label::Anonymous,
        ),
    ] {
        assert_eq!(audit(text).sentences[0].label, label, "{text}");
    }
}

/// "Those who know the senator say": people unnamed, whatever their clause
/// names.
#[test]
fn those_who_know_someone_are_unnamed_people() {
    for text in [
        "Those who know the senator say the pace is punishing.",
        "Those who worked with him say the pace is punishing.",
    ] {
        assert_eq!(audit(text).sentences[0].label, Label::Anonymous, "{text}");
    }
}

/// "every recent state poll": a poll of a state's voters has no stated
/// author; a state's report is the state's.
#[test]
fn a_state_poll_is_not_the_states_own() {
    let text = "Every recent state poll has shown him trailing.";
    assert_eq!(label_of(text, "trailing"), Label::Anonymous);
    let text = "A state report found that most roads are unsafe.";
    assert_eq!(label_of(text, "roads"), Label::Official);
}

/// "a survey by independent analyst Elena Sadovskaya": a document by a
/// person with no office is labelled as the person, who is "she" next.
#[test]
fn a_document_by_a_person_without_office_is_named() {
    let text = "A survey by independent analyst Elena Sadovskaya found that most \
                people fear the plan. She added that few trust it.";
    let report = audit(text);
    assert_eq!(sentence(&report, text, "fear").label, Label::Named);
    let added = sentence(&report, text, "trust");
    assert_eq!(
        added.attributions[0].source.resolved,
        Some("Elena Sadovskaya")
    );
    // An office holder's report is the office's.
    let text = "A report by Sen. Elizabeth Warren found that banks cheat.";
    assert_eq!(label_of(text, "cheat"), Label::Official);
}

/// "As for Trump, he said": the person an opening "As for" names is the
/// pronoun right after it.
#[test]
fn a_pronoun_after_as_for_is_the_topic_just_named() {
    let text = "Ted Cruz and Donald Trump met on stage. Cruz attacked him twice. \
                As for Trump, he said he was not worried.";
    let report = audit(text);
    let s = sentence(&report, text, "not worried");
    assert_eq!(s.attributions[0].source.resolved, Some("Donald Trump"));
}

/// "..., said the laws contained safeguards": a past tense and its object
/// after "said" are the content's clause, never an inverted source.
#[test]
fn a_clause_after_said_is_no_inverted_source() {
    let text = "But Lord Ames of Hale, the one judge to oppose the appeal, said \
                the laws contained important safeguards.";
    let report = audit(text);
    assert!(
        !sources_of(&report.sentences[0]).contains(&"the laws contained important safeguards"),
        "{:?}",
        sources_of(&report.sentences[0])
    );
}

/// "Icann said" after "the Internet Corporation for Assigned Names and
/// Numbers, Icann": initials written as a word, in brackets or after a
/// comma, stand for the body, which speaks as one.
#[test]
fn initials_written_as_a_word_stand_for_the_body() {
    let text = "The plan is weighed by the Union for Fair Trade and Commerce, Uftc. \
                Uftc said its decision was final.";
    let report = audit(text);
    let s = sentence(&report, text, "final");
    assert_eq!(s.label, Label::Official);
    assert_eq!(
        s.attributions[0].source.resolved,
        Some("Union for Fair Trade and Commerce")
    );
    let text = "The Guild of Rural Bakers (Grb) met. Grb wants lower taxes.";
    assert_eq!(label_of(text, "taxes"), Label::Official);
}

/// "The Qualifications and Curriculum Authority", "the Internet
/// Corporation for Assigned Names and Numbers": a body's name keeps its
/// "and".
#[test]
fn a_bodys_name_keeps_its_and() {
    for (text, name) in [
        (
            "The Roads and Bridges Authority said the work was done.",
            "Roads and Bridges Authority",
        ),
        (
            "The Office for Assigned Names and Numbers said the work was done.",
            "Office for Assigned Names and Numbers",
        ),
    ] {
        let report = audit(text);
        assert_eq!(
            report.sentences[0].attributions[0].source.resolved,
            Some(name),
            "{text}"
        );
    }
}

/// "The Democratic presidential front-runner and former secretary of
/// state": two descriptions joined stand for the person the first one
/// does, not for the party.
#[test]
fn two_descriptions_joined_stand_for_one_person() {
    let text = "Ann Cole spoke on Sunday. The Democratic presidential front-runner \
                and former secretary of state said the country must act.";
    let report = audit(text);
    let s = sentence(&report, text, "must act");
    assert_eq!(s.attributions[0].source.resolved, Some("Ann Cole"));
    assert_eq!(s.label, Label::Named);
}

/// "... the role of the high street thinks Mr Vaughan.": a long clause may
/// end in a verb of saying and an honorific's name with no comma between.
#[test]
fn an_honorifics_name_ending_a_long_clause_without_a_comma_speaks() {
    let text = "Already there are games on the market that have educational \
                elements said Mr Owen.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Named);
    assert_eq!(sources_of(&report.sentences[0]), ["Mr Owen"]);
    // After a plural, the verb is still a verb.
    let text = "Gadgets are altering the role of the high street in our lives \
                thinks Mr Vaughan.";
    assert_eq!(label_of(text, "Vaughan"), Label::Named);
}

/// Presiding, engineering, a prize claimed, a picture tweeted, a thing
/// denied a named person: deeds, no claims.
#[test]
fn deeds_of_office_prizes_pictures_and_things_withheld_are_no_claims() {
    assert_last_sentences_unattributed(&[
        "Ann Cole led the firm. She presided over a net fall in jobs.",
        "Bo Lane joined in May. He engineered an upturn in the club's fortunes.",
        "Isinbayeva claims new world best",
        "Ann Cole claimed the title in Madrid.",
        "Bo Lane tweeted a similar image on Sunday.",
        "Bo Lane denied Carter a final-night photo.",
    ]);
    // A clause after the claimed thing is a claim.
    let text = "Critics claim the record is at best patchy.";
    assert_eq!(label_of(text, "patchy"), Label::Anonymous);
}

/// `"In view of ... 'wait and see', the group said in its report. Growth
/// will slow. "The reversal ...," it noted.`: a quotation a tag inside it
/// left unclosed ends at the tag; the writer's sentences after it are no
/// quotation.
#[test]
fn a_quotation_left_unclosed_before_its_tag_ends_there() {
    let text = "The Trade Council met. \"In view of the weak euro, policy is likely \
                to 'wait and see', the council said in its report. Growth is expected \
                to fall to 4%. The council warned that deficits could hurt. \"The \
                reversal is a major challenge,\" it noted.";
    let report = audit(text);
    assert_eq!(sentence(&report, text, "Growth").label, Label::Unattributed);
    assert_eq!(sentence(&report, text, "deficits").label, Label::Official);
    assert_eq!(sentence(&report, text, "reversal").label, Label::Quoted);
    // With no tag inside, a mark opening a sentence still reopens the
    // quotation, as a paragraph would.
    let text = "\"We will win the seat. \"And we will hold it,\" she said.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Quoted);
}

/// A name and "and" opening the text: nothing before them to look back on.
#[test]
fn a_name_and_and_opening_the_text() {
    for text in [
        "Smith and Jones said the plan was fine.",
        "Acme and",
        "The Roads and",
    ] {
        let report = audit(text);
        assert!(!report.sentences.is_empty(), "{text}");
    }
    let text = "Smith and Jones said the plan was fine.";
    assert_eq!(label_of(text, "plan"), Label::Named);
}

/// "A representative for Mr. Pinchuk said ... He added": one who speaks
/// for a person is not the person, and is "he" next; a body's spokesman
/// still speaks for the body.
#[test]
fn one_who_speaks_for_a_person_is_not_the_person() {
    let text = "Victor Pinchuk hosted a dinner. A representative for Mr. Pinchuk said \
                the inquiry was over. He added that 100 people had attended.";
    let report = audit(text);
    let said = sentence(&report, text, "inquiry");
    assert_eq!(said.label, Label::Official);
    assert_ne!(said.attributions[0].source.resolved, Some("Victor Pinchuk"));
    let added = sentence(&report, text, "attended");
    assert_eq!(
        added.attributions[0].source.resolved,
        Some("A representative for Mr. Pinchuk")
    );
    let text = "A spokesman for Acme Foods said the plan was fine.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Acme Foods")
    );
}

/// "the Halifax said", "according to the Nationwide": one capitalised word
/// no list knows after "the", before its verb, names a body; a masthead's
/// word names an outlet.
#[test]
fn one_unknown_word_after_the_names_a_body() {
    let text = "House prices rose 1.1% in December, the Halifax has said.";
    assert_eq!(label_of(text, "prices"), Label::Official);
    let text = "Last week, the Nationwide said that prices fell.";
    assert_eq!(label_of(text, "prices"), Label::Official);
    let text = "According to the Independent, he will resign.";
    assert_eq!(label_of(text, "resign"), Label::Named);
    // A people's adjective is no body.
    let text = "The Swiss said the plan was fine.";
    assert_ne!(label_of(text, "plan"), Label::Official);
}

/// "lit into", "returned to critiquing", "putting out a warning that",
/// "suspect that", and a group counted ("a group of 32 experts"): claims
/// and their sources.
#[test]
fn attacks_critiques_warnings_and_suspicions_are_claims() {
    for (text, label) in [
        ("Ann Cole lit into Bo Lane for his speech.", Label::Named),
        (
            "Ann Cole has returned to critiquing Bo Lane over his record.",
            Label::Named,
        ),
        (
            "Party leaders are putting out a warning that the leaks are fake.",
            Label::Anonymous,
        ),
        (
            "Many cyber experts suspect that the leaks are fake.",
            Label::Anonymous,
        ),
        (
            "A group of 32 experts at the Aspen Institute warned that the files are fake.",
            Label::Anonymous,
        ),
    ] {
        assert_eq!(audit(text).sentences[0].label, label, "{text}");
    }
    // A critique named is a noun; a side in sport that tore into another
    // made no claim.
    assert_last_sentences_unattributed(&[
        "They care less about liberal critiques of the party.",
        "Ireland tore into the visitors from the kick-off.",
    ]);
}

/// "winemaker Southcorp": a maker of wine introduced so is a firm, which
/// speaks as one; a side that "threatened until" made no threat.
#[test]
fn a_winemaker_speaks_as_a_firm_and_a_threat_in_play_is_no_claim() {
    let text = "Australian winemaker Grapeco has rejected a takeover offer. \
                In a separate statement, Grapeco confirmed the talks.";
    assert_eq!(label_of(text, "confirmed"), Label::Official);
    assert_last_sentences_unattributed(&[
        "Rovers had rarely threatened until the keeper let the ball slip.",
        "The visitors did threaten, scoring twice, but never looked like winning.",
    ]);
    // A threat made still is one.
    let text = "\"We will strike,\" he threatened.";
    assert_eq!(label_of(text, "strike"), Label::Quoted);
}

/// "Bronchitis ruled Davenport, the champion, out of her match": kept from
/// play, no ruling; "ruled him out as a successor" is a position.
#[test]
fn ruled_out_of_a_match_is_no_ruling() {
    assert_last_sentences_unattributed(&[
        "Bronchitis ruled Ann Cole, the 2000 champion, out of her quarter-final.",
        "An injury ruled him out of the tour.",
    ]);
    let text = "Bo Lane ruled him out as a successor.";
    assert_eq!(label_of(text, "successor"), Label::Named);
}

/// "the airline" after "the firm" stood for Continental Airlines: a body a
/// noun resolved to is one named, and its name's plural noun fits.
#[test]
fn a_body_a_noun_stood_for_is_named_for_the_next_noun() {
    let text = "Shares in Acme Airlines have tumbled after the firm warned it could \
                run out of cash. The airline said it was losing money.";
    let report = audit(text);
    let s = sentence(&report, text, "losing money");
    assert_eq!(s.attributions[0].source.resolved, Some("Acme Airlines"));
}

/// "declined to define what such a deal would include": a refusal to say,
/// as "declined to comment" is.
#[test]
fn declining_to_define_or_clarify_is_no_comment() {
    assert_last_sentences_unattributed(&[
        "Bo Lane, however, declined to define what such a deal would include.",
        "Ann Cole declined to clarify her remarks.",
    ]);
}

/// "The oil and gas company said": a body's noun whose modifiers "and"
/// joins is one source, from its article.
#[test]
fn a_bodys_noun_with_joined_modifiers_is_one_source() {
    let text = "The clothing and home furnishing retailer said its chief had resigned.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["The clothing and home furnishing retailer"]
    );
    let text = "Prices rose and the company said it was pleased.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["the company"]);
}

/// "Magistrate Lee Gilmore said": a magistrate holds a judicial office; a
/// product unveiled five words on is still a product.
#[test]
fn a_magistrate_is_an_office_and_a_plane_unveiled_is_a_product() {
    let text = "Magistrate Ann Cole said the order would stand.";
    assert_eq!(label_of(text, "order"), Label::Official);
    assert_last_sentences_unattributed(&[
        "US aircraft firm Aeroco has unveiled its new long-distance 777 plane.",
    ]);
    // A settlement agreed five words on is no deal: "agreed the Act of
    // Settlement was discriminatory" is a view.
    let text = "The Lord Chancellor, Lord Falconer, agreed the 1701 Act of Settlement \
                was discriminatory.";
    assert_eq!(label_of(text, "discriminatory"), Label::Official);
}

/// "predicts the report by telecoms giant BT ... the report concludes":
/// a document named by its noun before "by" is the one "the report" means
/// next, and its author speaks.
#[test]
fn the_report_next_is_the_report_by_its_author() {
    let text = "Millions will miss out, predicts the report by telecoms giant Telco. \
                The divide will not close, the report concludes.";
    let report = audit(text);
    let s = sentence(&report, text, "divide");
    assert_eq!(s.attributions[0].source.resolved, Some("Telco"));
}

/// "CNN/ORC", "NBC/Wall Street Journal": names joined by a slash with no
/// space are one source.
#[test]
fn names_joined_by_a_slash_are_one_source() {
    for (text, name) in [
        ("A new Acme/Bolt poll shows him ahead.", "Acme/Bolt"),
        (
            "An NBC/Wall Street Journal survey found that she leads.",
            "NBC/Wall Street Journal",
        ),
    ] {
        let report = audit(text);
        assert_eq!(
            report.sentences[0].attributions[0].source.resolved,
            Some(name),
            "{text}"
        );
    }
}

/// "Dow's chief executive, Andrew Liveris, of course, said": a comment or a
/// time between commas stands apart from the source, which keeps its
/// office.
#[test]
fn a_comment_or_a_time_between_commas_is_no_part_of_the_source() {
    let text = "Acme's chief executive, Ann Cole, of course, said that the timing \
                was unrelated.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Acme's chief executive, Ann Cole"]
    );
    let text = "Then Acme, only two months later, announced plans to merge.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Acme"]);
}

/// "Irish replied with three penalties": an answer in play, no words
/// ("replied with a statement" stays a claim).
#[test]
fn replying_with_a_score_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "Rovers replied with three penalties and a drop goal.",
        "The teenager has responded with six goals in nine games.",
    ]);
    let text = "The firm replied with a statement saying it was fine.";
    assert_eq!(label_of(text, "fine"), Label::Official);
}

/// "Audiences can expect him to": a plural of people watching is an
/// unnamed group, not a name, and no "he" after it stands for it.
#[test]
fn audiences_are_unnamed_people_not_a_person() {
    let text = "Singer Rolf Amsel Vanterpool is back. Putting the set together, \
                Vanterpool said, let him relax. Audiences expect him to \
                take a few more risks than usual.\n\n“It’s from the heart,” he said.";
    let report = audit(text);
    let s = sentence(&report, text, "Audiences");
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(s.attributions[0].source.resolved, None);
    let s = sentence(&report, text, "heart");
    assert_ne!(s.attributions[0].source.resolved, Some("Audiences"));
}

/// "could do wonders for": the noun, no question wondered.
#[test]
fn doing_wonders_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "Advances in effects could do wonders for the old comedy.",
        "No wonder the shares fell.",
    ]);
    let text = "Ms Lee wonders whether the plan will work.";
    assert_eq!(label_of(text, "plan"), Label::Named);
}

/// A settlement agreed for a sum, a player denied a goal, moves on a field
/// or on a lake: deeds, no claims.
#[test]
fn a_sum_agreed_a_save_and_moves_on_the_water_are_deeds() {
    assert_last_sentences_unattributed(&[
        "Twelve former directors have agreed a $90m (£48m) settlement in the case.",
        "The keeper denied the same player again ten minutes later.",
        "Tom Brannock prodded the hosts ahead after 19 minutes.",
        "Ben Okafor whipped in a free kick from the right.",
        "Prime Minister Alan Rusk sailed across the lake with pupils.",
        "Gerry Mott failed to deal with the cross.",
    ]);
}

/// "Critics have savaged the film": a harsh verdict, by unnamed critics.
#[test]
fn savaging_a_work_is_criticism() {
    let text = "Critics have savaged the three-hour epic.";
    assert_eq!(label_of(text, "epic"), Label::Anonymous);
}

/// "Local press had reported": the press of a place is no one outlet.
#[test]
fn the_local_press_names_no_outlet() {
    for text in [
        "Local press had reported that the firm wanted the unit.",
        "The firm wanted the unit, according to the local press.",
    ] {
        let report = audit(text);
        assert_eq!(report.sentences[0].label, Label::Anonymous, "{text}");
        assert_eq!(
            report.sentences[0].attributions[0].source.role,
            Role::Media,
            "{text}"
        );
    }
}

/// "A reporter asked Sanders how he felt. He replied: ...": a verb of
/// answering marks the one asked as the speaker, with no tag.
#[test]
fn he_replied_is_the_one_asked() {
    let text = "Senator Mark Ostrowski toured a school. A reporter asked Ostrowski \
                how he was feeling. He replied: “The bigger the turnout, the better.”";
    let report = audit(text);
    let s = sentence(&report, text, "turnout");
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].source.resolved, Some("Mark Ostrowski"));
}

/// "Stacy Baker of Columbia, South Carolina says": with no comma after the
/// state, the person before the town is still the source.
#[test]
fn a_state_without_its_closing_comma_ends_the_description() {
    let text = "Dana Whitlow of Sumter, South Carolina says she backs the plan.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Dana Whitlow")
    );
}

/// "Rosneft now owns Yugansk and Russia has said": a verb of owning before
/// a name belongs to the clause before the source.
#[test]
fn a_verb_of_owning_is_no_part_of_the_source() {
    let text = "Petrovia now owns Kamsk and Russia has said it will sell the unit.";
    let report = audit(text);
    let sources = sources_of(&report.sentences[0]);
    assert!(!sources[0].contains("owns"), "{sources:?}");
}

/// "according to studio estimates": the noun after "according to" is no
/// second cue.
#[test]
fn a_noun_after_according_to_is_no_cue() {
    let text = "The film made $17m, according to studio estimates.";
    let report = audit(text);
    assert_eq!(report.sentences[0].attributions.len(), 1);
}

/// "Cruz invited Trump to a rally": an invitation is a deed.
#[test]
fn inviting_someone_is_a_deed() {
    assert_last_sentences_unattributed(&[
        "Senator Ted Ruiz spoke first. Ruiz invited Dan Hale to a rally in September.",
    ]);
}

/// "Sanders's argument on Sunday was that": a day between the stance's
/// noun and its copula.
#[test]
fn a_stance_noun_with_a_day_before_its_copula() {
    let text = "Mark Ostrowski's argument on Sunday was that the delegates should switch.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Named);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Mark Ostrowski")
    );
}

/// "His message to the chancellor was: "..."": the owner of the words
/// speaks, not the one they were addressed to.
#[test]
fn a_message_to_someone_before_a_colon_is_the_owners() {
    let text = "Sir Digby Hale spoke at the lunch. His message to the chancellor was: \
                \"Please don't give it away.\"";
    let report = audit(text);
    let s = sentence(&report, text, "message");
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].source.text, "His message");
    assert_eq!(s.attributions[0].source.resolved, Some("Digby Hale"));
}

/// "Insisting it wasn't rehearsed, Trump invited employees": a participle
/// of saying that opens the sentence is the main clause's subject's claim,
/// even with a subject of its own inside it; "Adding to its woes" and
/// "Showing strength" are no saying.
#[test]
fn an_opening_participle_of_saying_is_the_subjects_claim() {
    for text in [
        "Insisting it wasn't rehearsed, Dan Hale invited workers to the stage.",
        "Saying he was tired, John Marsh left the room.",
        "Noting that both men fought the press, Ann Cole turned to the polls.",
    ] {
        let report = audit(text);
        assert_eq!(report.sentences[0].label, Label::Named, "{text}");
    }
    assert_last_sentences_unattributed(&[
        "Adding to its woes, Acme Rovers was beaten 5-0 on Saturday.",
        "Showing great strength, the keeper held on to the ball.",
    ]);
}

/// "Ed Balls, a prospective Labour MP": an office to come is no office
/// held, as a former one is none.
#[test]
fn a_prospective_office_is_no_office() {
    let text = "But Ed Barnes, a prospective Labour MP, said he was confident.";
    assert_eq!(label_of(text, "confident"), Label::Named);
}

/// "After the ruling Carla Ferstman said": an opening phrase with no comma
/// ends before a given name, even after a document's noun.
#[test]
fn a_given_name_opens_the_subject_after_an_opening_phrase() {
    let text = "After the ruling Carla Fenton, director of Redress, said it was a victory.";
    let report = audit(text);
    assert!(
        report.sentences[0].attributions[0]
            .source
            .text
            .starts_with("Carla Fenton"),
        "{:?}",
        sources_of(&report.sentences[0])
    );
}

/// "Tony Blair's official spokesman said ... He added": the spokesman is
/// someone of his own, the one "he" stands for next.
#[test]
fn an_owned_spokesman_is_no_one_but_the_spokesman() {
    let text = "Prime Minister Tony Blaine visited Leeds. Prime Minister Tony Blaine's \
                official spokesman said: \"We will look at it.\" He added that the rules \
                were clear.";
    let report = audit(text);
    for needle in ["look at it", "rules"] {
        let s = sentence(&report, text, needle);
        assert_ne!(
            s.attributions[0].source.resolved,
            Some("Tony Blaine"),
            "{needle}"
        );
    }
}

/// "nine things Trump has said about Latinos": things a clause says were
/// said are named, not told, like "what Trump said".
#[test]
fn things_someone_said_are_no_claim() {
    assert_last_sentences_unattributed(&[
        "Here are nine things Dan Hale has said about voters.",
        "9 (More) Offensive Things Dan Hale Has Said About Voters.",
    ]);
    let text = "Dan Hale said things were fine.";
    assert_eq!(label_of(text, "fine"), Label::Named);
}

/// "...: soon Donald J. Trump had declared": a time adverb after a colon is
/// no part of the source.
#[test]
fn a_time_adverb_after_a_colon_is_no_part_of_the_source() {
    let text = "It was no idle fear: soon Dan J. Hale had declared that he would ban them.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Dan J. Hale"]);
}

/// "USA TODAY reported": an outlet's last word is not a time skipped.
#[test]
fn an_outlet_ending_in_a_time_word_keeps_it() {
    let text = "USA TODAY reported last month that the group funded schools.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["USA TODAY"]);
    let text = "According to USA TODAY, the group funded schools.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["USA TODAY"]);
}

/// "The campaign has endorsed none of this": no endorsement, no claim.
#[test]
fn endorsing_none_is_no_claim() {
    assert_last_sentences_unattributed(&["The Hale campaign has endorsed none of this."]);
}

/// "Bookmakers Ladbrokes says": a bookmaker is a firm.
#[test]
fn a_bookmaker_speaks_as_a_firm() {
    let text = "Bookmakers Ladbrokes says the singer has even odds of leaving.";
    assert_eq!(label_of(text, "odds"), Label::Official);
}

/// "in protest at job cuts": why people act, no protest voiced by a source.
#[test]
fn in_protest_at_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "The union is to ballot its 290,000 members on strikes in protest at job cuts.",
    ]);
}

/// "Mr. Trump officially claimed the nomination", "agents find the
/// tunnels": a prize taken, a thing found.
#[test]
fn a_nomination_claimed_and_tunnels_found_are_deeds() {
    assert_last_sentences_unattributed(&[
        "Dan Hale spoke. Later, Mr. Hale officially claimed the nomination.",
        "When border agents find the tunnels, they seal them with concrete.",
    ]);
}

/// "A survey conducted by Gallup last year found": a time after a
/// document's author leaves the author in the source.
#[test]
fn a_documents_author_stays_in_the_source_before_a_time() {
    let text = "A survey conducted by Gallup last year found that voters liked it.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["A survey conducted by Gallup"]
    );
}

/// "as the man says": a saying, no one's claim; "was asked if he would
/// say yes or no": an answer asked for, none given.
#[test]
fn a_saying_and_an_answer_asked_for_are_no_claims() {
    assert_last_sentences_unattributed(&[
        "At £20, the game is as cheap as chips, as the man says.",
        "Dan Hale spoke. Dr Hale was asked if he would say yes or no if Lee applied.",
    ]);
}

/// "Shares in Krispy Kreme Doughnuts fell ... The company warned ...
/// Krispy Kreme said": a listed company speaks as a firm, and is "the
/// company" next.
#[test]
fn a_company_whose_shares_trade_speaks_as_a_firm() {
    let text = "Shares in Crumble Crust Bakeries fell after the firm delayed its results. \
                The company warned the move would cut profits. Crumble Crust said \
                accounting errors had forced the move.";
    let report = audit(text);
    let s = sentence(&report, text, "warned");
    assert_eq!(
        s.attributions[0].source.resolved,
        Some("Crumble Crust Bakeries")
    );
    assert_eq!(label_of(text, "errors"), Label::Official);
}

/// "Trump isn't saying what techniques he would support": a stance inside
/// the question a refusal leaves open is no claim; a new clause after
/// "but" is ("did not explain why, but she suspects").
#[test]
fn a_stance_inside_a_refused_question_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "Dan Hale isn't saying what other methods he would support.",
        "The three have refused to confirm reports they plan to launch an airline.",
    ]);
    let text = "The firm did not explain why, but she suspects that the men complained.";
    assert_eq!(label_of(text, "suspects"), Label::Named);
}

/// "Women can expect to live until 85": what the writer forecasts for
/// them, no expectation of theirs.
#[test]
fn what_people_can_expect_is_the_writers_forecast() {
    assert_last_sentences_unattributed(&["Women can expect to live until 85, men until 78."]);
}

/// "Mark Serwotka, from the Public and Commercial Services union said": a
/// person from a body, the closing comma missing, with "and" in the body's
/// name; the person speaks, named.
#[test]
fn a_person_from_a_body_named_with_and_before_a_missing_comma() {
    let text = "Mark Solway, from the Public and Commercial Services union said there \
                should be a strike.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Named);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Mark Solway")
    );
}

/// "joined calls for a probe": the call is the joiner's too.
#[test]
fn joining_calls_for_something_is_a_call() {
    let text = "Earlier, Conservative MP Ann Mates joined calls for a probe into the claims.";
    assert_eq!(label_of(text, "probe"), Label::Official);
}

/// "A spokesman for Democratic presidential candidate Hillary Clinton":
/// one who speaks for her, past her description, and "he" next; not
/// "spokeswoman for women Sandra Gidley", the spokeswoman herself.
#[test]
fn a_spokesman_for_a_described_person_is_not_that_person() {
    let text = "A spokesman for Democratic presidential candidate Ann Dwyer said the \
                schedule was wrong. He added it was fine.";
    let report = audit(text);
    for needle in ["schedule", "fine"] {
        let s = sentence(&report, text, needle);
        assert_ne!(
            s.attributions[0].source.resolved,
            Some("Ann Dwyer"),
            "{needle}"
        );
    }
    let text = "Liberal Democrat spokeswoman for women Sandra Gidley said pay would rise.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Sandra Gidley")
    );
}

/// "Butler clocked a time of 22 minutes", "Davies impressed during a loan
/// spell": a race's time and a player's form are deeds.
#[test]
fn a_time_clocked_and_a_player_who_impressed_are_deeds() {
    assert_last_sentences_unattributed(&[
        "Kate Bowler clocked a time of 22 minutes 45 seconds.",
        "Andy Davison impressed during a recent loan spell at Loftus Road.",
    ]);
}

/// "Mr Blair has failed, he claimed": while another who fits speaks on
/// from the sentence before, a subject named before is in the words the
/// tag reports, not its speaker; a person just introduced, or one whose
/// own clause a colon ends, still speaks.
#[test]
fn a_tag_after_a_named_subject_goes_to_the_one_speaking_on() {
    let text = "Tony Blair has failed, Michael Howard has said. \"We need change,\" \
                Mr Howard said. Mr Blair has ducked these problems, he claimed. \
                The Tories, he said, can cut crime.";
    let report = audit(text);
    for needle in ["ducked", "Tories"] {
        assert_eq!(
            sentence(&report, text, needle).attributions[0]
                .source
                .resolved,
            Some("Michael Howard"),
            "{needle}"
        );
    }
    let text = "\"We are sick of it,\" Mr. Gale said. Judge Tom Mosman heard the case. \
                \"No,\" Mr. Gale said. Mosman saw it differently: \"It was a threat,\" \
                he said.";
    let report = audit(text);
    assert_eq!(
        sentence(&report, text, "threat").attributions[0]
            .source
            .resolved,
        Some("Tom Mosman")
    );
}

/// A plot told, a face that says a lot, a band persuaded to reform, a
/// thing provided to someone, no one found, films showing, a letter
/// writing campaign: deeds and idioms, no claims. Their claims stay:
/// "persuaded them that", "said a lot of things".
#[test]
fn plots_faces_persuasions_and_gifts_are_no_claims() {
    assert_last_sentences_unattributed(&[
        "Wild Oats tells the story of a baker who always burns the bread.",
        "Though they speak barely a word of English, their smiles said a lot.",
        "The lack of a rival speaks volumes about her influence.",
        "He also persuaded the rock band Tin Rain to reform for one show.",
        "Ann Vole provided Jo Marsh with fresh material for years.",
        "The party couldn't find anyone to play the role.",
        "Stars like Dan Kemp also have films showing there.",
        "Rebels were not going to be moved by a polite letter writing campaign.",
    ]);
    let text = "He persuaded the board that the plan was sound.";
    assert_eq!(label_of(text, "plan"), Label::Named);
    let text = "Dan Kemp said a lot of things about the deal.";
    assert_eq!(label_of(text, "things"), Label::Named);
}

/// "..., Ms. Lane answered, referring to Jeffrey D. Feltman": who the
/// words meant is the writer's gloss, no second claim; "referring to the
/// deal as a fraud" is one.
#[test]
fn referring_to_a_person_after_a_quotation_is_a_gloss() {
    let text = "\"It's jeff,\" Ms. Lane answered, referring to Jeffrey D. Feltman, an official.";
    let report = audit(text);
    let cues: Vec<&str> = report.sentences[0]
        .attributions
        .iter()
        .map(|a| a.cue.text)
        .collect();
    assert_eq!(cues, ["answered"]);
}

/// "About 10:03 p.m., according to a congressional timeline, the
/// contractors left": a timeline is a document, and the clause after the
/// aside is the claim, not a description of its source ("..., according to
/// Ann Lee, an analyst at Kemp." keeps its description).
#[test]
fn an_aside_after_a_short_opening_names_only_its_source() {
    let text = "About noon, according to a congressional timeline, the guards left.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Official);
    assert_eq!(s.attributions[0].source.text, "a congressional timeline");
    let text = "Sales rose, according to Ann Lee, an analyst at Kemp Research.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.text,
        "Ann Lee, an analyst at Kemp Research"
    );
}

/// "A 2014 House committee report found", "received the 95-page report",
/// "expressed similar doubts": nouns, no second claim and no claim at all
/// ("The committee will report its findings" is one).
#[test]
fn a_reports_noun_before_its_verb_and_doubts_expressed_are_nouns() {
    let text = "A 2014 House committee report found no sign of an order.";
    let report = audit(text);
    let cues: Vec<&str> = report.sentences[0]
        .attributions
        .iter()
        .map(|a| a.cue.text)
        .collect();
    assert_eq!(cues, ["found"]);
    assert_last_sentences_unattributed(&["The council received the 95-page report on Monday."]);
    let text = "Others who have urged a tougher line expressed similar doubts.";
    let report = audit(text);
    assert_eq!(report.sentences[0].attributions.len(), 1);
    assert_eq!(report.sentences[0].attributions[0].cue.text, "expressed");
    let text = "The committee will report its findings.";
    assert_eq!(label_of(text, "findings"), Label::Official);
}

/// "Colin Asplin, Blackpool Hotel Association said": the person, whose
/// body follows his name with no closing comma, speaks, not the body.
#[test]
fn a_person_before_a_body_named_with_no_closing_comma_speaks() {
    let text = "Cole Aspen, Seaview Hotel Association said: \"We have tried very hard.\"";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Cole Aspen")
    );
}

/// "These voters are skeptical of free trade": a demonstrative before a
/// noun of people opens a group, whose view it is; "Those services are
/// available" is none, nor is "Those are the facts".
#[test]
fn these_voters_are_a_group_with_a_view() {
    let text = "These voters are skeptical of free trade.";
    assert_eq!(label_of(text, "skeptical"), Label::Anonymous);
    assert_last_sentences_unattributed(&[
        "Those services are available to \"any candidate who has been determined to be a contender.\"",
        "Those are the facts.",
    ]);
}

/// "The vice president appeared deferential": how a person looked to the
/// writer, no position of theirs; "appeared confident that he would win"
/// is a feeling held.
#[test]
fn how_someone_appeared_is_the_writers_view() {
    assert_last_sentences_unattributed(&[
        "Vice President Dan Kemp appeared deferential to the visiting premier.",
    ]);
    let text = "Dan Kemp appeared confident that he would win.";
    assert_eq!(label_of(text, "confident"), Label::Named);
}

/// "the James S. Brady briefing room", "John F. Kennedy Airport": a place
/// named after a person is no person, whom "he" could stand for.
#[test]
fn a_place_named_after_a_person_is_no_person() {
    let text = "President Ann Lee spoke at the James S. Brady briefing room. He said it was bad.";
    let report = audit(text);
    let s = sentence(&report, text, "bad");
    assert_ne!(s.attributions[0].source.resolved, Some("James S. Brady"));
}

/// "First his wife, Huma Lane, announced": an opening adverb of order is
/// no part of the source's words.
#[test]
fn an_opening_adverb_of_order_is_not_the_sources() {
    let text = "First his wife, longtime aide Huma Lane, announced they were separating.";
    let report = audit(text);
    assert_eq!(
        report.sentences[0].attributions[0].source.text,
        "his wife, longtime aide Huma Lane"
    );
}

/// "Clinton swipes at Trump", "pillories Sanders' record", "took some
/// shots at Sanders": jabs in words are claims; "went on to claim the
/// Cup" is a win.
#[test]
fn jabs_in_words_are_claims_and_a_cup_claimed_is_a_win() {
    for text in [
        "Lane swipes at Kemp over trade.",
        "Standing with activists, Lane pillories Kemp's record.",
        "In a town hall, Lane took some shots at Kemp.",
    ] {
        assert_eq!(label_of(text, "Kemp"), Label::Named, "{text}");
    }
    assert_last_sentences_unattributed(&["The Kiwis went on to claim the Cup."]);
}

/// "Munro discovered rugby at college", "officials discovered at least one
/// case": a thing come upon, no finding; "discovered that the emails were
/// deleted" and "discovered the emails were deleted" are findings.
#[test]
fn a_thing_discovered_is_no_finding() {
    assert_last_sentences_unattributed(&[
        "Carl Munro discovered rugby at a college in London.",
        "On Tuesday, state health officials discovered at least one case in the county.",
    ]);
    for text in [
        "Investigators discovered that the emails were deleted.",
        "Investigators discovered the emails were deleted.",
    ] {
        assert_eq!(label_of(text, "deleted"), Label::Anonymous, "{text}");
    }
}

/// "Deputy High Court Judge Richard Mawrey, QC told the hearing": the
/// letters after the name are the judge's, who speaks.
#[test]
fn letters_after_a_name_leave_the_name_the_source() {
    let text = "Deputy High Court Judge Rick Mawson, QC told the hearing the case was grave.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Official);
    assert_eq!(s.attributions[0].source.resolved, Some("Rick Mawson"));
}

/// "..., he said, on condition of anonymity to speak freely": whoever
/// "he" is, a speaker granted anonymity is unidentified; "to protect
/// anonymity" after a cue asks none.
#[test]
fn a_speaker_granted_anonymity_after_the_cue_is_unidentified() {
    let text = "Dan Kemp spoke first. He could not find a single taker, he said, \
                on condition of anonymity to speak freely.";
    assert_eq!(label_of(text, "taker"), Label::Anonymous);
    let text =
        "Ann Lee blogged. She changed the names of firms she mentioned to protect anonymity.";
    assert_ne!(label_of(text, "changed"), Label::Anonymous);
}

/// "sells plots to people who wish to build homes", "appointments for
/// women who want to obtain": a wish that says who the people are, no
/// claim; "Voters who want change backed him" opens with its group.
#[test]
fn a_wish_describing_an_object_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "He has also begun to sell plots to people who wish to build homes.",
        "The law mandates three visits for women who want to obtain the pill.",
    ]);
    assert_eq!(
        label_of("Voters who want change backed him.", "change"),
        Label::Anonymous
    );
}

/// "..., a court has heard", "The court heard how ...": evidence put to a
/// court is the court's record; "Smith heard the news" and "I heard that
/// he left" give no claim of the hearer's.
#[test]
fn what_a_court_heard_is_its_record() {
    for (text, needle) in [
        (
            "The actor had residue on his hands that night, a court has heard.",
            "residue",
        ),
        (
            "The court heard how ballots were taken by police.",
            "ballots",
        ),
    ] {
        assert_eq!(label_of(text, needle), Label::Official, "{text}");
    }
    assert_last_sentences_unattributed(&[
        "Dan Kemp heard the news on Monday.",
        "I heard that he left.",
    ]);
}

/// "Other Republicans remain unpersuaded": a group's view.
#[test]
fn a_group_unpersuaded_holds_a_view() {
    assert_eq!(
        label_of("Other Republicans remain unpersuaded.", "unpersuaded"),
        Label::Anonymous
    );
}

/// "Carson has responded to Trump's rant.", "she appeared to step on her
/// own momentum", "will add their awards to the four", "He destroyed Os du
/// Randt in the scrum": an answer untold, a look, a tally and a deed, no
/// claims; "responded with a tweet" and "appeared to acknowledge that"
/// stay claims.
#[test]
fn untold_answers_looks_tallies_and_scrums_are_no_claims() {
    assert_last_sentences_unattributed(&[
        "Now, Dan Kemp has responded to Lane's rant.",
        "But at key moments, Ann Lee appeared to step on her own momentum.",
        "The Owls will add their awards to the four they won in August.",
        "Dan Kemp destroyed South Africa's prop in the scrum at Twickenham.",
    ]);
    let text = "Dan Kemp responded to these revelations with a profane tweet.";
    assert_eq!(label_of(text, "revelations"), Label::Named);
    let text = "Dan Kemp appeared to acknowledge that it was late.";
    assert_eq!(label_of(text, "late"), Label::Named);
}

/// "Trump thanked his parents, his siblings and his staff": thanks given
/// for nothing said; "thanked voters for their support" says what for.
#[test]
fn thanks_for_nothing_said_are_no_claim() {
    assert_last_sentences_unattributed(&[
        "Dan Kemp thanked his parents, his siblings and his campaign manager, Ann Lee.",
    ]);
    let text = "Dan Kemp thanked voters for their support.";
    assert_eq!(label_of(text, "voters"), Label::Named);
}

/// "Clinton, during a town hall meeting in Columbus, Ohio, said": an
/// adjunct of time or occasion between commas is no part of the source's
/// words; "Ted Cruz, when asked what is wrong, responded that" finds its
/// source; "Stephens, who, after trading insults, said" keeps its clause.
#[test]
fn an_adjunct_between_commas_is_not_the_sources() {
    let text = "Ann Lee, during a town hall meeting in Columbus, Ohio, said she would win.";
    let report = audit(text);
    assert_eq!(report.sentences[0].attributions[0].source.text, "Ann Lee");
    let text = "Dan Kemp, when asked what is wrong, responded that the plan \"does not work.\"";
    assert_eq!(label_of(text, "plan"), Label::Quoted);
    let text = "First there was editor Bret Lane, who, after trading insults with Mr. Kemp, \
                said that \"the party became an echo chamber.\"";
    assert_eq!(label_of(text, "echo"), Label::Quoted);
}

/// "... she said.\n\nAnd she won't commit to an opinion yet. \"I'm just in
/// the middle of it.\"": a whole sentence quoted after a lead-in that opens
/// with "she" goes on with the last speaker.
#[test]
fn a_quotation_after_a_pronoun_lead_in_continues_the_speaker() {
    let text = "\"I'm overwhelmed by all the fuss,\" Ann Lee said.\n\n\
                And she won't commit to an opinion of Hollywood yet. \
                \"I'm just in the middle of it, day to day.\"";
    let report = audit(text);
    let s = sentence(&report, text, "middle");
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].source.resolved, Some("Ann Lee"));
}

/// "The CBS poll gave Clinton a much higher lead", "New Poll Gives Hillary
/// Clinton A Double-Digit National Lead": a poll gives a standing (a
/// title-case headline's verb too); "The poll gives voters a chance" none.
#[test]
fn a_poll_gives_a_lead() {
    let text = "The CBS poll gave Ann Lee a much higher lead than other polls.";
    assert_eq!(label_of(text, "higher"), Label::Named);
    let text = "New Poll Gives Ann Lee A Double-Digit National Lead.";
    assert_eq!(label_of(text, "Double"), Label::Anonymous);
    assert_last_sentences_unattributed(&["The poll gives voters a chance."]);
}

/// "Cruz Refuses to Disavow Lindsey Graham Endorsement": the headline's
/// noun after a name is no part of it, and "Graham" later is Lindsey
/// Graham.
#[test]
fn a_headline_noun_after_a_name_is_not_the_names() {
    let text = "Dan Kemp Refuses to Disavow Lindsey Graham Endorsement. Sen. Dan Kemp \
                refuses to disavow the endorsement of Sen. Lindsey Graham. \
                \"I will help,\" Graham told CNN.";
    let report = audit(text);
    let s = sentence(&report, text, "help");
    assert_eq!(s.attributions[0].source.resolved, Some("Lindsey Graham"));
}

/// "both players feel their way into the fourth set", "Nadal blasts a
/// forehand return", "Roddick claims the vital first break": a match's
/// play, no claims ("claims the break was lucky" is one).
#[test]
fn a_matchs_play_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "Rafa Lane holds as both players feel their way into the fourth set.",
        "On the very next point, Rafa Lane blasts a forehand return from right of court.",
        "Andy Kemp claims the vital first break.",
    ]);
    assert_eq!(
        label_of("Andy Kemp claims the break was lucky.", "lucky"),
        Label::Named
    );
}

/// "Consumer advocates are concerned that", "Health advocates are
/// worried": a plural spelled as a verb ("advocates") before its own verb
/// is the subject's noun, a group holding a view.
#[test]
fn a_plural_before_its_verb_is_a_group_holding_a_view() {
    for text in [
        "Consumer advocates are concerned that the fees will rise.",
        "Health advocates are worried that the clinics will close.",
        "Some consumer advocates are concerned that the fees will rise.",
    ] {
        let report = audit(text);
        let s = &report.sentences[0];
        assert_eq!(s.label, Label::Anonymous, "{text}");
        assert!(sources_of(s)[0].ends_with("advocates"), "{text}");
    }
}

/// "58 percent of Florida voters overall said": a share of people, past
/// the adverb after it.
#[test]
fn a_share_of_people_overall_is_a_group() {
    let text = "But 58 percent of Ohio voters overall said they were less likely to vote.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(sources_of(s), ["58 percent of Ohio voters"]);
}

/// "The makers of the system claim", "Big manufacturers were", "several
/// makers of chips announced": those who make a thing, unnamed.
#[test]
fn unnamed_makers_are_anonymous() {
    for (text, source) in [
        (
            "The makers of the system claim that it cuts waiting times by half.",
            "The makers of the system",
        ),
        (
            "The makers of the scanner said it cuts waiting times by half.",
            "The makers of the scanner",
        ),
        (
            "Big manufacturers were even more pessimistic about the spring.",
            "Big manufacturers",
        ),
    ] {
        let report = audit(text);
        let s = &report.sentences[0];
        assert_eq!(s.label, Label::Anonymous, "{text}");
        assert_eq!(sources_of(s), [source], "{text}");
    }
}

/// "A lawyer representing Mr Doherty and Mr Wass said": one unnamed
/// lawyer, whose clients' names do not name the lawyer.
#[test]
fn a_lawyer_representing_named_clients_is_unnamed() {
    let text = "A lawyer representing Mr Dale and Mr Voss said the pair denied the charge.";
    assert_eq!(label_of(text, "denied"), Label::Anonymous);
}

/// "Mel Gibson and his partner Bruce Davey said": one source, a name and
/// a partner named by relation and by name.
#[test]
fn a_name_and_his_partner_named_are_one_source() {
    let text = "Mel Dunn and his partner Bruce Ames said the film would open in May.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Mel Dunn and his partner Bruce Ames"]
    );
}

/// "Neither Rover nor Shanghai Automotive commented on the reports": no
/// comment from either.
#[test]
fn neither_commenting_is_no_comment() {
    assert_last_sentences_unattributed(&[
        "Neither Rover nor Shanghai Motors commented on the reports.",
    ]);
}

/// "said Castaignede ahead of the 12 March tie", "Yesterday Argentina's
/// economy minister, Roberto Lavagna, said": a time before or after a
/// source is no part of it.
#[test]
fn a_time_around_a_source_is_no_part_of_it() {
    let text = "\"We will win,\" said Castaignede ahead of the 12 March tie.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Castaignede"]);
    let text = "Yesterday Argentina's economy minister, Rosa Lavan, said that the offer stood.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Argentina's economy minister, Rosa Lavan"]
    );
}

/// "some saw Beck's comments as simply part of his opposition": a view,
/// past the adverb.
#[test]
fn seen_as_simply_part_of_is_a_view() {
    let text = "However, some saw Beck's comments as simply part of his long feud with Lane.";
    assert_eq!(label_of(text, "feud"), Label::Anonymous);
}

/// "Mr Ancram condemned the document, which the Foreign Office says has
/// cost £2,500": a relative clause's own attribution is the writer's
/// aside, not a part of the speaker's words; "a story in which Democratic
/// sources said" names sources of its own.
#[test]
fn a_relative_clause_carries_its_own_attribution() {
    let text = "Mr Ancram condemned the leaflet, which the Foreign Office says has cost £2,500.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["Mr Ancram", "the Foreign Office"]);
    assert_eq!(s.label, Label::Official);
    let text = "Lee mocked a story in which Democratic sources said the mayor would quit.";
    assert_eq!(label_of(text, "quit"), Label::Anonymous);
}

/// "Labour accused of 'EU propaganda'", "was charged with \"gross
/// misconduct\"": the subject is the one accused, no source of the words.
#[test]
fn the_accused_is_no_source_of_the_charge() {
    assert_last_sentences_unattributed(&[
        "Labour accused of 'EU propaganda'",
        "Labour was accused of 'EU propaganda'.",
        "Ann Lee was charged with \"gross misconduct\".",
    ]);
    assert_eq!(
        label_of("Ann Lee accused Tom Dale of 'lying'.", "lying"),
        Label::Quoted
    );
}

/// "report daily to a local police station", "reported for duty": going
/// where bidden ("reported to the court that" tells words).
#[test]
fn reporting_to_a_place_is_no_report() {
    assert_last_sentences_unattributed(&[
        "He must also surrender his passport and report daily to a local police station.",
        "The soldiers reported for duty on Monday.",
    ]);
    assert_eq!(
        label_of(
            "Tom Dale reported to the court that the money was gone.",
            "money"
        ),
        Label::Named
    );
}

/// "The paper said that Chinese officials believe", "CNN reported that
/// unnamed sources said": an outlet citing unnamed people in its claim,
/// which the guide counts anonymous ("The Times reported that Smith said"
/// stays the outlet's; "The paper added that most of the taxes claimed"
/// cites no one).
#[test]
fn an_outlet_citing_unnamed_people_is_anonymous() {
    for text in [
        "The paper said that Chinese officials believe cutbacks will be required.",
        "CNN reported that unnamed sources said the plan will fail.",
    ] {
        assert_eq!(audit(text).sentences[0].label, Label::Anonymous, "{text}");
    }
    // (A poll's people are its findings, not sources the outlet cites.)
    for text in [
        "The Times reported that Ann Lee said the plan will fail.",
        "The paper added that most of the taxes claimed are linked to exports.",
        "A Washington Post poll found that 63 percent of Americans want hearings.",
    ] {
        assert_eq!(audit(text).sentences[0].label, Label::Named, "{text}");
    }
}

/// "Just ask Anne.", "Just ask former senator Evan Bayh, twice vetted":
/// the writer bids the reader ask; the one to be asked says nothing yet.
#[test]
fn just_ask_is_the_writers_bidding() {
    assert_last_sentences_unattributed(&[
        "Anne Lee loves the web. Just ask Anne.",
        "Just ask former senator Dan Kemp of Ohio, twice vetted for the job.",
        "Ask Dan Kemp.",
    ]);
}

/// "According to Ofcom there were almost four million users": the
/// claim's own "there" is no part of the source.
#[test]
fn according_to_a_source_ends_before_there_is() {
    let text = "According to Ofcom there were almost four million broadband users.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Ofcom"]);
}

/// "NY Post: Megyn Kelly Is No Different": the city papers' short forms
/// are outlets.
#[test]
fn new_york_papers_short_forms_are_outlets() {
    let text = "NY Post: Ann Lee Is No Different Than Her Rivals.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Named);
    assert_eq!(s.attributions[0].source.role, Role::Media);
}

/// "The UK's biggest mortgage lender said", "the world's second biggest
/// insurer", "the mining group" after "Shares in UK Coal": a firm
/// described by its standing or its trade is the firm just cited or named;
/// "the terrorist group" is no firm.
#[test]
fn a_firm_described_by_its_standing_is_the_firm_cited() {
    let text = "The Harwick said prices rose. The UK's biggest mortgage lender said prices \
                rose 15% in 2004.";
    let report = audit(text);
    let s = sentence(&report, text, "15%");
    assert_eq!(s.attributions[0].source.resolved, Some("Harwick"));
    let text = "Swiss Re said it made a profit. The world's second biggest insurer said \
                storms had cost it dear.";
    let report = audit(text);
    let s = sentence(&report, text, "storms");
    assert_eq!(s.attributions[0].source.resolved, Some("Swiss Re"));
    let text = "Acme Corp said it made a profit. Forums posted messages in which the \
                terrorist group urged attacks.";
    let report = audit(text);
    let s = sentence(&report, text, "urged");
    assert_ne!(s.attributions[0].source.resolved, Some("Acme Corp"));
}

/// "Obama held an impromptu press briefing to brag that", "held a rally
/// to argue that": an occasion held to say something, whose holder speaks.
#[test]
fn an_occasion_held_to_say_something_is_the_holders_words() {
    for text in [
        "Ann Lee on Friday held an impromptu press briefing to brag that jobs are up.",
        "Ann Lee held a rally to argue that the vote was rigged.",
    ] {
        let report = audit(text);
        let s = &report.sentences[0];
        assert_eq!(s.label, Label::Named, "{text}");
        assert_eq!(sources_of(s), ["Ann Lee"], "{text}");
    }
}

/// "he was also making an argument for his vision", "made the argument
/// that": an argument made, as a case made is.
#[test]
fn an_argument_made_is_a_claim() {
    for text in [
        "In doing so, Ann Lee was also making an argument for her vision of the country.",
        "Ann Lee made the argument that the plan would work.",
    ] {
        assert_eq!(audit(text).sentences[0].label, Label::Named, "{text}");
    }
}

/// "George W Bush will display ..., Tony Blair has said. The prime
/// minister said": an office opening the next sentence is the one who
/// tagged the last by name, when its subject said nothing.
#[test]
fn an_office_after_a_named_tag_is_the_tags_person() {
    let text = "Dan Kemp will take a softer line in his second term, Tom Ware has said. The \
                prime minister said Mr Kemp had learned a great deal.";
    let report = audit(text);
    let s = sentence(&report, text, "learned");
    assert_eq!(s.attributions[0].source.resolved, Some("Tom Ware"));
}

/// "Speaking in Harrogate Mr Kennedy said": the place before the
/// honorific is no part of the name ("Labour's Mr Livingstone" keeps his
/// party).
#[test]
fn a_place_before_an_honorific_is_no_part_of_the_name() {
    let text = "Speaking in Harrogate Mr Kemp said: \"People want change.\"";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Mr Kemp"]);
    let text = "Labour's Mr Dale said he would not apologise.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Labour's Mr Dale"]);
}

/// "relies on user reports", "doping claims against", "data from credit
/// reports": a plural of speech after a noun that follows a preposition is
/// that noun's compound ("as he reports", "frequently reports live" and
/// "to probe claims" are verbs).
#[test]
fn a_plural_of_speech_after_a_noun_is_a_compound() {
    assert_last_sentences_unattributed(&[
        "Facebook primarily relies on user reports to find such accounts.",
        "An inquiry into doping claims against Ann Lee has been opened.",
        "Credit scores use data from credit reports.",
    ]);
    assert_eq!(
        label_of("But as Ann Lee reports, the plan failed.", "plan"),
        Label::Named
    );
}

/// "Golden rule 'intact' says ex-aide", "the slide rule": the singular
/// "rule" is a verb only after an auxiliary, "to", "not" or a plural ("the
/// judges will rule", "did not rule out").
#[test]
fn rule_after_a_modifier_is_a_noun() {
    let text = "Tax rule 'intact' says ex-minister";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["ex-minister"]);
    assert_last_sentences_unattributed(&[
        "Golden rule boost for Chancellor",
        "The tablet was a great improvement over the slide rule.",
    ]);
    let text = "Ann Lee did not rule out a second bid.";
    assert_eq!(sources_of(&audit(text).sentences[0]), ["Ann Lee"]);
}

/// "her friend said", "his childhood friend told": one of many known only
/// by a tie to another is unnamed; a tie only one person has ("his wife")
/// and a kin the article named stay identified.
#[test]
fn a_friend_by_a_tie_alone_is_anonymous() {
    let text = "Mia Dale was on her way to Cairo, her friend said.";
    assert_eq!(label_of(text, "Cairo"), Label::Anonymous);
    let text = "\"He loved the work,\" his colleague wrote on Facebook.";
    assert_eq!(label_of(text, "loved"), Label::Anonymous);
    let text = "Tom Hart was tired, his wife said.";
    assert_eq!(label_of(text, "tired"), Label::Named);
    let text = "Tom Hart had a baby girl, his friend, Ed Bloom, said.";
    assert_eq!(label_of(text, "baby"), Label::Named);
}

/// "Gay rights groups condemned the bill but praised": a plural no verb
/// has the shape of ("rights", "affairs") is no predicate, so the second
/// verb keeps the whole subject.
#[test]
fn rights_after_a_name_is_no_verb() {
    let text = "Gay rights groups condemned the bill but praised the senators who fought it.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Gay rights groups", "Gay rights groups"]
    );
    let text = "Human rights campaigners have been outraged at the treatment of the men.";
    assert_eq!(label_of(text, "outraged"), Label::Anonymous);
}

/// "a bill that critics called anti-gay", "the deal, which critics have
/// called a giveaway": naming inside a relative clause, whose object is
/// the relative pronoun.
#[test]
fn naming_in_a_relative_clause_is_a_claim() {
    let text = "Senators fought a farm bill that critics called wasteful.";
    assert_eq!(label_of(text, "wasteful"), Label::Anonymous);
    let text = "The deal, which critics have called a giveaway, passed on Monday.";
    assert_eq!(label_of(text, "giveaway"), Label::Anonymous);
    assert_last_sentences_unattributed(&["It was a bill that members called back for review."]);
}

/// "opposition from businesses that warn it could": "that" after a
/// plural of people, before a verb of saying, is a relative pronoun; other
/// verbs describe whom the noun means ("firms that want to sell").
#[test]
fn that_after_people_before_saying_is_a_relative_pronoun() {
    let text = "The plan met opposition from big businesses that warn it could harm trade.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(sources_of(s), ["big businesses"]);
    assert_last_sentences_unattributed(&[
        "A new code was written for firms that want to sell ringtones.",
        "The law would shield some groups that oppose the rule.",
    ]);
}

/// "labeling Obama's actions a disgrace", "called the remarks a
/// disgrace": naming a thing a name owns, or calling what is owned
/// something after "a".
#[test]
fn naming_what_a_name_owns_is_a_claim() {
    let text = "Tom Hart is labeling the mayor's plan \"a blatant abuse of power.\"";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].cue.text, "labeling");
    let text = "Tom Hart called the remarks a disgrace.";
    assert_eq!(label_of(text, "disgrace"), Label::Named);
    let text = "Tom Hart called Ann Lee's remarks sexist.";
    assert_eq!(label_of(text, "sexist"), Label::Named);
    let text = "The Daily Courier was scathing, branding it a vanity project.";
    assert_eq!(label_of(text, "vanity"), Label::Named);
}

/// "ABC 7 is reporting", "KTLA 5 said": a channel's number after call
/// letters ends the broadcaster's name.
#[test]
fn a_channel_number_ends_a_broadcasters_name() {
    let text = "Local news affiliate ABC 7 is reporting that the sign was hacked.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Named);
    assert_eq!(sources_of(s), ["Local news affiliate ABC 7"]);
    assert_eq!(s.attributions[0].source.role, Role::Media);
}

/// "it was a report by Politico that he fabricated", "a claim by Smith
/// that": "by" names the maker of a noun of things said ("A report by
/// Jupiter forecasts that" is the report's own verb).
#[test]
fn a_report_by_someone_that_is_a_claim() {
    let text = "On Friday it was a report by the Courier that he \"invented\" the story.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(sources_of(s), ["the Courier"]);
    let text = "A separate report by Jupiter forecasts that the market will grow.";
    let report = audit(text);
    assert!(report.sentences[0]
        .attributions
        .iter()
        .all(|a| a.cue.text != "report"));
}

/// "Rowling revealed ..., ahead of the launch", "Beijing says": a name in
/// "-ing" right before its finite verb is the subject, no opening
/// participle ("Addressing claims that ..., Mr Hale told" is one).
#[test]
fn a_name_in_ing_before_its_verb_is_the_subject() {
    let text = "Rowling revealed she had finished the novel, ahead of the launch in May.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Rowling"]);
    let text = "Addressing claims that the law was weak, Mr Hale told the BBC it was clear.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Mr Hale"]);
}

/// "Speaking to the House Budget Committee he urged Congress to act, such
/// as ...": the opening participle's phrase ends, with no comma, at the
/// main clause's pronoun and verb after a name ("Asked if he thought ...,
/// Devine responded" keeps its phrase).
#[test]
fn an_opening_participle_ends_at_the_main_subject() {
    let text = "Tom Hart warned of debt. Speaking to the Budget Committee he urged Congress \
                to act on the deficit, such as raising taxes.";
    let report = audit(text);
    let s = sentence(&report, text, "urged");
    assert_eq!(sources_of(s), ["he"]);
    let text = "Asked if he thought the email went too far, Devine responded: \"I guess so.\"";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Devine"]);
}

/// "the bespectacled, 71-year-old diplomat said": adjectives joined by a
/// comma are one phrase, and an age marks an epithet of the person named
/// before ("the diplomat said" alone is an unnamed source met before).
#[test]
fn an_aged_epithet_with_joined_adjectives_is_the_named_person() {
    let text = "John Smith spoke on Monday. \"I did it,\" the bespectacled, 71-year-old \
                diplomat said.";
    let report = audit(text);
    let s = sentence(&report, text, "did it");
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(sources_of(s), ["the bespectacled, 71-year-old diplomat"]);
    let text = "John Smith spoke on Monday. \"I did it,\" the 71-year-old diplomat said.";
    let report = audit(text);
    let s = sentence(&report, text, "did it");
    assert_eq!(s.attributions[0].source.resolved, Some("John Smith"));
    let text = "The deal is done, the company, two officials said.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["two officials"]);
}

/// "Chad's Ambassador to France", "Chief Secretary to the Treasury": the
/// place or body a post is to is no name of the holder; a name before the
/// post's comma is.
#[test]
fn the_place_a_post_is_to_is_not_its_holder() {
    let text = "Chad's Ambassador to France confirmed the news.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.resolved, None);
    assert_eq!(a.source.role, Role::Official);
    let text =
        "Tom Hart MP, Labour's Chief Secretary to the Treasury, said: \"The sums are wrong.\"";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.resolved, Some("Tom Hart"));
    assert_eq!(a.source.role, Role::Official);
}

/// "Not only did she find it fine, Woods concluded that": an inverted
/// clause opening the sentence is no claim that holds the main one.
#[test]
fn not_only_opens_a_clause_of_its_own() {
    let text = "Not only did she find the gift fitting, Woods concluded that \"it would \
                have been an insult\" to refuse it.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(sources_of(s), ["Woods"]);
}

/// "fined and banned from coaching for six weeks for calling a referee
/// "a disgrace"": the blame a few words before the "for", past its phrase
/// of time, makes the caller the subject ("banned him for" would be the
/// object's).
#[test]
fn banned_for_calling_is_the_subjects_words() {
    let text = "Coach Tom Hart has been fined and banned from coaching for six weeks for \
                calling a referee \"a disgrace\".";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(sources_of(s), ["Coach Tom Hart"]);
    assert_eq!(s.attributions[0].cue.text, "calling");
}

/// "Carrier's message: Moving jobs south is ...": a name's noun of words
/// before a colon labels the clause after it, quoted or not.
#[test]
fn a_names_message_before_a_colon_is_a_claim() {
    let text = "Acme's message: Moving jobs abroad is part of the plan.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_ne!(s.label, Label::Unattributed);
    assert_eq!(s.attributions[0].cue.text, ":");
}

/// "One news account described", "news reports said": a report of the
/// news with no outlet named is an unnamed medium.
#[test]
fn a_news_account_is_an_unnamed_medium() {
    let text = "One news account described the mayor sitting \"glumly on the stage\".";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(s.attributions[0].source.role, Role::Media);
}

/// "some Republicans could be heard grousing that", "fans griped that":
/// complaints.
#[test]
fn grousing_and_griping_are_complaints() {
    let text = "Some delegates could be heard grousing that the leaflets were fake.";
    assert_eq!(label_of(text, "leaflets"), Label::Anonymous);
    let text = "Ann Lee griped that the rules were unfair.";
    assert_eq!(label_of(text, "rules"), Label::Named);
}

/// "Fact-checkers soon noted" (the adverb is no part of the source), "EU
/// rules stipulate that" (what a rule lays down), "the Big Lottery Fund
/// said" (a fund is a body).
#[test]
fn soon_stipulate_and_funds() {
    let text = "Fact-checkers soon noted that the mayor was wrong.";
    assert_eq!(sources_of(&audit(text).sentences[0]), ["Fact-checkers"]);
    let text = "EU regulations on state aid stipulate that governments may help firms.";
    assert_eq!(label_of(text, "governments"), Label::Official);
    let text = "But the Northern Arts Fund has said that the projects are complex.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(
        report.sentences[0].attributions[0].source.role,
        Role::Official
    );
}

/// "Commentators and Yukos itself claim": unnamed people joined to a named
/// source leave part of the source unidentified.
#[test]
fn unnamed_people_joined_to_a_named_source_are_anonymous() {
    let text = "Commentators and Acme itself claim the firm is the target of a campaign.";
    assert_eq!(label_of(text, "target"), Label::Anonymous);
    let text = "Acme and its rivals claim the firm is the target of a campaign.";
    assert_ne!(label_of(text, "target"), Label::Unattributed);
}

/// "Sales fell, but analysts are optimistic that": a feeling in the clause
/// after ", but" when the sentence's subject holds none (its deeds are no
/// claims: "but Martyn dived to save").
#[test]
fn a_feeling_after_but_is_its_subjects() {
    let text = "Sales fell in May, but analysts are optimistic that demand will recover.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(sources_of(s), ["analysts"]);
    assert_last_sentences_unattributed(&[
        "United doubled their lead after a deflection, but Martyn dived to save brilliantly.",
    ]);
}

/// "lashed out at rich nations": an attack in words; the object after
/// "at" is never the source ("..., lashed out at the G7's policies").
#[test]
fn lashing_out_at_is_an_attack_in_words() {
    let text = "Ann Lee lashed out at her critics on Monday.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Named);
    assert_eq!(
        report.sentences[0].attributions[0].cue.text,
        "lashed out at"
    );
    let text = "In London on Thursday, the finance minister, lashed out at the trade policies of rich nations.";
    let report = audit(text);
    assert!(report.sentences[0]
        .attributions
        .iter()
        .all(|a| !a.source.text.contains("policies")));
}

/// "according to a report Tuesday from WKOW": a day between a document
/// and its maker is passed, so the maker names the source.
#[test]
fn a_day_between_a_report_and_its_maker_is_passed() {
    let text = "The budget will pass, according to a report Tuesday from KXTV, a local station.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.resolved, Some("KXTV"));
    assert_eq!(a.source.identity, Identity::Named);
}

/// "The Romanian international later suggested": a player capped by a
/// country is the one named before.
#[test]
fn a_countrys_international_is_the_player_named() {
    let text = "Adrian Motu tested positive. The Romanian international later suggested \
                it was a diet pill.";
    let report = audit(text);
    let s = sentence(&report, text, "diet pill");
    assert_eq!(s.label, Label::Named);
    assert_eq!(s.attributions[0].source.resolved, Some("Adrian Motu"));
}

/// "Mr Clarke, who will unveil his plans on Monday, said": a relative
/// clause between commas describes the source and is no part of the words
/// naming it; what it says still counts ("an official, who spoke on
/// condition of anonymity," stays unnamed).
#[test]
fn a_relative_clause_is_no_part_of_the_source_text() {
    let text = "Mr Hale, who will unveil his plans on Monday, said migration helped.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.text, "Mr Hale");
    assert_eq!(&text[a.source.start..a.source.end], "Mr Hale");
    let text = "A Pentagon official, who spoke on condition of anonymity, said the raid failed.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(sources_of(s), ["A Pentagon official"]);
    let text = "Kemp (who has 25 delegates to date) said he could still win.";
    assert_eq!(sources_of(&audit(text).sentences[0]), ["Kemp"]);
}

/// "Cruz had 38 percent support in a Fox poll.", "rose three points in the
/// CBS survey to 29 points": a named poll after "in" closing the figures
/// is their source ("in a survey" with no maker names none).
#[test]
fn a_named_poll_closing_the_figures_is_their_source() {
    let text = "Cruz rose three points in the CBS survey to 29 points.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Named);
    assert_eq!(sources_of(s), ["the CBS survey"]);
    assert_last_sentences_unattributed(&["Cruz rose three points in a survey to 29 points."]);
    // (A joint poll's authors, joined in one word.)
    let text = "He has 18 percent support in a new Courier-ABC News poll.";
    assert_eq!(label_of(text, "18 percent"), Label::Named);
}

/// "said Doyle and others": the others are unnamed sources too.
#[test]
fn a_name_and_others_is_anonymous() {
    let text = "The contrast would be clear, said Jim Dale and others.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(sources_of(s), ["Jim Dale and others"]);
}

/// "Proponents of more controls here say": an adverb of place after a
/// plural of people places them; the phrase before it is the source.
#[test]
fn people_placed_by_here_are_the_source() {
    let text = "Indeed, proponents of tighter rules here say the link is direct.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Anonymous);
    assert_eq!(sources_of(s), ["proponents of tighter rules"]);
}

/// "Prosecutors said" speak for their office; "Former prosecutors said",
/// like "former officials", are unnamed people; "Retired" opening a
/// sentence is no name.
#[test]
fn former_prosecutors_are_unnamed_people() {
    let text = "Former prosecutors said the case was weak. Prosecutors said the case was strong. \
                Retired judges said the ruling was wrong.";
    let report = audit(text);
    let labels: Vec<Label> = report.sentences.iter().map(|s| s.label).collect();
    assert_eq!(
        labels,
        [Label::Anonymous, Label::Official, Label::Anonymous]
    );
    assert_eq!(report.sentences[2].attributions[0].source.resolved, None);
}

/// "the man credited with developing the style": the crediting has no
/// agent; "Smith credited Lee with the idea" is Smith's.
#[test]
fn credited_with_after_its_noun_is_a_passive() {
    let report = audit(
        "Jan Roos, the man credited with inventing the short pass, has died. \
         Smith credited Lee with the idea.",
    );
    assert_eq!(report.sentences[0].label, Label::Unattributed);
    assert_eq!(sources_of(&report.sentences[1]), ["Smith"]);
}

/// "said England coach Mike Friday": a day after a given name is a
/// surname; "said coach Mike on Friday" dates the saying.
#[test]
fn a_day_after_a_given_name_is_a_surname_after_the_cue() {
    let report = audit("\"We can win,\" said England sevens coach Mike Friday.");
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["England sevens coach Mike Friday"]
    );
}

/// "Voters in Alabama, Georgia and Virginia said": the places listed after
/// "in" are the voters', not two sources.
#[test]
fn a_list_of_places_after_in_belongs_to_the_people_before_it() {
    let report = audit(
        "Voters in Alabama, Georgia and Virginia said they felt betrayed. \
         Officials in Leeds, York and Hull said the line would reopen.",
    );
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Voters in Alabama, Georgia and Virginia"]
    );
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(
        sources_of(&report.sentences[1]),
        ["Officials in Leeds, York and Hull"]
    );
    assert_eq!(report.sentences[1].label, Label::Anonymous);
}

/// "assailed her for supporting the war": an attack in words.
#[test]
fn assailing_is_a_claim() {
    let report = audit("Senator Ann Dale of Ohio, a rival, assailed her for backing the war.");
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(report.sentences[0].attributions[0].cue.text, "assailed");
}

/// "as Lee has sometimes acknowledged": an adverb of frequency between
/// the subject and its verb.
#[test]
fn an_adverb_of_frequency_stands_between_a_source_and_its_verb() {
    let report = audit(
        "The figures changed over the summer, as Ann Lee has sometimes acknowledged. \
         The figures changed, as Lee occasionally conceded.",
    );
    assert_eq!(sources_of(&report.sentences[0]), ["Ann Lee"]);
    assert_eq!(sources_of(&report.sentences[1]), ["Lee"]);
}

/// "since he declared for president": a candidacy, no declaration of a
/// claim.
#[test]
fn declaring_for_an_office_is_a_candidacy() {
    assert_last_sentences_unattributed(&[
        "Ann Lee is a senator. Her views since she declared for president have hardened.",
    ]);
}

/// "Democratic incumbent Barbara Boxer": the holder of the seat;
/// "famed director Jo Park": a film-maker's renown, no office.
#[test]
fn an_incumbent_holds_an_office_and_a_famed_director_does_not() {
    let report = audit(
        "Democratic incumbent Ann Dale said the plan had failed. \
         In a video, famed director Jo Park said games would change. \
         Agency director Jo Park said the budget would rise.",
    );
    let labels: Vec<Label> = report.sentences.iter().map(|s| s.label).collect();
    assert_eq!(labels, [Label::Official, Label::Named, Label::Official]);
}

/// "According to Tom Hale, head of Krome, the tools matter": the post
/// between the commas is the source's; "According to Hale, the tools
/// matter" ends the source at its comma. A capitalised post after a name
/// ("said Jo Park, Director General of the Chambers") is the source's too.
#[test]
fn a_post_after_a_name_belongs_to_the_source() {
    let report = audit(
        "According to Tom Hale, head of game developer Krome, the tools matter. \
         According to Tom Hale, the head of Krome, costs will rise. \
         According to Hale, the tools matter. \
         \"Rates are right,\" said Jo Park, Director General of the Harbour Chambers.",
    );
    let s = &report.sentences;
    assert_eq!(
        sources_of(&s[0]),
        ["Tom Hale, head of game developer Krome"]
    );
    assert_eq!(s[0].label, Label::Official);
    assert_eq!(sources_of(&s[1]), ["Tom Hale, the head of Krome"]);
    assert_eq!(sources_of(&s[2]), ["Hale"]);
    assert_eq!(
        sources_of(&s[3]),
        ["Jo Park, Director General of the Harbour Chambers"]
    );
    assert_eq!(s[3].attributions[0].source.role, Role::Official);
}

/// "would not discuss the investigation": a topic left undiscussed holds
/// no claim.
#[test]
fn not_discussing_a_topic_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "Spokesmen at the agency would not discuss the investigation.",
        "The minister did not discuss trade.",
    ]);
}

/// "with the label saying the album was due": a record label speaks as a
/// company.
#[test]
fn a_record_label_speaks_as_a_company() {
    let report = audit(
        "He has released one single, with the label saying the album was due in May. \
         The label said the tour would start in June.",
    );
    for s in &report.sentences {
        assert_eq!(s.label, Label::Official, "{:?}", s.attributions);
    }
    assert_eq!(sources_of(&report.sentences[0]), ["the label"]);
}

/// "added the relay crown to his indoor title": a prize won, no words;
/// "added the firm would sell to a rival" is words.
#[test]
fn adding_a_thing_to_what_one_owns_is_no_claim() {
    let report = audit(
        "Jo Gale added the relay crown to his indoor title. \
         Lee added the firm would sell its stake to a rival.",
    );
    assert_eq!(report.sentences[0].label, Label::Unattributed);
    assert_eq!(sources_of(&report.sentences[1]), ["Lee"]);
}

/// "is confident of winning a medal": a belief about what is to come;
/// "the Dundee athlete" is a description, not a place's name.
#[test]
fn confident_of_and_an_athlete_described_by_a_place() {
    let report = audit(
        "Ann Scott is confident of winning a medal at the championships. \
         \"I should have done better,\" said the Dundee athlete.",
    );
    assert_eq!(sources_of(&report.sentences[0]), ["Ann Scott"]);
    assert_eq!(report.sentences[0].label, Label::Named);
    let athlete = &report.sentences[1].attributions[0].source;
    assert_ne!(athlete.resolved, Some("Dundee"));
}

/// "current and former officials": two times of one group, one source.
#[test]
fn current_and_former_officials_are_one_group() {
    let report = audit(
        "Current and former officials said the ruling was key. \
         But three current and former aides in the agency have said the case is weak.",
    );
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Current and former officials"]
    );
    assert_eq!(
        sources_of(&report.sentences[1]),
        ["three current and former aides in the agency"]
    );
}

/// "this is not the campaign Lee envisioned": after a copula, the name
/// before the verb is the source, not the noun phrase it describes.
#[test]
fn a_name_in_a_clause_after_a_predicate_noun_is_the_source() {
    let report = audit(
        "Ann Lee is a senator. This is not the kind of race Lee hoped to be running. \
         Whatever happens, this is not the campaign Lee envisioned.",
    );
    for s in &report.sentences[1..] {
        assert_eq!(sources_of(s), ["Lee"]);
        assert_eq!(s.label, Label::Named);
    }
}

/// "according to a Reuters news agency report": one attribution, to the
/// agency's report, a news outlet's; "according to news agency reports"
/// names none.
#[test]
fn a_news_agency_report_is_the_outlets() {
    let report = audit(
        "The console may be shown in May, according to a Reuters news agency report. \
         The two firms will sign on Monday, according to news agency reports.",
    );
    let s = &report.sentences;
    assert_eq!(sources_of(&s[0]), ["a Reuters news agency report"]);
    assert_eq!(s[0].attributions[0].source.resolved, Some("Reuters"));
    assert_eq!(s[0].label, Label::Named);
    assert_eq!(sources_of(&s[1]), ["news agency reports"]);
    assert_eq!(s[1].label, Label::Anonymous);
}

/// "Jo Park, a former C.I.A. analyst": initials with dots before a noun
/// end no description; "by economists Jo Park and Ann Lee": a document's
/// second author.
#[test]
fn initials_inside_a_description_and_a_second_author() {
    let report = audit(
        "\"They are trying,\" said Jo Park, a former C.I.A. analyst at the institute. \
         According to a 2013 study by economists Jo Park and Ann Lee, the change cost jobs.",
    );
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["Jo Park, a former C.I.A. analyst at the institute"]
    );
    assert_eq!(
        sources_of(&report.sentences[1]),
        ["a 2013 study by economists Jo Park and Ann Lee"]
    );
}

/// "Jo Park and Ann Lee, who sit on the committee, said": the name the
/// source resolves to leaves the relative clause out too.
#[test]
fn a_resolved_name_leaves_out_the_relative_clause() {
    let report =
        audit("Jo Park and Ann Lee, who both sit on the committee, said they would not meet him.");
    let source = &report.sentences[0].attributions[0].source;
    assert_eq!(source.resolved, Some("Jo Park and Ann Lee"));
}

/// "has been training in Holland and Ferguson said": a place after a
/// preposition, then the speaker; "accused by the government of plotting":
/// the agent without what it accuses of; "surprised by the news many
/// analysts said": a quantifier opens its phrase.
#[test]
fn phrases_that_end_before_the_source_or_after_it() {
    let report = audit(
        "The striker has been training in Holland and Ferguson said: \"He is back.\" \
         A professor, accused by the Turkish government of plotting the coup, gave money. \
         While many were surprised by the news many analysts said it was smart.",
    );
    let s = &report.sentences;
    assert_eq!(sources_of(&s[0]), ["Ferguson"]);
    assert_eq!(sources_of(&s[1]), ["the Turkish government"]);
    assert_eq!(sources_of(&s[2]), ["many analysts"]);
}

/// "The Bank remains concerned about the risks", "was worried about
/// extending the powers": a position on something, whatever follows.
#[test]
fn concerned_or_worried_about_something_is_a_position() {
    let report = audit(
        "The Bank of England held rates. The Bank remains concerned about the risks of debt. \
         Shadow home secretary Jo Park was worried about extending the powers.",
    );
    assert_eq!(report.sentences[1].label, Label::Official);
    assert_eq!(
        sources_of(&report.sentences[2]),
        ["Shadow home secretary Jo Park"]
    );
}

/// ", sources close to the talks tell the FT.": a tag in the present, the
/// one told after it.
#[test]
fn a_tag_in_the_present_may_name_the_one_told() {
    let report = audit(
        "The carmaker plans to move its plant to China, sources close to the talks tell the FT.",
    );
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["sources close to the talks"]);
    assert_eq!(s.label, Label::Anonymous);
}

/// "Lee, goaded by Park, came out against": the participle's phrase is no
/// part of the source's words; "Secretary-Treasurer" is an office.
#[test]
fn a_passive_aside_and_a_hyphened_office() {
    let report = audit(
        "During the primary Lee, goaded by Park, came out against the deal. \
         \"We had a big issue,\" Harbour Workers Secretary-Treasurer Jo Dale said.",
    );
    assert_eq!(sources_of(&report.sentences[0]), ["Lee"]);
    let dale = &report.sentences[1].attributions[0].source;
    assert_eq!(dale.resolved, Some("Jo Dale"));
    assert_eq!(dale.role, Role::Official);
}

/// "according to a report out on Monday from the Retail Consortium": the
/// report's maker after "out" and its day.
#[test]
fn a_report_out_on_a_day_from_its_maker() {
    let report = audit(
        "Confidence fell, according to a report out on Monday from the Harbour Retail Consortium.",
    );
    let s = &report.sentences[0];
    assert_eq!(
        sources_of(s),
        ["a report out on Monday from the Harbour Retail Consortium"]
    );
    assert_eq!(s.label, Label::Official);
}

/// "Sir John" after "Commissioner Sir John Stevens": a knight by his given
/// name is the same man, and "he" after him too.
#[test]
fn a_knight_by_his_given_name_is_the_man_named_before() {
    let report = audit(
        "Police Commissioner Sir John Hale said the evidence was inadmissible. \
         In an interview, Sir John said his officers would need more. \
         He told the paper it was hard.",
    );
    let s = &report.sentences;
    assert_eq!(s[1].attributions[0].source.resolved, Some("Sir John Hale"));
    assert_eq!(s[2].attributions[0].source.resolved, Some("Sir John Hale"));
    assert_eq!(s[2].label, Label::Official);
}

/// "according to Factcheck.org", "the site Politifact": fact-checkers are
/// news outlets however they capitalise their names.
#[test]
fn fact_checkers_are_outlets_in_either_spelling() {
    let report = audit("The figure is closer to 15 percent, according to Factcheck.org.");
    assert_eq!(report.sentences[0].attributions[0].source.role, Role::Media);
    assert_eq!(report.sentences[0].label, Label::Named);
}

/// "by her own admission was a "mistake."": the admission is hers, the
/// quoted word her own.
#[test]
fn by_ones_own_admission_names_the_source() {
    let report = audit(
        "Ann Lee voted for the war. The vote by her own admission was a \"mistake.\" \
         The admission fee is high.",
    );
    let s = &report.sentences[1];
    assert_eq!(s.label, Label::Quoted);
    assert_eq!(s.attributions[0].source.resolved, Some("Ann Lee"));
    assert_eq!(report.sentences[2].label, Label::Unattributed);
}

/// "One pastor supporting Mr. Cruz, Jo Whitby of Grace Church, said": the
/// participle's object is not the speaker; the name after the comma is.
#[test]
fn a_description_naming_another_then_the_speakers_name() {
    let report = audit(
        "Senator Ted Cruz spoke in Iowa. \
         One pastor supporting Mr. Cruz, Jo Whitby of Grace Church in Marion, said he was excited. \
         He told his parishioners to vote.",
    );
    let s = &report.sentences;
    assert_eq!(s[1].attributions[0].source.resolved, Some("Jo Whitby"));
    assert_eq!(s[2].attributions[0].source.resolved, Some("Jo Whitby"));
    assert_eq!(s[2].label, Label::Named);
}

/// "surveys of voters late last week indicated", "Early estimates put":
/// "late" and "early" say when, no part of the source nor a name.
#[test]
fn late_and_early_say_when() {
    let report = audit(
        "Officials early on Monday said the road was shut. \
         Early estimates put the cost at $5bn.",
    );
    assert_eq!(sources_of(&report.sentences[0]), ["Officials"]);
    assert!(report.sentences[1]
        .attributions
        .iter()
        .all(|a| a.source.text != "Early"));
}

/// "Mr Hale also left Unity saying", "have attacked the law saying":
/// a participle of saying right after a past verb's short object shares
/// that verb's subject; "sent a letter saying" leaves the letter's.
#[test]
fn saying_after_a_past_verbs_object_is_the_subjects() {
    let report = audit(
        "Mr Hale also left Unity saying Mr Dale would do better. \
         Harbour Ferries has attacked the law saying fares will rise.",
    );
    assert_eq!(sources_of(&report.sentences[0]), ["Mr Hale"]);
    assert_eq!(sources_of(&report.sentences[1]), ["Harbour Ferries"]);
}

/// "Organizers of the push to boycott the mayor's speech said": an
/// effort's aim stays inside the phrase the people head.
#[test]
fn an_efforts_aim_is_inside_the_phrase() {
    let report =
        audit("Organizers of the push to boycott the Harbour Gala speech said they are worried.");
    let s = &report.sentences[0];
    assert_eq!(
        sources_of(s),
        ["Organizers of the push to boycott the Harbour Gala speech"]
    );
    assert_eq!(s.label, Label::Anonymous);
}

/// "has hit out at critics": an attack in words; "The Secretary of State
/// for Culture, Media and Sport, Tessa Jowell,": an office listing its
/// brief, then its holder's name.
#[test]
fn hitting_out_and_an_office_listing_its_brief() {
    let report = audit(
        "Film legend Jo Park has hit out at the quality of current films. \
         The Secretary of State for Culture, Media and Sport, Ann Dale, has hit out at critics. \
         She said the bill was fair.",
    );
    let s = &report.sentences;
    assert_eq!(s[0].label, Label::Named);
    assert_eq!(s[0].attributions[0].cue.text, "hit out at");
    assert_eq!(s[1].label, Label::Official);
    assert_eq!(
        sources_of(&s[1]),
        ["The Secretary of State for Culture, Media and Sport, Ann Dale"]
    );
    assert_eq!(s[2].attributions[0].source.resolved, Some("Ann Dale"));
    assert_eq!(s[2].label, Label::Official);
}

/// "A pastor supporting Mr. Cruz, Jo Whitby, said": the speaker named
/// after a description, which is no office, stays `named`.
#[test]
fn a_description_before_a_name_is_no_office() {
    let report = audit("A pastor supporting Mr. Cruz, Jo Whitby, said he was excited.");
    let s = &report.sentences[0];
    assert_eq!(s.attributions[0].source.resolved, Some("Jo Whitby"));
    assert_eq!(s.label, Label::Named);
}

/// "aims to", "has no plans to": a person's or a body's intent, as "plans
/// to" is.
#[test]
fn aims_and_plans_denied_are_intents() {
    let report = audit(
        "Sprinter Dana Okafor aims to win back her title this summer. \
         Coach Tom Hart has no plans to rest her. \
         Nissan aims to lift its sales by a fifth.",
    );
    let s = &report.sentences;
    assert_eq!(s[0].label, Label::Named);
    assert_eq!(s[0].attributions[0].cue.text, "aims to");
    assert_eq!(s[1].label, Label::Named);
    assert_eq!(sources_of(&s[1]), ["Coach Tom Hart"]);
    assert_eq!(s[2].label, Label::Official);
}

/// "The Harbour Act, which aims to", "It aims to carry": a thing's purpose
/// is no one's intent; nor is a document's, nor a name's the article never
/// showed to be a person's.
#[test]
fn a_things_aim_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "The Harbour Act, which aims to cut red tape, passed in May.",
        "The new ferry opened in May. It aims to carry 900 cars a day.",
        "Glenmore-Ashby aimed to protect small savers.",
        "The leaflet, published by the council, aims to end the confusion.",
    ]);
}

/// "Loyalists were adamant that he has no plans to run", "that he plans
/// to stay on": the intent is inside what the loyalists hold, whose claim
/// the sentence is.
#[test]
fn a_cue_inside_a_feelings_clause_is_its_content() {
    let report = audit("But his allies were adamant that he plans to stay on.");
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["his allies"]);
    assert_eq!(s.label, Label::Anonymous);
}

/// "JP Morgan said": a bank, not a man called Morgan; "The film's
/// distributor Toho expects": a firm named after its trade.
#[test]
fn a_bank_with_initials_and_a_distributor_are_firms() {
    for text in [
        "JP Morgan said it would pay the fine.",
        "J.P. Morgan said it would pay the fine.",
        "The film's distributor Kanto expects ten million viewers.",
    ] {
        assert_eq!(label_of(text, "."), Label::Official, "{text}");
    }
}

/// "Those over 60 say": people described by "those" and what follows are
/// unnamed, whatever the words after it.
#[test]
fn those_with_any_qualifier_are_unnamed() {
    for text in [
        "Those over 60 say they feel the same.",
        "Talks have made progress, say those behind the negotiations.",
    ] {
        assert_eq!(label_of(text, "say"), Label::Anonymous, "{text}");
    }
}

/// "tends to hold liberal views", "hosted a music video show", "the famous
/// Durex brand of": nouns, no verbs of saying.
#[test]
fn views_held_a_show_hosted_and_a_brand_are_nouns() {
    assert_last_sentences_unattributed(&[
        "The younger generation tends to hold liberal views.",
        "He moved back to Leeds, where he hosted a late-night music show.",
        "The firm, which makes the popular Sunbeam brand of kettle, has been sold.",
    ]);
    // A document's "shows" tagging the words before it stays a cue.
    assert_eq!(
        label_of(
            "Growth picked up in the spring, a new survey shows.",
            "shows"
        ),
        Label::Anonymous
    );
}

/// "The gun he collected was not the weapon": a deed in a clause
/// describing the opening noun is no act of the sentence's; a view there
/// ("The danger he sees is ...") still is the pronoun's.
#[test]
fn a_deed_in_a_contact_clause_is_no_claim() {
    let text =
        "Ray Tolland said he went back for a gun. The gun he collected was not the murder weapon.";
    assert_eq!(label_of(text, "collected"), Label::Unattributed);
    let text =
        "Ray Tolland spoke on Monday. The main risk he sees is \"a slow collapse of trust\".";
    assert_eq!(label_of(text, "risk"), Label::Quoted);
}

/// "A spokesman for SSL, which makes condoms, would not comment on
/// \"market speculation\"": a refusal to comment, with the words it refused
/// to comment on quoted, is still no claim.
#[test]
fn no_comment_past_an_aside_and_an_auxiliary() {
    assert_last_sentences_unattributed(&[
        "A spokesman for Orrel, which makes the boilers, would not comment on \"market speculation\".",
    ]);
}

/// "is considering letting", "is mulling a run": options weighed are a
/// source's intent; inside words a tag attributes, they are those words'
/// content ("the council was considering ..., Jo Bell said" is Bell's).
#[test]
fn options_weighed_are_intents() {
    let report = audit(
        "A Texas firm is considering letting web users steer a camera. \
         Marsh is not running again, but is mulling a run for governor. \
         This was why the council was considering scrapping the fee, Jo Bell said.",
    );
    let s = &report.sentences;
    assert_eq!(s[0].label, Label::Official);
    assert_eq!(s[0].attributions[0].cue.text, "is considering");
    assert_eq!(s[1].label, Label::Named);
    assert_eq!(s[2].label, Label::Named);
    assert_eq!(sources_of(&s[2]), ["Jo Bell"]);
}

/// "He said nothing had changed": "nothing" opening a clause is no
/// silence ("said nothing about the dollar" still is).
#[test]
fn said_nothing_had_changed_is_a_claim() {
    assert_eq!(
        label_of("He said nothing had changed since May.", "nothing"),
        Label::Named
    );
    assert_last_sentences_unattributed(&["Ministers said nothing about the pound."]);
}

/// "Tony Blair" after "Sir Ian Blair": another given name after the
/// knight's honorific names another man.
#[test]
fn another_given_name_after_an_honorific_is_another_person() {
    let text = "Sir Ian Kell said the threat was real. Later Tony Kell said his plan was fair.";
    let report = audit(text);
    let s = sentence(&report, text, "Tony");
    assert_eq!(s.attributions[0].source.resolved, Some("Tony Kell"));
}

/// ", said founder Mikhail Khodorkovsky.": a post in lower case, then a
/// name after the verb, is the tag's source, even after an aside.
#[test]
fn a_lowercase_post_and_name_after_said_is_the_source() {
    let text = "The sale has ruined Varko, once the owner of Tulnet, said founder Pavel Orlov.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["founder Pavel Orlov"]);
    assert_eq!(s.label, Label::Named);
}

/// "Director of Public Prosecutions, Ken Macdonald,": an office of a body
/// with no article, then its holder, who speaks for it.
#[test]
fn an_office_without_article_then_its_holder() {
    let text = "But director of the Harbour Trust, Nina Cole, accused the council of neglect.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.attributions[0].source.resolved, Some("Nina Cole"));
    assert_eq!(s.label, Label::Official);
}

/// "Menatep, Yukos' main shareholder group, has threatened": a name
/// described as a body's group speaks as a body.
#[test]
fn a_name_described_as_a_group_is_a_body() {
    let text = "Tarvel, Varko's main shareholder group, has threatened legal action.";
    assert_eq!(label_of(text, "Tarvel"), Label::Official);
}

/// "Mr. Obama" after "President Obama" stays the president when "Michelle
/// Obama" comes later: a surname a titled person went by is that person's.
#[test]
fn a_titled_persons_surname_is_not_completed_to_another() {
    let text = "President Varga is rolling out a new message. \
                \"It is about me,\" Mr. Varga said on Saturday. \
                The campaign will use Mr. Varga and the first lady, Anna Varga, in Ohio.";
    let report = audit(text);
    let s = sentence(&report, text, "about me");
    assert_eq!(s.attributions[0].source.resolved, Some("Varga"));
}

/// `On "Face the Nation," Sen. Ann Lee said`, `her new documentary
/// "13th."`: a show's or a work's name in quotation marks, no one's words.
#[test]
fn a_shows_title_after_on_and_a_works_ordinal_title_are_no_quotations() {
    let text = "On \"Meet the Voters,\" Sen. Ann Lee said the protests were justified.";
    assert_eq!(label_of(text, "Lee"), Label::Official);
    let text = "The director Ann Lee makes this clear in her new documentary \"12th.\"";
    assert_ne!(label_of(text, "documentary"), Label::Quoted);
}

/// "The Republican nominee" after "Democratic vice presidential nominee
/// Tim Kaine": the party and the "vice" of a role noun must agree with
/// those the person was introduced with.
#[test]
fn a_nominee_of_one_party_is_not_the_other_partys() {
    let text = "Republican presidential nominee Dan Harrow said the system was rigged. \
                Democratic vice presidential nominee Tom Kell said the claim was false. \
                The Republican nominee also outlined his plan.";
    let report = audit(text);
    let s = sentence(&report, text, "outlined");
    assert_eq!(s.attributions[0].source.resolved, Some("Dan Harrow"));
}

/// "He said Clinton was wrong. The FBI director chastised her": an
/// office qualified by a body's initials is not the last speaker's.
#[test]
fn an_office_of_a_body_by_initials_is_not_the_last_speaker() {
    let text = "Dan Harrow spoke in Ohio. He said that Ann Lee was wrong. \
                The FBI director chastised Lee but did not recommend charges.";
    let report = audit(text);
    let s = sentence(&report, text, "chastised");
    assert!(
        s.attributions
            .iter()
            .all(|a| a.source.resolved != Some("Dan Harrow")),
        "{:?}",
        s.attributions
    );
}

/// "Lawmakers have not said when", "The senator has not said whether",
/// "has not endorsed anyone": a question left open or a view withheld,
/// no claim.
#[test]
fn a_perfect_left_unsaid_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "Lawmakers have not said when they would take up the bill.",
        "The senator has not said whether he will run.",
        "Ann Lee has not endorsed anyone in the race.",
    ]);
}

/// "His former business partner at Lenox, Lawrence B. Cummings, called":
/// the name after an owner's description with a body in it is the
/// source, not that body.
#[test]
fn an_owners_description_naming_a_body_then_the_name() {
    let text = "His former business partner at Lenmark, Paul R. Denning, called him a master. \
                He said the deals worked.";
    let report = audit(text);
    let s = &report.sentences;
    assert_eq!(
        s[0].attributions[0].source.resolved,
        Some("Paul R. Denning")
    );
    assert_eq!(s[0].label, Label::Named);
    assert_eq!(
        s[1].attributions[0].source.resolved,
        Some("Paul R. Denning")
    );
}

/// "Analysts have seen SSL as a target", "The LTA have high hopes for
/// him": a view and a hope held; "He is seen as a moderate" names no one
/// who sees.
#[test]
fn a_view_seen_and_hopes_held() {
    assert_eq!(
        label_of(
            "Analysts have seen Harlow as a takeover target for years.",
            "seen"
        ),
        Label::Anonymous
    );
    assert_eq!(
        label_of(
            "Coach Tom Hart has high hopes for the young player.",
            "hopes"
        ),
        Label::Named
    );
    assert_last_sentences_unattributed(&["He is seen as a moderate."]);
}

/// "Chris Christie Calls Hillary Clinton 'A Disgrace'": a headline's weak
/// cue after a full name ends that name, so "Clinton" later is Hillary
/// Clinton, not the headline's words.
#[test]
fn a_headlines_weak_cue_ends_the_name_before_it() {
    let text = "Dan Harrow Calls Ann Lee ‘A Disgrace’ Over Police Comments.\n\n\
                On Tuesday, Lee criticized the police. “How many times?” she said.";
    let report = audit(text);
    let s = sentence(&report, text, "criticized");
    assert_eq!(s.attributions[0].source.resolved, Some("Ann Lee"));
}

/// `said Nadal afterwards`, `Caprice ... afterwards said:`: "afterwards"
/// is a time, no part of the source, and no source itself.
#[test]
fn afterwards_is_no_part_of_the_source() {
    let text = "\"What a great way to finish the year,\" said Rafa Nunez afterwards.";
    assert_eq!(sources_of(&audit(text).sentences[0]), ["Rafa Nunez"]);
    let text = "Dana Okafor, who left in the fourth eviction, afterwards said: \"I am so happy.\"";
    assert_eq!(sources_of(&audit(text).sentences[0]), ["Dana Okafor"]);
}

/// `"(CROSSTALK.)"`: a transcriber's note in brackets and capitals is no
/// one's words.
#[test]
fn a_transcribers_note_is_no_quotation() {
    assert_last_sentences_unattributed(&["KELL: I think so.\n\n\"(CROSSTALK.)\""]);
}

/// "Recent polls in Pennsylvania and Virginia", "A poll from Utah":
/// states where a poll was taken are no authors of it.
#[test]
fn states_where_polls_were_taken_are_no_authors() {
    for text in [
        "Recent polls in Pennsylvania and Virginia have shown Lee ahead.",
        "A poll from Utah showed Lee with a 17-point lead.",
        "Surveys of Ohio Republican voters show Lee ahead.",
    ] {
        assert_eq!(label_of(text, "Lee"), Label::Anonymous, "{text}");
    }
}

/// "The Bat spokeswoman" is not "a spokesman for the State Tobacco
/// Monopoly" introduced before; "The Home Office spokesman" after "a
/// spokesman for the Home Office" is that body's.
#[test]
fn a_bodys_spokesperson_is_not_anothers() {
    let text = "Li Wen, a spokesman for the State Tobacco Monopoly, said no plant would be built. \
                The Varko spokeswoman said the firm had nothing to add.";
    let report = audit(text);
    let s = sentence(&report, text, "nothing to add");
    assert_ne!(s.attributions[0].source.resolved, Some("Li Wen"));
    let text = "Jo Ames, a spokesman for the Home Office, said the plan was sound. \
                The Home Office spokesman added that it would work.";
    let report = audit(text);
    let s = sentence(&report, text, "would work");
    assert_eq!(s.attributions[0].source.resolved, Some("Jo Ames"));
}

/// "Clinton aides were coy about whether they would change": an answer
/// withheld, no claim.
#[test]
fn coy_about_whether_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "Before the debate, Lee aides were coy about whether they would change course.",
    ]);
}

/// "The parties say" after "Labour and the Conservatives said": the
/// plural of bodies stands for the bodies named together.
#[test]
fn the_parties_are_the_parties_named_together() {
    let text = "Labour and the Conservatives said they would keep calling voters. \
                The parties say they can stick to the rules.";
    let report = audit(text);
    let s = sentence(&report, text, "stick to");
    assert_eq!(
        s.attributions[0].source.resolved,
        Some("Labour and the Conservatives")
    );
    assert_eq!(s.label, Label::Official);
}

/// "Varko Air dropped 2.6%": a share price moving, no decision of the
/// firm's ("The agency ordered 30 projects halted" is one).
#[test]
fn a_price_moving_by_a_figure_is_no_decision() {
    assert_last_sentences_unattributed(&[
        "Airline shares fell. Singapore Airlines dropped 2.6%.",
        "Banks slipped. Barclays dropped by 3 percent.",
    ]);
    let text = "The agency ordered 30 projects halted.";
    assert_eq!(label_of(text, "halted"), Label::Official);
    let text = "The Supreme Court voted 5 to 4 to block the rule.";
    assert_eq!(label_of(text, "block"), Label::Official);
}

/// "will advise on media strategy": a field served, no advice given
/// ("advised on whether to sell" gives some).
#[test]
fn advising_on_a_field_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "Ian Pell, who left the firm last year, will advise on media strategy during the tour.",
    ]);
    let text = "Ian Pell advised on whether to sell the club.";
    assert_eq!(label_of(text, "sell"), Label::Named);
}

/// "is often blamed by US lawmakers for job losses": the agent past an
/// adverb, and the reason after "for" no part of it.
#[test]
fn a_passive_agent_ends_before_its_reason() {
    let text = "The currency peg is often blamed by US lawmakers for job losses at home.";
    let report = audit(text);
    let s = sentence(&report, text, "peg");
    assert_eq!(sources_of(s), ["US lawmakers"]);
    assert_eq!(s.label, Label::Anonymous);
}

/// "US film professionals have declared", "Movie studios have announced":
/// unnamed professionals and studios.
#[test]
fn professionals_and_studios_are_unnamed_groups() {
    for (text, needle) in [
        (
            "US film professionals have declared the film a landmark of the year.",
            "landmark",
        ),
        (
            "Movie studios have announced that ticket prices will rise.",
            "prices",
        ),
    ] {
        assert_eq!(label_of(text, needle), Label::Anonymous, "{text}");
    }
}

/// "The name says it all", "His face said it all": what a thing betrays,
/// no words ("said it all along" said them).
#[test]
fn says_it_all_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "The station is new. The name says it all: it plays only Catalan rap.",
        "Lee lost. His face said it all.",
    ]);
    let text = "Lee said it all along: the plan would fail.";
    assert_eq!(label_of(text, "fail"), Label::Named);
}

/// "he found Tom Vale, a coding expert": a person sought out, no finding.
#[test]
fn finding_a_person_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "Ravi Sethi needed help. In two days, he found Tom Vale, a coding expert in Leeds.",
    ]);
    let text = "The inquiry found Tom Vale was lying.";
    assert_eq!(label_of(text, "lying"), Label::Official);
}

/// A side's answer on the pitch: "did reply with one for Italy", "hit
/// back out of the blue in the 11th minute", "showed his nous to ground
/// the ball".
#[test]
fn a_sides_reply_in_play_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "Wales led early. Marco Dosi did reply with one for Italy but Wales held on.",
        "Wales pressed. Italy hit back out of the blue in the 11th minute.",
        "Wales scored again when the flanker showed his nous to ground the ball.",
        "Rovers led. Tom Aske hit back just before half time.",
    ]);
}

/// "Russia WTO talks 'make progress'": meetings of a body, which say
/// nothing, beside a quotation or not.
#[test]
fn talks_after_a_bodys_initials_are_meetings() {
    assert_last_sentences_unattributed(&[
        "Trade news\n\nRussia WTO talks 'make progress'",
        "Trade news\n\nEU talks stall again",
    ]);
}

/// `bring. "[Tom] will act as`: a straight mark reopening a quotation
/// after a sentence's end, an editor's bracket first, ends the quotation
/// before it; the writer's words after its close are no one's quotation.
#[test]
fn a_quotation_reopened_before_a_bracket_closes_where_it_ends() {
    let text = "\"The tour is a big event,\" said Lee. \"There will be huge interest. \
                \"[Tom] will act as an adviser on the tour.\" Tom is due to rejoin the \
                government in the new year.";
    let report = audit(text);
    let s = sentence(&report, text, "due to rejoin");
    assert_eq!(s.label, Label::Unattributed);
    let s = sentence(&report, text, "act as an adviser");
    assert_eq!(s.label, Label::Quoted);
}

/// "The US stock market watchdog's chairman William Donaldson spoke":
/// the owner's words before its possessive still describe the person
/// named, whom a later "He" means.
#[test]
fn a_long_owner_before_a_title_still_introduces_the_name() {
    let text = "Peter Kim said the drug was safe. The US stock market watchdog's chairman \
                William Donaldson spoke in London. He revealed that his staff were weighing \
                a delay.";
    let report = audit(text);
    let s = sentence(&report, text, "weighing");
    assert_eq!(s.attributions[0].source.resolved, Some("William Donaldson"));
}

/// "British and Irish Lions coach Clive Woodward", "Bath and England
/// centre Mike Tindall": a role noun after the "and" makes one person's
/// description, who is the person named ("Both Stone and Republican vice
/// presidential candidate Mike Pence" are two; so are "Nokia and
/// Canada-based products company Sierra Wireless").
#[test]
fn a_joined_description_before_a_name_is_one_persons() {
    let text = "British and Irish Lions coach Tom Vale says he is unlikely to pick any newcomers.";
    let report = audit(text);
    let s = sentence(&report, text, "newcomers");
    assert_eq!(s.attributions[0].source.resolved, Some("Tom Vale"));
    let text = "Both Stone and Republican vice presidential candidate Mike Pence have denied it.";
    let report = audit(text);
    let s = sentence(&report, text, "denied");
    assert_ne!(s.attributions[0].source.resolved, Some("Mike Pence"));
}

/// "The News of the World reports", "An All England Club spokesperson":
/// the outlet and the club by their whole names ("World", "England"
/// before), so "He added" after the paper's report is the man it quoted.
#[test]
fn a_tabloid_and_a_club_are_known_by_their_whole_names() {
    let text = "The News of the World reports that Anelka told a magazine: \"I want to win.\" \
                He added: \"Titles matter.\"";
    let report = audit(text);
    let s = sentence(&report, text, "want to win");
    assert_eq!(s.attributions[0].source.resolved, Some("News of the World"));
    let s = sentence(&report, text, "Titles matter");
    assert_ne!(s.attributions[0].source.resolved, Some("News of the World"));
    let text = "An All England Club spokesperson denied Pell made the remark.";
    let report = audit(text);
    let s = sentence(&report, text, "remark");
    assert_eq!(s.attributions[0].source.resolved, Some("All England Club"));
    assert_eq!(s.label, Label::Official);
}

/// "Privately ministers believe", "Virtually all analysts say": an adverb
/// opening the sentence is no part of the source; "Originally dubbed" and
/// "Having been pricked into action, ... said" have none.
#[test]
fn an_opening_adverb_or_participle_is_no_source() {
    let text = "Privately ministers believe this will be the less painful option.";
    let report = audit(text);
    let s = sentence(&report, text, "painful");
    assert_eq!(sources_of(s), ["ministers"]);
    assert_eq!(s.label, Label::Anonymous);
    assert_last_sentences_unattributed(&[
        "Originally dubbed \"Dave's Guide to the Web\" the firm took the name Yodel.",
    ]);
    let text = "Having been pricked into action, the regulator turned to the bank and in May \
                said the firm had tweaked its books.";
    let report = audit(text);
    let s = sentence(&report, text, "tweaked");
    assert!(s.attributions.iter().all(|a| a.source.text != "Having"));
}

/// "The IMF however remains cautious about": "however" between a subject
/// and its verb.
#[test]
fn however_between_subject_and_verb_is_passed() {
    let text = "The IMF however remains cautious about what it sees as a lack of openness.";
    assert_eq!(label_of(text, "openness"), Label::Official);
    let text = "Officials however remain cautious about the plan.";
    assert_eq!(label_of(text, "plan"), Label::Anonymous);
}

/// "..., say those who feel the project should be shunned": the people
/// the clause after an inverted tag describes, unnamed.
#[test]
fn those_who_after_an_inverted_tag_are_unnamed() {
    let text = "The costs carry risks, say those who feel the project should be dropped.";
    assert_eq!(label_of(text, "dropped"), Label::Anonymous);
}

/// "A spokesman refuted the claims": a denial.
#[test]
fn refuting_is_a_denial() {
    let text = "A Tory spokesman refuted any wrongdoing.";
    assert_eq!(label_of(text, "wrongdoing"), Label::Official);
}

/// "EU rules 'won't stop UK spending'", "EU rules prevent that": the
/// body's rules ("EU rules out a deal" speaks).
#[test]
fn rules_after_a_bodys_initials_are_its_rules() {
    assert_last_sentences_unattributed(&[
        "Budget news\n\nEU rules 'won't stop UK spending'",
        "EU rules prevent that from happening again.",
    ]);
    let text = "The EU rules out a new deal, a spokesman said.";
    assert_eq!(label_of(text, "new deal"), Label::Official);
}

/// "Australian mining firm WMC Resources has said": a participle before a
/// body's noun is the body's trade, no reduced relative clause.
#[test]
fn a_participle_before_a_bodys_noun_is_its_trade() {
    let text = "Australian mining firm Dunmore Resources has said it is worth far more.";
    let report = audit(text);
    let s = sentence(&report, text, "worth");
    assert_eq!(s.attributions[0].source.resolved, Some("Dunmore Resources"));
    assert_eq!(s.label, Label::Official);
}

/// "Film distributors have hailed", "the music industry is confident":
/// unnamed distributors and trades.
#[test]
fn distributors_and_a_trade_are_unnamed_groups() {
    for (text, needle) in [
        (
            "Film distributors have hailed the ruling as a boost.",
            "boost",
        ),
        (
            "The music industry is confident that sales will rise.",
            "sales",
        ),
        ("The film industry says piracy costs it billions.", "piracy"),
    ] {
        assert_eq!(label_of(text, needle), Label::Anonymous, "{text}");
    }
}

/// "A report on the projects says": a plural closing a document's topic is
/// no verb's object; "revives questions" stays no cue.
#[test]
fn a_documents_plural_topic_leaves_its_verb_a_verb() {
    let text = "A National Audit Office report on the 20 biggest projects says costs rose.";
    let report = audit(text);
    let s = sentence(&report, text, "costs rose");
    assert_eq!(
        s.attributions[0].source.resolved,
        Some("National Audit Office")
    );
    assert_eq!(s.label, Label::Official);
    assert_last_sentences_unattributed(&[
        "The disclosure of the documents revives questions about the deal.",
    ]);
}

/// "John Connors, Microsoft's chief financial officer said": a title in an
/// appositive left unclosed before its verb still makes the name official.
#[test]
fn an_unclosed_appositives_title_still_counts() {
    let text = "Jon Pell, Varko's chief financial officer said a test version would ship.";
    assert_eq!(label_of(text, "test version"), Label::Official);
}

/// "Chelsea physio Mike Banks was hopeful that": a physio is a person's
/// trade before the name.
#[test]
fn a_physio_is_a_persons_trade() {
    let text = "Rovers physio Tom Vale was hopeful that the winger could return in March.";
    assert_eq!(label_of(text, "winger"), Label::Named);
}

/// "a view corroborated by the UK Patent Office": a confirmation.
#[test]
fn corroborating_is_a_claim() {
    let text = "This is a view corroborated by the UK Patent Office.";
    assert_eq!(label_of(text, "corroborated"), Label::Official);
}

/// "Microsoft did not want to comment directly": a comment declined.
#[test]
fn not_wanting_to_comment_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "Varko did not want to comment directly, referring the question to its trade body.",
    ]);
}

/// "A spokesman for the Association ... (Apacs) which represents the UK's
/// payments industry said": the body's clause between the source and its
/// verb ("a merger which authorities have said" has its own subject).
#[test]
fn a_bodys_clause_stands_between_its_spokesman_and_the_verb() {
    let text = "A spokesman for the Association of Harbour Services (Ahs) which represents \
                the region's ferry industry said the risk was small.";
    let report = audit(text);
    let s = sentence(&report, text, "risk was small");
    assert_eq!(s.label, Label::Official);
    assert_eq!(
        s.attributions[0].source.resolved,
        Some("Association of Harbour Services")
    );
}

/// "..., said the MDA, with forecasts suggesting a total of 30 billion":
/// the source's own figures in an absolute phrase after it, no second,
/// unnamed source ("- with some analysts saying" is one).
#[test]
fn a_sources_own_figures_after_it_are_no_second_source() {
    let text = "Sales will rise again, said the Harbour Trust, with forecasts suggesting a record.";
    let report = audit(text);
    let s = sentence(&report, text, "record");
    assert_eq!(sources_of(s), ["the Harbour Trust"]);
    assert_eq!(s.label, Label::Official);
    let text = "Shares fell 12% - with some analysts saying the firm was doomed.";
    assert_eq!(label_of(text, "doomed"), Label::Anonymous);
}

/// "Some, such as 83-year-old Ann Kolb, said": unnamed people, one named
/// for an example.
#[test]
fn some_such_as_a_named_one_are_unnamed() {
    let text = "Some, such as 83-year-old Ann Kolb, said they would rather go to jail.";
    assert_eq!(label_of(text, "jail"), Label::Anonymous);
}

/// "Laporte accepted his side had not played well", "accepts he is going
/// to be criticised": a clause accepted without "that" ("accepted the
/// award" takes a thing).
#[test]
fn accepting_a_clause_is_a_claim() {
    let text = "Rovers coach Tom Vale accepted his side had not played well.";
    assert_eq!(label_of(text, "played well"), Label::Named);
    let text = "Tom Vale accepts he is going to be criticised.";
    assert_eq!(label_of(text, "criticised"), Label::Named);
    assert_last_sentences_unattributed(&["The winger accepted the award in Paris."]);
}

/// "The party says" after "Labour has promised": the last party cited by
/// its short name.
#[test]
fn the_party_is_the_last_party_cited() {
    let text = "Labour has promised to cut council tax. The party says this year's rises will \
                be the lowest in a decade.";
    let report = audit(text);
    let s = sentence(&report, text, "lowest");
    assert_eq!(s.attributions[0].source.resolved, Some("Labour"));
    let text = "The Lib Dems promised to cut fees. The party says it would fund them.";
    let report = audit(text);
    let s = sentence(&report, text, "fund them");
    assert_eq!(s.attributions[0].source.resolved, Some("Lib Dems"));
}

/// "is seen by many experts as backsliding": a judgement whose agent is
/// named ("is seen as" names no one who sees).
#[test]
fn seen_by_someone_as_is_their_view() {
    let text = "The republic is seen by many experts as backsliding from its high point.";
    assert_eq!(label_of(text, "backsliding"), Label::Anonymous);
    assert_last_sentences_unattributed(&[
        "The republic is seen as backsliding from its high point.",
    ]);
}

/// "According to the commission's report 12 million people": a figure
/// after a document's noun opens the claim, with no comma.
#[test]
fn a_figure_after_a_documents_noun_opens_the_claim() {
    let text = "According to the Harbour Commission's report 12 million people are not saving.";
    let report = audit(text);
    let s = sentence(&report, text, "saving");
    assert_eq!(sources_of(s), ["the Harbour Commission's report"]);
}

/// "... turn to Windows said Dominic Hirsch, managing director of ...": a
/// full name after "said", with no comma before it, at a long clause's
/// end, is the speaker ("Lee said Ann Kolb, the mother of Tom, is wrong"
/// reports a claim about her).
#[test]
fn a_full_name_after_said_with_no_comma_tags_the_clause() {
    let text = "There are also other pressures making banks turn to Windows said Tom Vale, \
                managing director of Harbour Research.";
    let report = audit(text);
    let s = sentence(&report, text, "Windows");
    assert_eq!(s.attributions[0].source.resolved, Some("Tom Vale"));
    let text = "At the debate on Wednesday, candidate Ann Lee said Jo Kolb, the mother of a \
                victim, is wrong about the attack.";
    let report = audit(text);
    let s = sentence(&report, text, "victim");
    assert_eq!(s.attributions[0].source.resolved, Some("Ann Lee"));
}

/// "Earlier chief constable Green questioned": an adverb of time opening
/// the sentence is no part of the source.
#[test]
fn an_opening_adverb_of_time_is_no_part_of_the_source() {
    let text = "Earlier chief constable Tom Vale questioned how his officers would cope.";
    let report = audit(text);
    let s = sentence(&report, text, "cope");
    assert_eq!(sources_of(s), ["chief constable Tom Vale"]);
}

/// "In a speech the Labour leader said": after an opening phrase with no
/// comma, the article before a capitalised modifier opens the source, a
/// role noun ("Labour leader" alone reads as an unnamed one).
#[test]
fn the_article_after_an_opening_phrase_opens_the_source() {
    let text =
        "Ann Lee spoke. In her New Year message the Harbour Party leader said rents were too high.";
    let report = audit(text);
    let s = sentence(&report, text, "rents");
    assert_eq!(sources_of(s), ["the Harbour Party leader"]);
    assert_ne!(s.label, Label::Anonymous);
}

/// "Adam Thomas, an analyst at Informa believes": a description whose
/// closing comma is missing, before a verb of views as well as of words.
#[test]
fn an_unclosed_description_before_a_view_keeps_its_name() {
    let text = "Tom Vale, an analyst at research firm Harbour Media believes the time is ripe.";
    let report = audit(text);
    let s = sentence(&report, text, "ripe");
    assert_eq!(s.attributions[0].source.resolved, Some("Tom Vale"));
    assert_eq!(s.label, Label::Named);
}

/// "has broad support from charities who say", "is being sued by a viewer
/// who says": the people after a preposition whose relative clause says
/// it ("writers of all nationalities who write in English" say nothing).
#[test]
fn people_after_a_preposition_who_say_are_the_source() {
    for (text, needle) in [
        (
            "The Harbour Bill has broad support from charities who say it would help.",
            "help",
        ),
        (
            "A network is being sued by a viewer who says he was disgusted.",
            "disgusted",
        ),
    ] {
        assert_eq!(label_of(text, needle), Label::Anonymous, "{text}");
    }
    assert_last_sentences_unattributed(&[
        "The new award is open to writers of all nationalities who write in English.",
    ]);
}

/// ", saying materials would be examined", ", say reports.": a participle
/// or a tag after its comma is a verb, a document's noun after it or not.
#[test]
fn a_participle_after_its_comma_is_a_verb_before_a_documents_noun() {
    let text = "Harbour Police reopened the case, saying materials would be examined.";
    assert_eq!(label_of(text, "examined"), Label::Official);
    let text = "The coach has turned down an offer from the club, say reports.";
    assert_eq!(label_of(text, "coach"), Label::Anonymous);
}

/// "conceded defeat", "conceded 14 goals", "conceded a late penalty": a
/// contest lost or a score given away ("conceded that" grants a point).
#[test]
fn a_contest_conceded_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "The Harbour club conceded 14 goals in the first half.",
        "Harbour United conceded a late penalty.",
    ]);
    let text = "Tom Vale conceded that the plan had failed.";
    assert_eq!(label_of(text, "plan"), Label::Named);
}

/// "goes on the run from secret agents": a flight, like "went on holiday".
#[test]
fn going_on_the_run_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "In the film, photographer Tom Vale goes on the run from secret agents.",
    ]);
}

/// "the most passionately supported club": a graded participle after a
/// determiner is an adjective; "most considered it" is most people.
#[test]
fn a_graded_participle_before_its_noun_is_no_claim() {
    assert_last_sentences_unattributed(&["It is the most fiercely supported club in the region."]);
    let text = "While most considered the tax unfair, few protested.";
    let report = audit(text);
    let s = sentence(&report, text, "unfair");
    assert_eq!(sources_of(s), ["most", "few"]);
}

/// "the file they want.", "for reasons he would have wanted.": a wish
/// closing a clause that describes the noun before it.
#[test]
fn a_wish_closing_a_contact_clause_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "The service points people toward the songs they want.",
        "Vale left a mark, but not for reasons he would have wanted.",
        "The site checked that links led to the films they claimed to.",
    ]);
}

/// "Connolly rates Barkley as no better than": a person rated "as" is a
/// judgement; "cut rates as inflation fell" is the noun.
#[test]
fn rating_a_person_as_is_a_judgement() {
    let text = "Harbour coach Tom Vale rates Ann Lee as the best player in the league.";
    assert_eq!(label_of(text, "league"), Label::Named);
    assert_last_sentences_unattributed(&["The bank cut rates as inflation fell."]);
}

/// "was quoted in the Herald newspaper saying:": the one quoted speaks,
/// not the paper that carried the words.
#[test]
fn quoted_in_a_paper_saying_names_the_one_quoted() {
    let text = "Tom Vale was quoted in the Harbour Gazette newspaper saying: \"We will win.\"";
    let report = audit(text);
    let s = sentence(&report, text, "win");
    assert_eq!(sources_of(s), ["Tom Vale"]);
    assert_eq!(s.label, Label::Quoted);
}

/// "it just so happens the Labour Party feels": the clause's verb before
/// the subject is no part of it.
#[test]
fn a_verb_of_happening_before_the_subject_is_left_out() {
    let text = "It just so happens the Labour Party feels happier about it.";
    let report = audit(text);
    let s = sentence(&report, text, "happier");
    assert_eq!(sources_of(s), ["the Labour Party"]);
}

/// "Senior Tories believe": some of a party's members, unnamed; "The
/// Tories believe": the party.
#[test]
fn some_of_a_partys_members_are_anonymous() {
    assert_eq!(
        label_of("Senior Tories believe the tide is turning.", "tide"),
        Label::Anonymous
    );
    assert_eq!(
        label_of("The Tories believe the tide is turning.", "tide"),
        Label::Official
    );
}

/// "The Demos report looked at": a document's noun after its maker's
/// name, its verb after it; "The Jenkins report found that" is the
/// document's finding.
#[test]
fn a_documents_noun_after_its_makers_name_is_no_verb() {
    assert_last_sentences_unattributed(&["The Jenkins report looked at the habits of commuters."]);
    let text = "The Jenkins report found that commuters were tired.";
    let report = audit(text);
    let s = sentence(&report, text, "tired");
    assert_eq!(sources_of(s), ["The Jenkins report"]);
}

/// "the data demands of films", "in Europe demand for cars": nouns of
/// need, no demands made.
#[test]
fn demands_of_data_and_a_markets_demand_are_nouns() {
    assert_last_sentences_unattributed(&[
        "The chip handles the data demands of films.",
        "In Europe demand for small cars is likely to grow.",
    ]);
}

/// "UKIP candidate suspended in probe": a headline's passive; the one
/// suspended decides nothing.
#[test]
fn a_headlines_passive_decision_is_no_claim() {
    assert_last_sentences_unattributed(&["Harbour candidate suspended in probe"]);
}

/// "One in five admitted", "Half confessed": a share of those asked, alone
/// before any verb of saying or holding ("said Tom Vale, half joking" is a
/// manner).
#[test]
fn a_share_of_people_alone_is_the_source() {
    for text in [
        "One in five admitted to browsing the web at night.",
        "Two in three confessed to skipping breakfast.",
        "Half admitted to lying about their age.",
    ] {
        assert_eq!(label_of(text, "to"), Label::Anonymous, "{text}");
    }
    let text = "\"I work better with my hands,\" said Tom Vale, half joking.";
    let report = audit(text);
    let s = sentence(&report, text, "hands");
    assert_eq!(sources_of(s), ["Tom Vale"]);
}

/// "The RSPCA say they will monitor hunts": a body's plural verb, as
/// British copy writes it; "The League Against Cruel Sports says": a
/// capitalised "Against" is the name's.
#[test]
fn a_bodys_plural_verb_and_a_preposition_in_its_name_say() {
    let text = "The Harbour Trust say they will monitor the hunts.";
    assert_eq!(label_of(text, "monitor"), Label::Official);
    let text = "The League Against Cruel Sports says it will monitor the hunts.";
    let report = audit(text);
    let s = sentence(&report, text, "monitor");
    assert_eq!(sources_of(s), ["The League Against Cruel Sports"]);
    // (Sentence-initial, the preposition is still one: "Alongside union
    // calls for action, a top strategist said".)
    let text = "Alongside union calls for action, a top strategist said the pressure would build.";
    let report = audit(text);
    let s = sentence(&report, text, "pressure");
    assert_eq!(sources_of(s), ["a top strategist"]);
}

/// "would prefer", "would rather": wishes, like "would like"; "have been
/// less than impressed": a feeling past a degree.
#[test]
fn preferences_and_a_graded_feeling_are_stances() {
    for (text, needle) in [
        ("Chip makers would prefer to use silicon.", "silicon"),
        ("Many voters would rather have better schools.", "schools"),
        (
            "But investors have been less than impressed with the move.",
            "move",
        ),
    ] {
        assert_eq!(label_of(text, needle), Label::Anonymous, "{text}");
    }
}

/// "The unidentified woman's lawyer, Dolores M Troiani, said": the word of
/// anonymity is the owner's; the lawyer is named after the comma.
#[test]
fn an_owners_anonymity_does_not_hide_a_named_person() {
    let text = "The unnamed woman's lawyer, Ann Lee, said her client would sue.";
    let report = audit(text);
    let s = sentence(&report, text, "sue");
    assert_eq!(s.attributions[0].source.resolved, Some("Ann Lee"));
    assert_eq!(s.label, Label::Named);
}

/// "a survey of networks in London by RSA Security": a name after "by"
/// is the author, though a place came first.
#[test]
fn a_documents_author_after_by_follows_a_place() {
    let text = "A survey of networks in London by Harbour Security found a third were open.";
    assert_eq!(label_of(text, "open"), Label::Official);
}

/// British and European firms the lexicon knows speak as firms.
#[test]
fn british_firms_speak_as_firms() {
    for (text, needle) in [
        (
            "House prices rose by 0.8% in January, Halifax said.",
            "prices",
        ),
        (
            "But Sky denied the programme breached the guidelines.",
            "programme",
        ),
        ("T-Mobile said it was seeing more demand.", "demand"),
        (
            "According to search engine Ask Jeeves, most surfers start at a search engine.",
            "surfers",
        ),
    ] {
        assert_eq!(label_of(text, needle), Label::Official, "{text}");
    }
}

/// "Recent housing market surveys have indicated": an adjective opening
/// the sentence, no name.
#[test]
fn recent_opening_a_documents_noun_is_no_name() {
    let text = "Recent housing market surveys have indicated that the market has cooled.";
    assert_eq!(label_of(text, "cooled"), Label::Anonymous);
}

/// "has found it difficult to compete", "can now expect to have": a
/// hardship met and the writer's forecast, no finding or expectation.
#[test]
fn a_hardship_found_and_a_forecast_past_an_adverb_are_no_claims() {
    assert_last_sentences_unattributed(&[
        "Harbour Telecom has found it difficult to compete in Japan.",
        "Tom Vale scored twice. None more so than Vale, who can now expect to have the spotlight.",
        "The Londoners have conceded six goals in their two outings.",
        "Harbour offers users a list of the blogs they want to read.",
    ]);
}

/// "He is expected to say that": words about to be said are the
/// speaker's.
#[test]
fn expected_to_say_that_names_the_speaker() {
    let text = "Tom Vale is expected to say that the figures were heartening.";
    let report = audit(text);
    let s = sentence(&report, text, "heartening");
    assert_eq!(sources_of(s), ["Tom Vale"]);
}

/// "Johnny Depp: The acting outlaw", "Arthur Hailey: King of the
/// bestsellers": a profile's headline names no speaker.
#[test]
fn a_profiles_headline_epithet_is_no_speaker_label() {
    for text in [
        "Tom Vale: The acting outlaw\n\nTom Vale has made ten films.",
        "Ann Lee: King of the bestsellers\n\nAnn Lee has written ten books.",
    ] {
        let report = audit(text);
        assert_eq!(report.sentences[0].label, Label::Unattributed, "{text}");
    }
}

/// "Winn-Dixie, once among the most profitable of US grocers, said": a
/// superlative in the description is no share of people.
#[test]
fn a_superlative_in_a_description_is_no_share() {
    let text =
        "Tessaro, once among the most profitable of US grocers, said its stores would stay open.";
    let report = audit(text);
    let s = sentence(&report, text, "stores");
    assert_eq!(s.attributions[0].source.resolved, Some("Tessaro"));
    assert_ne!(s.label, Label::Anonymous);
}

/// "have been called into question by the committee", "has appealed for the
/// release of": a doubt cast and a plea made.
#[test]
fn questioning_and_appeals_are_claims() {
    let text = "The new rules have been called into question by the Harbour Rights Commission.";
    assert_eq!(label_of(text, "rules"), Label::Official);
    let text = "Former MP Tom Vale has appealed for the release of the aid worker.";
    let report = audit(text);
    let s = sentence(&report, text, "release");
    assert_eq!(sources_of(s), ["Former MP Tom Vale"]);
}

/// "has denied Elvis his fourth number one": a thing kept from its owner,
/// no denial ("denied her claims" is one).
#[test]
fn denying_someone_their_due_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "Rapper Tom Vale has denied Ann Lee her fourth number one of the year.",
    ]);
    let text = "Tom Vale denied her claims.";
    assert_eq!(label_of(text, "claims"), Label::Named);
}

/// "As far as Robinson is concerned, its findings must": the view of the
/// person named; "as far as England were concerned" and "as far as the
/// figures are concerned" name topics.
#[test]
fn as_far_as_a_person_is_concerned_is_their_view() {
    let text = "As far as Tom Vale is concerned its findings must not be ignored.";
    assert_eq!(label_of(text, "findings"), Label::Named);
    let text = "File sharing is just the beginning, as far as Mr Vale is concerned.";
    assert_eq!(label_of(text, "sharing"), Label::Named);
    assert_last_sentences_unattributed(&[
        "As far as the figures are concerned, the rise looks small.",
        "As far as England were concerned, there were queries over the try.",
    ]);
}

/// "Aaliyah claim dismissed by court": a noun and the passive of what was
/// done to it, no claim made; "in case RCA producers wanted another take":
/// a wish supposed.
#[test]
fn a_claim_dismissed_and_a_wish_in_case_are_no_claims() {
    assert_last_sentences_unattributed(&[
        "Singer claim dismissed by court",
        "Ann Lee made two tapes as a back-up in case the producers wanted another take.",
    ]);
}

/// "according to a report earlier this week from the British Retail
/// Consortium": the maker after a time, as after "out on Monday".
#[test]
fn a_documents_maker_after_a_time_is_its_author() {
    let text =
        "Sales fell, according to a report earlier this week from the Harbour Retail Consortium.";
    let report = audit(text);
    let s = sentence(&report, text, "Sales");
    assert_eq!(
        s.attributions[0].source.resolved,
        Some("Harbour Retail Consortium")
    );
    assert_eq!(s.label, Label::Official);
}

/// "gives the Gunners hope", "the account details", "World Cup champions
/// England", "Business fears over sluggish EU economy", "Oasis star fined
/// for German brawl": nouns and a headline's passive, no claims.
#[test]
fn hope_given_details_champions_fears_over_and_fines_are_no_claims() {
    assert_last_sentences_unattributed(&[
        "Tom Vale's late goal gives the Harbour side hope for the second leg.",
        "Banks should trace the people who might have accessed the account details.",
        "The big one was the defeat of World Cup champions England at home.",
        "The group champions play the runners-up.",
        "Business fears over sluggish EU economy",
        "Harbour star fined for German brawl",
    ]);
    let text = "Senate Democrats champion the bill.";
    assert_eq!(label_of(text, "bill"), Label::Anonymous);
}

/// "Nationwide said": the building society speaks as a firm.
#[test]
fn nationwide_speaks_as_a_firm() {
    let text = "House prices rose by 0.4% in January, Nationwide said.";
    assert_eq!(label_of(text, "prices"), Label::Official);
}

/// "At his weekly press conference on Tuesday he said ... and refused": an
/// opening phrase with no comma is no part of the pronoun subject, which
/// the joined verb shares and a later "He" follows back to the name.
#[test]
fn opening_phrase_before_a_pronoun_is_no_part_of_the_subject() {
    let text = "Mayor Jo Vale spoke to the council. At her weekly press conference on Tuesday she said her remarks were not racist and refused to apologise. She said to reporters: \"I stay.\"";
    let report = audit(text);
    let s = sentence(&report, text, "apologise");
    assert_eq!(sources_of(s), ["she", "she"]);
    let last = sentence(&report, text, "I stay");
    assert_eq!(last.attributions[0].source.resolved, Some("Jo Vale"));
}

/// "industry analysts Screen Digest", "Mexican outfit Red Sharks": a trade's
/// plural or a team's noun before a name makes it a firm's or a club's.
#[test]
fn a_trade_plural_or_an_outfit_before_a_name_makes_it_a_body() {
    let text = "Sales doubled last year, according to industry analysts Harbour Metrics.";
    assert_eq!(label_of(text, "Sales"), Label::Official);
    let text = "Most voters agreed, according to pollsters Kestrel Insight.";
    assert_eq!(label_of(text, "voters"), Label::Official);
    let text = "Mexican outfit Blue Herons Veracruz hope to sign the striker.";
    assert_eq!(label_of(text, "striker"), Label::Official);
}

/// "BMW is hopeful of a much better year", "was positive about the plan":
/// a stance on something after "of" or "about".
#[test]
fn hopeful_of_and_positive_about_are_stances() {
    let text = "BMW is hopeful of a much better year in Asia.";
    assert_eq!(label_of(text, "Asia"), Label::Official);
    let text = "Jo Vale was positive about the plan.";
    assert_eq!(label_of(text, "plan"), Label::Named);
}

/// "TVs in high demand", "How dare people suggest": goods sought, and a
/// modal that is no part of its subject.
#[test]
fn goods_in_demand_are_no_claim_and_dare_is_no_part_of_the_source() {
    assert_last_sentences_unattributed(&["Flat-screen TVs were in high demand during January."]);
    let text = "How dare people suggest we are lazy?";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["people"]);
}

/// "Moody's said", "Foster's said": a firm whose name ends in "'s" speaks,
/// and the lists know it by that name.
#[test]
fn firms_named_in_the_possessive_speak_as_firms() {
    for text in [
        "Moody's said the outlook was stable.",
        "Foster's said a merger would create a global player.",
    ] {
        let report = audit(text);
        let s = &report.sentences[0];
        assert_eq!(s.label, Label::Official, "{text}");
        assert!(s.attributions[0].source.text.ends_with("'s"), "{text}");
    }
}

/// "has been backed by Sir John Stevens", "the Court of Appeal backed the
/// powers": a stance; "backed down", "backed by loans" are none.
#[test]
fn backed_reports_a_stance_with_an_object_or_an_agent() {
    let text = "The demands have been backed by former Police Commissioner Sir Tom Vale.";
    assert_eq!(label_of(text, "demands"), Label::Official);
    let text = "The Court of Appeal backed the ministry's powers.";
    assert_eq!(label_of(text, "powers"), Label::Official);
    assert_last_sentences_unattributed(&[
        "Labour backed down.",
        "The bid was backed by loans from three banks.",
        "A bank backed by the state collapsed.",
    ]);
}

/// "has thrown his support behind the scheme", "has given her approval to
/// the film": a stance given.
#[test]
fn support_thrown_behind_and_approval_given_are_stances() {
    let text = "Songwriter Jo Vale has thrown his support behind the scheme.";
    assert_eq!(label_of(text, "scheme"), Label::Named);
    let text = "Actress Ann Lee has given her approval to the film.";
    assert_eq!(label_of(text, "film"), Label::Named);
}

/// "Axa blamed", "Saab has said": firms the news names by one word.
#[test]
fn one_word_firms_speak_as_firms() {
    let text = "Axa blamed a weak stock market for the cut.";
    assert_eq!(label_of(text, "cut"), Label::Official);
}

/// "A panel of experts said ... The panel insisted": "the panel" stands for
/// the unnamed body introduced, as unnamed as then.
#[test]
fn the_panel_after_a_panel_of_experts_is_anonymous() {
    let text = "A panel of experts said gaming was growing. The panel also insisted that casual gamers were not just women.";
    assert_eq!(label_of(text, "insisted"), Label::Anonymous);
    let text = "A team of researchers found that coffee helps. The team said more work was needed.";
    assert_eq!(label_of(text, "more work"), Label::Anonymous);
}

/// "It would not confirm that he was among them", "A spokesman said Downing
/// Street had no comment to make": comments declined ("did not confirm
/// their status" is a deed told).
#[test]
fn confirmation_withheld_and_no_comment_said_are_no_claims() {
    assert_last_sentences_unattributed(&[
        "The police unit named eight singers. It would not confirm that Tom Vale was among them.",
        "A spokesman said Downing Street had no comment to make.",
    ]);
}

/// "a professor likened to Indiana Jones", "the hit show": the writer's
/// comparison and a programme; "Tom Vale likened the plan to theft" is his.
#[test]
fn a_likeness_told_and_a_hit_show_are_no_claims() {
    assert_last_sentences_unattributed(&[
        "Its hero is a Harvard professor likened to Indiana Jones.",
        "It was made by the producer of the hit show Harbour Nights.",
    ]);
    let text = "Tom Vale likened the plan to theft.";
    assert_eq!(label_of(text, "theft"), Label::Named);
    let text = "Footage from the game shows that students wore flags.";
    assert_ne!(label_of(text, "flags"), Label::Unattributed);
}

/// "Lockheed said", "France's Snecma has said": firms the lists now know.
#[test]
fn aerospace_firms_speak_as_firms() {
    let text = "Lockheed said it had signed an agreement with the state maker.";
    assert_eq!(label_of(text, "agreement"), Label::Official);
}

/// "is set to call for a fine", "is expected to urge": a stance about to
/// be taken ("is due to announce his team" tells no words).
#[test]
fn a_stance_about_to_be_taken_is_a_claim() {
    let text = "Tom Vale is set to call for a maximum fine.";
    assert_eq!(label_of(text, "fine"), Label::Named);
    assert_last_sentences_unattributed(&["Tom Vale is due to announce his team."]);
}

/// "A Republican senator from Kansas, Sam Brownback,": an office with "a",
/// then its holder's full name, names the holder by office.
#[test]
fn an_office_with_a_then_its_holder_is_official() {
    let text = "A Republican senator from Kansas, Tom Vale, is set to call for a fine.";
    assert_eq!(label_of(text, "fine"), Label::Official);
}

/// "has been reluctant to approve it", "was keen not to talk about it":
/// stances on acting.
#[test]
fn reluctant_and_keen_not_to_are_stances() {
    for text in [
        "Tom Vale has been reluctant to approve it.",
        "Tom Vale was keen not to talk about a Grand Slam.",
    ] {
        assert_eq!(label_of(text, "Tom Vale"), Label::Named, "{text}");
    }
}

/// "paid tribute to his side", "launches attack on Blair": praise and
/// attack are speech; "Mixed signals from French economy" is none.
#[test]
fn tributes_and_attacks_are_speech_and_mixed_signals_none() {
    let text = "Tom Vale paid tribute to his side after they won.";
    assert_eq!(label_of(text, "side"), Label::Named);
    let text = "Lord Vale launched a scathing attack on the government.";
    assert_eq!(label_of(text, "government"), Label::Named);
    assert_last_sentences_unattributed(&["Mixed signals from French economy"]);
}

/// "The woman reported the allegations": a person by a plain noun, right
/// before the verb, whom no one named stands for, is unidentified.
#[test]
fn an_unresolved_plain_person_noun_is_anonymous() {
    let text = "The woman reported the allegations to police last month.";
    assert_eq!(label_of(text, "allegations"), Label::Anonymous);
}

/// "The problem, said Jo Lee, head of Acme, is cost": a post between
/// commas after an inverted tag belongs to the source, which it makes
/// official, whatever follows.
#[test]
fn a_post_between_commas_after_an_inverted_tag_is_the_sources() {
    let text = "The problem they face, said Jo Lee, head of firm Acme, is educating people.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(sources_of(s), ["Jo Lee, head of firm Acme"]);
    assert_eq!(s.label, Label::Official);
    let text = "The firm is big, said Jo Lee, chief executive of Acme, adding that it grew.";
    assert_eq!(label_of(text, "grew"), Label::Official);
}

/// "is also impressed with the pack", "was happy with his form": a stance
/// on a thing; "was filled with smoke" is none.
#[test]
fn a_feeling_with_a_thing_is_a_stance() {
    let text = "Tom Vale is also impressed with the pack's strength in depth.";
    assert_eq!(label_of(text, "depth"), Label::Named);
    let text = "Ann Lee was happy with her form.";
    assert_eq!(label_of(text, "form"), Label::Named);
    assert_last_sentences_unattributed(&["The room was filled with smoke."]);
}

/// "the IMF foresees", "has thrown their weight behind", "A post-mortem
/// ... showed": a forecast, a stance given, a finding with no author.
#[test]
fn forecasts_weight_thrown_and_post_mortems() {
    let text = "The IMF foresees a positive contribution to the balance.";
    assert_eq!(label_of(text, "balance"), Label::Official);
    let text = "The IRFU has thrown their weight behind Tom Vale.";
    assert_eq!(label_of(text, "Vale"), Label::Official);
    let text = "A post-mortem carried out on the pilot showed there was alcohol in his body.";
    assert_eq!(label_of(text, "alcohol"), Label::Anonymous);
}

/// "These developments lead some to suggest": the object of a causative in
/// its base form speaks.
#[test]
fn the_object_of_lead_to_speaks() {
    let text = "These developments lead some to suggest that dance was finished.";
    assert_eq!(label_of(text, "dance"), Label::Anonymous);
}

/// "a research fellow in charge of mobile TV at LG": a post, whose "charge"
/// accuses no one, so the description stays the source's.
#[test]
fn in_charge_of_is_a_post() {
    let text = "Jo Lee, a research fellow in charge of mobile TV at Harbour Electronics, said: \"It is fast.\"";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Quoted);
    assert!(sources_of(s)[0].ends_with("Harbour Electronics"));
}

/// "Nokia is backing DVB-H": the progressive with its auxiliary is a
/// stance; "is backing down" and "the super PAC backing Jeb Bush" are none.
#[test]
fn is_backing_is_a_stance_but_not_backing_down() {
    let text = "Nokia is backing the rival format.";
    assert_eq!(label_of(text, "format"), Label::Official);
    assert_last_sentences_unattributed(&[
        "Labour is backing down.",
        "The super PAC backing Tom Vale bought more ads.",
    ]);
}

/// "the Land Registry said", "according to Exhibitor Relations": bodies
/// and firms the lists now know.
#[test]
fn registries_and_trackers_speak_as_bodies() {
    let text = "House prices rose 11.8%, the Land Registry said.";
    assert_eq!(label_of(text, "prices"), Label::Official);
    let text = "It is the ninth film to hit the mark, according to Exhibitor Relations.";
    assert_eq!(label_of(text, "ninth"), Label::Official);
}

/// "Zinaida Brenner ... Brenner looked tired. \"...,\" she said": a surname
/// opening a sentence, of a name no list knows, is that person and the
/// subject a pronoun after takes up, before the last source.
#[test]
fn an_unlisted_surname_opening_a_sentence_is_its_subject() {
    let text = "Marta Kozlova beat Zinaida Brenner 6-3 6-4 on Tuesday. Kozlova said: \"I served well.\" Brenner looked tired after the match. \"I made too many mistakes,\" she said.";
    let report = audit(text);
    let s = sentence(&report, text, "mistakes");
    assert_eq!(s.attributions[0].source.resolved, Some("Zinaida Brenner"));
}

/// "Hurricane Orlan ... Orlan killed", "Dundee United ... United doubled":
/// a storm's or a club's name is no person's, whose deeds would be claims.
#[test]
fn storms_and_clubs_are_no_persons() {
    assert_last_sentences_unattributed(&[
        "The damage recalled Hurricane Orlan in 1998. Orlan killed about 3,000 people.",
        "Fans of Dundee United cheered. United doubled their lead after the break.",
    ]);
}

/// "Leicester wing Austin Healey said": a player's position ending in
/// "-ing" is a noun of the person, no participle after the club.
#[test]
fn a_wing_is_a_player_not_a_participle() {
    let text = "Leicester wing Austin Healey said he was fit.";
    let report = audit(text);
    let a = &report.sentences[0].attributions[0];
    assert_eq!(a.source.resolved, Some("Austin Healey"));
}

/// "the company forecast sales growth of 5%": "forecast" before its object
/// is the body's verb; "the company forecast was cut" is a noun.
#[test]
fn a_body_forecast_with_an_object_is_its_claim() {
    let text = "Looking ahead, the company forecast sales growth of between 3% and 5%.";
    assert_eq!(label_of(text, "growth"), Label::Official);
    assert_last_sentences_unattributed(&["The company forecast was cut."]);
}

/// "made a prediction that", "a crestfallen Mr Lim confided": a prediction
/// made and a confidence are claims.
#[test]
fn predictions_made_and_confidences_are_claims() {
    let text =
        "Chris Dean, Sonata's European president, made a prediction that sales would double.";
    assert_eq!(label_of(text, "double"), Label::Official);
    let text = "\"I just could not think,\" a crestfallen Mr Lim confided in the presenter.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Quoted);
    assert_eq!(sources_of(&report.sentences[0]), ["Mr Lim"]);
}

/// "has shrugged off the defection", "has set his sights on", "saluted",
/// "sounded confident they would": dismissals, aims, praise and feelings
/// shown are positions; "shrugged off a nervous start" is a deed.
#[test]
fn dismissals_aims_praise_and_feelings_shown_are_positions() {
    let text = "The minister has also shrugged off the defection of one of his MPs.";
    assert_eq!(label_of(text, "defection"), Label::Official);
    let text = "Dan Cole has set his sights on running quicker than ever.";
    assert_eq!(label_of(text, "quicker"), Label::Named);
    let text = "Coach Jim Wells saluted the outstanding work of his forwards.";
    assert_eq!(label_of(text, "forwards"), Label::Named);
    let text = "After the hearing, the athletes sounded confident they would be cleared.";
    assert_eq!(label_of(text, "cleared"), Label::Anonymous);
    assert_last_sentences_unattributed(&[
        "Rob Soder shrugged off a nervous start to take the opening set.",
    ]);
}

/// "Labour faces 'cold calls' inquiry", "the rules on "cold calling"
/// householders": a short term in quotation marks before the noun it
/// modifies is a term, no quotation; "will find out "within a month"
/// whether" is one.
#[test]
fn a_quoted_term_before_its_noun_is_no_quotation() {
    assert_last_sentences_unattributed(&[
        "Labour faces 'cold calls' inquiry",
        "The party broke the rules on \"cold calling\" householders.",
        "Facebook had switched on its \"safety check\" feature for people in Nice.",
    ]);
    let text = "Mr Brown said the club would decide \"within a month\" whether to renew the deal.";
    assert_eq!(label_of(text, "renew"), Label::Quoted);
}

/// "Blackburn have rejected a third bid": a bare name before a plural verb
/// is a club's or a firm's, speaking as such; "Insurers have sought" is no
/// name.
#[test]
fn a_name_before_a_plural_verb_is_a_body() {
    let text = "Burnmouth have rejected a third bid from Rangers for their captain.";
    assert_eq!(label_of(text, "captain"), Label::Official);
    let text = "Insurers have sought to calm fears of huge losses.";
    assert_ne!(label_of(text, "losses"), Label::Official);
}

/// "were deeply suspicious of", "led an attack on" are positions.
#[test]
fn suspicions_and_attacks_led_are_positions() {
    let text = "Investors were deeply suspicious of the new president.";
    assert_eq!(label_of(text, "president"), Label::Anonymous);
    let text = "Open-source founder Lina Tor led an attack on software patents.";
    assert_eq!(label_of(text, "patents"), Label::Named);
}

/// "is a fierce advocate of", "has been a leading advocate of": an
/// advocate's stance; "the advocate of the accused" is a post.
#[test]
fn an_advocate_of_holds_a_stance() {
    let text = "Roy Hodge is a fierce advocate of the winter break.";
    assert_eq!(label_of(text, "winter"), Label::Named);
    assert_last_sentences_unattributed(&["The advocate of the accused left early."]);
}

/// "poured cold water on", "distanced himself from", "sets sights on": a
/// dismissal, a distance taken and an aim are positions.
#[test]
fn cold_water_distance_and_sights_are_positions() {
    let text = "However the bank recently poured cold water on those suggestions.";
    assert_eq!(label_of(text, "suggestions"), Label::Official);
    let text = "Then-vice president Al Gore also distanced himself from the president.";
    assert_eq!(label_of(text, "Gore"), Label::Official);
    let text = "Smith sets sights on world title";
    assert_eq!(label_of(text, "title"), Label::Named);
}

/// "Veritas says it hopes", "Sina said its shares": a one-word name no list
/// knows, whose words call the speaker "it", is a body's; "Smith said it
/// was fine" and "Andy Robinson ... Robinson said its" stay a person's.
#[test]
fn a_name_that_speaks_of_itself_as_it_is_a_body() {
    let text = "Varitas says it hopes to contest most seats.";
    assert_eq!(label_of(text, "seats"), Label::Official);
    let text = "Smith said it was fine.";
    assert_eq!(label_of(text, "fine"), Label::Named);
    let text = "Andy Rolfe ran the review. Rolfe said its findings must not be ignored.";
    assert_eq!(label_of(text, "ignored"), Label::Named);
}

/// "Campbell lifts lid on United feud", "has lifted the lid on": a
/// disclosure; "The clubs have pledged": clubs are a group of bodies.
#[test]
fn lids_lifted_and_clubs_pledging() {
    let text = "Sol Cardew has lifted the lid on the scenes after the match.";
    assert_eq!(label_of(text, "scenes"), Label::Named);
    let text = "The clubs have pledged to co-operate with the inquiry.";
    assert_eq!(label_of(text, "inquiry"), Label::Anonymous);
}

/// "The 27-year-old, who captained the side last year, said": an age
/// before a relative clause between commas is the source, the person the
/// article named, not a word after the verb.
#[test]
fn an_age_before_a_relative_clause_is_the_source() {
    let text = "Paul Scully will lead the side. The 27-year-old, who captained the club to the cup last year, said following his friend would be a challenge.";
    let report = audit(text);
    let s = sentence(&report, text, "challenge");
    assert_eq!(s.label, Label::Named);
    assert_eq!(sources_of(s), ["The 27-year-old"]);
    assert_eq!(s.attributions[0].source.resolved, Some("Paul Scully"));
}

/// "said during the Games that", "said following the match": a phrase of
/// time after the verb is no inverted speaker.
#[test]
fn a_phrase_of_time_after_the_verb_is_no_speaker() {
    assert_last_sentences_unattributed(&[
        "It was a shock, said following the match.",
        "Speaking at the launch, said during the Games that he was hurt.",
    ]);
}

/// "The newspaper, citing unnamed sources, said the minister quit": after a
/// participle's aside, a short phrase of "the" and its noun is the subject,
/// not the words after the verb.
#[test]
fn the_subject_before_a_citing_aside_speaks() {
    let text = "The newspaper, citing unnamed sources, said the minister quit.";
    let report = audit(text);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["unnamed sources", "The newspaper"]
    );
}

/// "distanced himself from the posters, which critics claimed were
/// "racist"": a relative clause's claim or belief is its own attribution,
/// not the content of the stance before it.
#[test]
fn a_relative_clause_claim_after_a_stance_is_its_own() {
    let text =
        "Mr Hale also distanced himself from the leaflets, which critics claimed were \"cruel\".";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(sources_of(&report.sentences[0]), ["Mr Hale", "critics"]);
}

/// "an analyst at CL King & Associates": a title word that is part of a
/// firm's name (before "&", after initials) makes no office; "Labour MP
/// King" still holds one.
#[test]
fn a_title_word_in_a_firms_name_is_no_office() {
    let text = "Jo Marsh, a retail analyst at CL King & Associates, said more bids would come.";
    assert_eq!(label_of(text, "bids"), Label::Named);
    let text = "Jo Marsh, an analyst at Bishop & Co, said more bids would come.";
    assert_eq!(label_of(text, "bids"), Label::Named);
    let text = "Labour MP King said more bids would come.";
    assert_eq!(label_of(text, "bids"), Label::Official);
}

/// "Mr Schroeder had originally come into office promising to": the
/// participle after taking office is the subject's promise.
#[test]
fn a_promise_made_on_taking_office_is_the_subjects() {
    let text = "Mr Hartmann had originally come into office promising to halve unemployment.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Named);
    assert_eq!(sources_of(&report.sentences[0]), ["Mr Hartmann"]);
    let text = "Ms Ochoa took office pledging to cut the deficit.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["Ms Ochoa"]);
}

/// ", local press reports.": "press" is no plural, so the verb closing the
/// sentence after it is a tag; "press charges" mid-sentence stays a noun.
#[test]
fn the_press_reports_as_a_closing_tag() {
    let text = "Riots broke out over fuel prices, local press reports.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(sources_of(&report.sentences[0]), ["local press"]);
    assert_last_sentences_unattributed(&["The fight ended before anyone could press charges."]);
}

/// "The index rose, with many investors optimistic that ...": a group in
/// an absolute phrase after ", with" holds the feeling about a claim, and
/// "with" is no part of the group's words; "with rates likely to rise"
/// holds none.
#[test]
fn a_group_feeling_in_an_absolute_phrase_is_a_claim() {
    let text = "Shares jumped, with many traders hopeful that the strike would end soon.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(sources_of(&report.sentences[0]), ["many traders"]);
    let text = "Shares fell, with dealers worried that rates will rise.";
    let report = audit(text);
    assert_eq!(sources_of(&report.sentences[0]), ["dealers"]);
    assert_last_sentences_unattributed(&["Shares fell, with rates likely to rise."]);
}

/// "a school known then as the "Eton of the valleys"": a name given after
/// "known ... as the" is no one's words, nor does the last speaker's
/// quotation run into it.
#[test]
fn a_name_known_as_the_is_no_quotation() {
    let text = "\"I came for practical reasons,\" he said. Born in Tredegar, he went to Lewis School in nearby Pengam, known then as the \"Harrow of the hills\".";
    assert_eq!(label_of(text, "Pengam"), Label::Unattributed);
}

/// "one of their frontbenchers has predicted": a frontbencher or a
/// backbencher sits in a legislature, an office holder (unnamed here).
#[test]
fn frontbenchers_and_backbenchers_hold_seats() {
    let text = "The party is set for its best results, one of its frontbenchers has predicted.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["one of its frontbenchers"]
    );
    let text = "Tory backbencher Ann Ridley said the plan was flawed.";
    assert_eq!(label_of(text, "flawed"), Label::Official);
}

/// "..., the BBC's political editor Andrew Marr has learned.": the outlet
/// may stand a post and a name before the reporter's "has learned".
#[test]
fn an_outlets_editor_named_has_learned() {
    let text = "The vote will be held in May, the BBC's political editor Ann Marr has learned.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Named);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["the BBC's political editor Ann Marr"]
    );
}

/// "Industry watchers took this to mean that", "as some try to suggest",
/// "specified that", "has no objection in principle to", "kept an open
/// mind about": readings, suggestions and positions held.
#[test]
fn readings_suggestions_and_objections_are_claims() {
    let text = "Industry watchers took this to mean that the console will be cheap.";
    assert_eq!(label_of(text, "cheap"), Label::Anonymous);
    let text =
        "It matters little whether the feud is real or, as some try to suggest, mere gossip.";
    assert_eq!(label_of(text, "gossip"), Label::Anonymous);
    let text = "The Varnok Group has no objection in principle to being bought out.";
    assert_eq!(label_of(text, "bought"), Label::Official);
    let text = "Clara Voss kept an open mind about the merger.";
    assert_eq!(label_of(text, "merger"), Label::Named);
}

/// "The magazine staff specified that", "His staff said": staff are a group
/// of people, unnamed.
#[test]
fn staff_are_an_unnamed_group() {
    let text = "The magazine staff specified that gadgets needed to be small.";
    assert_eq!(label_of(text, "gadgets"), Label::Anonymous);
    let text = "Jon Arden spoke first. His staff said he was tired.";
    assert_eq!(label_of(text, "tired"), Label::Anonymous);
}

/// "She added she could not say whether ...": a refusal to say, like one
/// to comment, holds no claim.
#[test]
fn could_not_say_whether_is_no_comment() {
    assert_last_sentences_unattributed(&[
        "Ann Cole runs the airline. She added she could not say whether the flights would resume.",
        "A spokesman said he could not say whether the talks would go on.",
    ]);
}

/// "Ireland coach Eddie O'Sullivan heaped praise on Italy after seeing
/// his side stutter": praise heaped is a claim of the one who heaps it.
#[test]
fn praise_heaped_is_a_claim() {
    let text =
        "Ireland coach Ed Sallis heaped praise on Italy after seeing his side stutter to a win.";
    assert_eq!(label_of(text, "Italy"), Label::Named);
}

/// "Russian Dmitriy Bogdanov claimed": a nationality before a given name
/// and a surname names a person, not a firm as "Russian Railways" does.
#[test]
fn a_nationality_before_a_given_name_is_a_persons() {
    let text = "Russian Dmitriy Volkov claimed the race would be close.";
    assert_eq!(label_of(text, "close"), Label::Named);
    let text = "Russian Railways claimed the line would be ready.";
    assert_eq!(label_of(text, "ready"), Label::Official);
}

/// "The two firms say", "Both clubs have pledged": firms counted with
/// "the" or "both" are the ones the article named, bodies speaking as such;
/// "both newspapers said", outlets; "Two firms said" are unnamed.
#[test]
fn the_two_firms_are_the_named_ones() {
    let text = "Labour's campaign, both newspapers said, would centre on the economy.";
    assert_eq!(label_of(text, "economy"), Label::Named);
    let text =
        "Tarvo Motors struck a deal with Lumen. The two firms say they expect to seal it by May.";
    assert_eq!(label_of(text, "seal"), Label::Official);
    let text = "Both clubs have pledged to co-operate with the inquiry.";
    assert_eq!(label_of(text, "inquiry"), Label::Official);
    let text = "Two firms said they would appeal.";
    assert_eq!(label_of(text, "appeal"), Label::Anonymous);
}

/// "For the Liberal Democrats, Sir Menzies Campbell said": a name right
/// after an opening "For" and a body's name speaks for the body, and the
/// quotation after stays hers; "For Liverpool, Smith said" is only named.
#[test]
fn a_name_after_for_a_party_speaks_for_it() {
    let text = "For the Liberal Democrats, Sir Hugh Brack said the rules must change.";
    assert_eq!(label_of(text, "rules"), Label::Official);
    let text = "Ray Tamm, health spokesman, said: \"It is the same target.\" For the Lib Dems, Kirsty Wynne called it \"hugely unambitious\". \"It leaves patients waiting two years.\"";
    let report = audit(text);
    let s = sentence(&report, text, "leaves patients");
    assert_eq!(sources_of(s), ["Kirsty Wynne"]);
    let text = "For Liverpool, Smith said this was vital.";
    assert_eq!(label_of(text, "vital"), Label::Named);
}

/// "According to a new book, Brown's Britain, ...": a document given its
/// title between commas is identified, and so is "the book" after it; "a
/// report, Smith said" stays a report with no author.
#[test]
fn a_document_with_its_title_is_identified() {
    let text = "According to a new book, Grey Towers, the minister broke a pledge. He later changed his mind, according to the book.";
    let report = audit(text);
    assert_ne!(report.sentences[0].label, Label::Anonymous);
    assert_ne!(report.sentences[1].label, Label::Anonymous);
    let text = "According to a report, Smith said the plan failed.";
    assert_eq!(label_of(text, "failed"), Label::Anonymous);
}

/// "The court held that ...": a court's holding is its position; "held
/// that view" holds no clause.
#[test]
fn a_court_holding_is_a_claim() {
    let text = "The court held that the band had paid its licence fee.";
    assert_eq!(label_of(text, "licence"), Label::Official);
    assert_last_sentences_unattributed(&["He held that view for years."]);
}

/// "Mr Mulligan was not entirely convinced by these explanations": a
/// verdict on what others claimed is a stance of the person known.
#[test]
fn not_convinced_by_an_explanation_is_a_stance() {
    let text = "Mark Dunnigan is an analyst. However Mr Dunnigan was not entirely convinced by these explanations.";
    assert_eq!(label_of(text, "explanations"), Label::Named);
}

/// "A senior barrister who has resigned in protest over the laws says":
/// after a relative clause, "says" is the verb, not a plural after a
/// participle or a noun.
#[test]
fn says_after_a_relative_clause_is_the_verb() {
    let text = "A senior barrister who has resigned in protest over the new laws says the system is unfair.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(
        sources_of(&report.sentences[0]),
        ["A senior barrister who has resigned in protest over the new laws"]
    );
}

/// "People protested outside the Daily Mail after it backed the plan":
/// "it" in a clause that "after" or "which" opens is the body named before
/// it in the sentence, not one cited sentences before.
#[test]
fn it_in_a_later_clause_is_the_body_named_in_the_sentence() {
    let text = "The Green Party released a statement on Monday. About forty people marched outside the Daily Mail after it backed the new runway. Shares in Tesco rose 3% on Friday after it said sales had recovered.";
    let report = audit(text);
    let s = sentence(&report, text, "marched");
    assert_eq!(s.attributions[0].source.resolved, Some("Daily Mail"));
    assert_eq!(s.label, Label::Named);
    let s = sentence(&report, text, "recovered");
    assert_eq!(s.attributions[0].source.resolved, Some("Tesco"));
    // (Cited in the sentence already: the one cited, not a body after it.)
    let text = "The Green Party released a statement on Monday. Canada has asked the United Nations to review the fishing quotas, which it says are unfair.";
    let report = audit(text);
    let s = sentence(&report, text, "unfair");
    assert!(s
        .attributions
        .iter()
        .all(|a| a.source.resolved != Some("United Nations")));
    // (A tag's "it" is the body cited before: "..., it noted.")
    let text = "The bank published its annual review on Monday. The Treasury, in particular, was tightening the rules in 2005, it noted.";
    let report = audit(text);
    let s = sentence(&report, text, "noted");
    assert_ne!(s.attributions[0].source.resolved, Some("Treasury"));
}

/// "Housebuilder Wimpey said", "Oil refiner Petrax said": a builder's or a
/// refiner's name is a firm's.
#[test]
fn builders_and_refiners_are_firms() {
    for text in [
        "Housebuilder Marlowe said profits rose by a fifth.",
        "Oil refiner Petrax said profits rose by a fifth.",
        "Shipbuilder Harland said profits rose by a fifth.",
    ] {
        assert_eq!(label_of(text, "profits"), Label::Official, "{text}");
    }
}

/// "Wimpey shares rose", "Wimpey's shares": a name whose shares trade is a
/// firm's, official when it speaks later ("Shares in Wimpey" already was).
#[test]
fn a_name_before_its_shares_is_a_firm() {
    for text in [
        "Marlowe shares rose 3% in early trading. Marlowe said profits rose by a fifth.",
        "Marlowe's shares rose 3% in early trading. Marlowe said profits rose by a fifth.",
    ] {
        assert_eq!(label_of(text, "profits"), Label::Official, "{text}");
    }
    let text = "Jones shares a flat with two friends. Jones said the rent was too high.";
    assert_eq!(label_of(text, "rent"), Label::Named);
}

/// "The local party chairman made similar comments", "made the remarks in
/// an interview": words said, told as made.
#[test]
fn comments_made_are_a_claim() {
    let text = "But the local party chairman made similar comments on Friday.";
    assert_eq!(label_of(text, "comments"), Label::Official);
    let text = "Dana Whitfield made the remarks in a radio interview.";
    assert_eq!(label_of(text, "remarks"), Label::Named);
}

/// "Kennedy attacked Mr Brown for failing to mention the environment": an
/// attack for a deed is criticism; troops attacking a town for days, or
/// the attacks as a noun, are not.
#[test]
fn an_attack_for_a_deed_is_criticism() {
    let text =
        "Green Party leader Ann Lowe attacked Mr Brown for failing to mention the environment.";
    assert_eq!(label_of(text, "environment"), Label::Official);
    let text = "She attacked the council for its handling of the floods.";
    assert_ne!(label_of(text, "floods"), Label::Unattributed);
    assert_last_sentences_unattributed(&[
        "Rebels attacked the convoy for the second time.",
        "Candidates have wasted little time since the attacks articulating their plans for fighting crime.",
    ]);
}

/// "Yukos is bullish about its chances", "still harbours hopes of a place":
/// a stance and a hope are claims of their holder.
#[test]
fn bullishness_and_hopes_harboured_are_stances() {
    let text = "Tesco is bullish about its chances in the market.";
    assert_eq!(label_of(text, "chances"), Label::Official);
    let text = "Former captain Dan Rees still harbours hopes of a place on the tour.";
    assert_eq!(label_of(text, "tour"), Label::Named);
}

/// "The companies said" after an article named two firms: the firms named,
/// speaking as bodies; with one firm or none named, unnamed companies.
#[test]
fn the_companies_after_firms_named_are_those_firms() {
    let text = "Regulators fined Barclays and HSBC on Monday. The companies said they had done nothing wrong. They also said they would appeal.";
    let report = audit(text);
    assert_eq!(label_of(text, "nothing wrong"), Label::Official);
    assert_eq!(report.sentences[2].label, Label::Official);
    let text =
        "Regulators fined Barclays on Monday. The companies said they had done nothing wrong.";
    assert_eq!(label_of(text, "nothing wrong"), Label::Anonymous);
    let text = "Prices rose on Monday. The firms said they had done nothing wrong.";
    assert_eq!(label_of(text, "nothing wrong"), Label::Anonymous);
}

/// "Airlines fear that", "Low-cost airlines have criticised": a trade in
/// the plural, capitalised only because it opens the sentence, is firms
/// nobody named; "Continental Airlines said" is one firm.
#[test]
fn a_trade_in_the_plural_opening_a_sentence_is_unnamed() {
    let text = "Airlines fear that bad weather may not be covered.";
    assert_eq!(label_of(text, "weather"), Label::Anonymous);
    let text = "Low-cost airlines have criticised the new compensation levels.";
    assert_eq!(label_of(text, "levels"), Label::Anonymous);
    let text = "Continental Airlines said fares would rise.";
    assert_eq!(label_of(text, "fares"), Label::Official);
}

/// "Swank was full of praise for her director": praise given is a stance.
#[test]
fn full_of_praise_is_a_stance() {
    let text = "Dana Whitfield, too, was full of praise for her director.";
    assert_eq!(label_of(text, "director"), Label::Named);
    assert_last_sentences_unattributed(&["The soup was full of flavour."]);
}

/// "MTV has been criticised for \"incessant sleaze\" by campaigners": the
/// agent after what the judged is criticised for; not a means, an amount
/// or the agent of a passive inside that phrase.
#[test]
fn the_agent_after_what_one_is_criticised_for_is_the_source() {
    let text = "The channel has been criticised for \"endless sleaze\" by television campaigners in the US.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Anonymous);
    assert_eq!(sources_of(&report.sentences[0]), ["television campaigners"]);
    assert_last_sentences_unattributed(&[
        "The firm was praised for cutting costs by 10%.",
        "The campaign was criticised for being pushed into retreat by Mr Hale on crime.",
    ]);
}

/// "He remains optimistic of going further": optimism about a prospect is
/// a stance, after "of" or "about" as after "that".
#[test]
fn optimism_of_a_prospect_is_a_stance() {
    let text = "Dan Rees lost in the quarter-finals. But he remains optimistic of going further next year.";
    assert_eq!(label_of(text, "further"), Label::Named);
    let text = "Dan Rees remains pessimistic about the club's chances.";
    assert_eq!(label_of(text, "chances"), Label::Named);
}

/// "The argument was dismissed as \"absurd\" by Justice Hale": the agent
/// after what the dismissal calls it.
#[test]
fn dismissed_as_something_by_an_agent() {
    let text = "But the argument was dismissed as \"absurd\" by Justice Anna Hale.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Quoted);
    assert_eq!(sources_of(&report.sentences[0]), ["Justice Anna Hale"]);
}

/// "Opec's recent announcement that it was unlikely to cut output": an
/// announcement, a declaration or a denial owned by its maker, as a claim is.
#[test]
fn an_owned_announcement_is_a_claim() {
    let text = "Meanwhile, oil cartel Opec's recent announcement that it would not cut output failed to calm the market.";
    assert_eq!(label_of(text, "output"), Label::Official);
    assert_last_sentences_unattributed(&[
        "The announcement that the plant would close came on Monday.",
    ]);
}

/// "The 25-year-old Dubliner underlined his intention to stay": an
/// intention underlined or signalled is a stance; a Dubliner, like a
/// Londoner, is the person the article named.
#[test]
fn an_intention_underlined_is_a_stance_of_the_person_named() {
    let text = "Sean Kelly has been linked with a move to Spain. But the 25-year-old Dubliner underlined his intention to stay at the club.";
    let report = audit(text);
    let s = sentence(&report, text, "intention");
    assert_eq!(s.label, Label::Named);
    assert_eq!(s.attributions[0].source.resolved, Some("Sean Kelly"));
}

/// "The online auction house thinks that": an auction house is a body.
#[test]
fn an_auction_house_is_a_body() {
    let text = "The online auction house thinks that its loyal users could be influential.";
    assert_eq!(label_of(text, "loyal"), Label::Official);
}

/// "Shanda said that it may boost its stake": a one-word name that says
/// what "it" will do is a firm's; "Kerr said it will be fine" says nothing
/// of Kerr.
#[test]
fn a_name_saying_what_it_will_do_is_a_firm() {
    let text = "Marlowe said that it may boost its stake in the rival.";
    assert_eq!(label_of(text, "stake"), Label::Official);
    let text = "Glenby said it will sell the plant next year.";
    assert_eq!(label_of(text, "plant"), Label::Official);
    for text in [
        "Kerr said it will be fine.",
        "Kerr said it would rain on Monday.",
    ] {
        assert_eq!(label_of(text, "Kerr"), Label::Named, "{text}");
    }
}

/// "Or so says Home Secretary Charles Clarke.": "so" before an inverted
/// tag sums up the words before it, as a comma would.
#[test]
fn so_says_is_an_inverted_tag() {
    let text = "There is a grave danger ahead. Or so says Home Secretary Ann Lowe.";
    let report = audit(text);
    let s = sentence(&report, text, "so says");
    assert_eq!(s.label, Label::Official);
    assert_eq!(sources_of(s), ["Home Secretary Ann Lowe"]);
}

/// "Researchers have found that": inquirers report a finding, as a study
/// does; "Users have found that the site works" tells what befell them.
#[test]
fn inquirers_finding_that_is_a_claim() {
    let text = "Researchers have found that the drug halves the risk.";
    assert_eq!(label_of(text, "drug"), Label::Anonymous);
    assert_last_sentences_unattributed(&["Users have found that the site still works."]);
}

/// "Leicester say they will not be rushed": a bare name before a verb of
/// saying in the plural is a team's, as before "have" or "are"; "Agassi
/// fear for Melbourne" is a headline's noun.
#[test]
fn a_name_before_a_plural_verb_of_saying_is_a_team() {
    let text = "Burnmouth say they will not be rushed into a bid.";
    assert_eq!(label_of(text, "rushed"), Label::Official);
    let text = "Burnmouth insist the striker is not for sale.";
    assert_eq!(label_of(text, "striker"), Label::Official);
}

/// "The organisers of the first grand slam of 2005 said": a year closing
/// the phrase counts nobody, unlike "a survey of 2,000 adults".
#[test]
fn a_year_after_of_is_no_tally() {
    let text = "The organisers of the spring open of 2005 said the champion was injured.";
    assert_eq!(label_of(text, "champion"), Label::Anonymous);
}

/// "Judge Rand Rubin said she must:" and a list of dashed items in the
/// paragraphs after: each item is the judge's words.
#[test]
fn a_list_after_a_saying_that_ends_in_a_colon_carries_it() {
    let text = "Judge Mary Doyle said he must:\n\n- Serve two years on probation\n - Pay a fine of $500\n\nThe case was heard in May.";
    let report = audit(text);
    for item in ["two years", "fine of"] {
        let s = sentence(&report, text, item);
        assert_eq!(s.label, Label::Official, "{item}");
        assert_eq!(sources_of(s), ["Judge Mary Doyle"], "{item}");
    }
    assert_eq!(label_of(text, "heard in May"), Label::Unattributed);
}

/// "often labeled as a “witch hunt” by Democrats", "was called \"one of the
/// biggest pirates\" by the sentencing judge": the agent after the name a
/// verb of naming gives; "what she called \"bullying\" tactics used by the
/// producers" is her word, and "hailed these as bold moves by people" an
/// active verb's object.
#[test]
fn the_agent_of_a_naming_after_the_name() {
    let text = "The inquiry drags on, often labeled as a \"witch hunt\" by Democrats.";
    assert_eq!(label_of(text, "inquiry"), Label::Anonymous);
    let text = "They struggled, later being described as \"pretty dull\" and \"strange and eerie\" by scouts who saw them live.";
    assert_eq!(label_of(text, "struggled"), Label::Anonymous);
    let text =
        "Dana Reeve quit the show over what she called \"bullying\" tactics used by the producers.";
    let report = audit(text);
    assert_eq!(sources_of(sentence(&report, text, "quit")), ["she"]);
}

/// "Solutions suggested by conservationists include": the plural opening
/// the sentence is what was suggested, no source.
#[test]
fn a_plural_before_a_participle_and_by_is_no_source() {
    let report = audit("Measures suggested by conservationists include cutting air travel.");
    let s = &report.sentences[0];
    assert!(
        s.attributions
            .iter()
            .all(|a| !a.source.text.starts_with("Measures")),
        "{s:?}"
    );
}

/// "Next has said its profit will fall" before "Next's shares fell": a
/// one-word name the article shows a firm later was that firm all along.
#[test]
fn a_name_shown_a_firm_later_was_one_before() {
    let text = "Next has said its annual profit will be lower. \"Sales were weak,\" the company said. Next's shares fell 3%.";
    assert_eq!(label_of(text, "annual profit"), Label::Official);
}

/// "Internet service provider Wanadoo has announced": a provider is a firm.
#[test]
fn a_provider_is_a_firm() {
    let text = "Internet service provider Fibrel has announced a new service.";
    assert_eq!(label_of(text, "new service"), Label::Official);
}

/// "according to the net telephony firm's website": a firm's own site, its
/// noun modified, is the firm's record.
#[test]
fn a_modified_firms_site_is_its_record() {
    let text = "Sales rose, according to the net telephony firm's website.";
    assert_eq!(label_of(text, "Sales"), Label::Official);
}

/// "Labour MPs joined the Tories in criticising the plan": the joiner's
/// stance; not a subject whose verb is another's ("it signals a phase in
/// which Democrats join Ann Ross in making the case").
#[test]
fn joining_someone_in_a_stance_is_the_joiners() {
    let text = "Labour MPs joined the Tories in criticising the plan.";
    assert_eq!(label_of(text, "criticising"), Label::Anonymous);
    let text = "Gordon Lyle has joined Tony Ware in condemning the attack.";
    let report = audit(text);
    assert_eq!(
        sources_of(sentence(&report, text, "condemning")),
        ["Gordon Lyle"]
    );
}

/// "won praise for saying", "came under fire for claiming": the stir the
/// subject's words made; "opened fire for fear" is no saying.
#[test]
fn a_stir_for_saying_is_the_subjects_words() {
    let text = "Tom Rigg won praise for saying the plan was unfair.";
    assert_eq!(label_of(text, "unfair"), Label::Named);
    let text = "Tom Rigg came under fire for claiming the referee was biased.";
    assert_eq!(label_of(text, "biased"), Label::Named);
    assert_last_sentences_unattributed(&["Officers opened fire for fear the man would attack."]);
}

/// "England claim Dubai Sevens glory": glory claimed is won.
#[test]
fn claiming_glory_is_winning() {
    assert_last_sentences_unattributed(&["Wales claim Hong Kong Sevens glory"]);
}

/// "the stereotypes that Alex talked about.": a verb whose preposition
/// ends the clause talks about the noun before it, and reports nothing;
/// "he went on." still tags the words before it.
#[test]
fn a_preposition_ending_the_clause_reports_nothing() {
    assert_last_sentences_unattributed(&[
        "Jo Lee is a singer. It would only reinforce the stereotypes that Lee talked about.",
    ]);
    let text = "Labour had failed on discipline, Hale went on.";
    assert_eq!(label_of(text, "discipline"), Label::Named);
}

/// "singled out Rees and Hart for special praise": praise given is the
/// speaker's stance, and a "he added" after it is still the speaker's.
#[test]
fn singling_out_for_praise_is_the_subjects_stance() {
    let text = "Coach Warren Gale was pleased. Gale also singled out flankers Tom Reed and John Hart for special praise. \
                \"They did very well,\" he added.";
    let report = audit(text);
    let praise = sentence(&report, text, "singled out");
    assert_eq!(sources_of(praise), ["Gale"]);
    let added = sentence(&report, text, "did very well");
    assert_eq!(added.attributions[0].source.resolved, Some("Warren Gale"));
}

/// "they were denied by some desperate defending": a person denied or
/// refused something suffers a deed; a claim denied is still a claim.
#[test]
fn a_person_denied_by_someone_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "Wasps pressed hard, but they were denied by some desperate defending from Irish.",
        "He was refused bail by the judge.",
    ]);
    let text = "The claim was denied by the company.";
    assert_eq!(label_of(text, "claim"), Label::Official);
}

/// "studies, which indeed say": an adverb between the relative word and
/// the verb is no source.
#[test]
fn an_adverb_before_the_verb_is_no_source() {
    let text = "The plan is backed by the ministry's own studies, which indeed say that the cost would fall.";
    let report = audit(text);
    let s = sentence(&report, text, "indeed");
    assert!(!sources_of(s).contains(&"indeed"), "{:?}", sources_of(s));
    assert_ne!(s.label, Label::Anonymous);
}

/// "according to the trade weekly": a weekly is an outlet.
#[test]
fn a_trade_weekly_is_an_outlet() {
    let text = "Twelve films were made last year, according to the trade weekly.";
    assert_eq!(label_of(text, "weekly"), Label::Named);
}

/// "Realising his error, Mr Cole then e-mailed Mr Fenn pointing out the
/// mistake": the writer of a message points out, not its reader, and an
/// opening participle's clause is not the subject.
#[test]
fn the_sender_of_a_message_says_what_it_points_out() {
    let text = "Adam Fenn is a producer. Realising his error, Mr Cole then e-mailed Mr Fenn pointing out the mistake. \
                He said: \"Not very good at this.\"";
    let report = audit(text);
    let pointing = sentence(&report, text, "pointing out");
    assert_eq!(sources_of(pointing), ["Mr Cole"]);
    let said = sentence(&report, text, "Not very good");
    assert_eq!(said.attributions[0].source.resolved, Some("Cole"));
    // (A name in "-ing" opening the sentence is its subject.)
    let text = "Groening recently heaped praise on the show, saying: \"Everybody is a fan.\"";
    let report = audit(text);
    assert_eq!(sources_of(sentence(&report, text, "fan")), ["Groening"]);
}

/// `"...," said Lee Baker, a retired teacher.`: an adjective in "-ed"
/// after the appositive's article is no verb of a clause.
#[test]
fn an_appositive_with_a_participle_adjective_keeps_the_speaker() {
    for text in [
        "\"I see no money in it,\" said Lee Baker, a retired teacher.",
        "\"I see no money in it,\" said Lee Baker, a certified financial planner and founder of a firm in Atlanta.",
    ] {
        let report = audit(text);
        let s = &report.sentences[0];
        assert_eq!(s.label, Label::Quoted, "{text}");
        assert_eq!(s.attributions[0].source.resolved, Some("Lee Baker"));
    }
    let text = "He said the laws contained safeguards.";
    assert_eq!(label_of(text, "laws"), Label::Named);
}

/// "a new “quick edit” feature": a name of two or three words in marks
/// before the noun it names a kind of is the writer's term; a judgment
/// in marks ("a “very productive” meeting", "the “unfair and inhumane”
/// system") is the speaker's words.
#[test]
fn a_quoted_name_before_its_noun_is_a_term() {
    let text = "Ann Cole said she will launch a new “quick edit” feature.";
    assert_eq!(label_of(text, "quick edit"), Label::Named);
    for text in [
        "Ann Cole said they had a “very productive” meeting.",
        "Ann Cole said the “unfair and inhumane” system must go.",
        "Ann Cole said the “forgotten majority” made up the backbone of the country.",
    ] {
        assert_eq!(label_of(text, "Cole"), Label::Quoted, "{text}");
    }
}

/// "said Nortel president and chief executive Bill Owens": two posts
/// joined by "and" before one name are one source ("the president and
/// his wife Laura" are two).
#[test]
fn posts_joined_before_a_name_are_one_source() {
    let text = "\"We are done,\" said Acme president and chief executive Bill Owens.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.attributions[0].source.resolved, Some("Bill Owens"));
    assert_eq!(s.attributions[0].source.role, Role::Official);
    let text = "\"We are done,\" said the president and his wife Laura.";
    let report = audit(text);
    assert_ne!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Laura")
    );
}

/// `"...," comments Robin Biesbroek` and `"...," Smith testified.`: tags
/// of a quotation; "his comments" and "After Clinton testified," are not.
#[test]
fn comments_and_testified_tag_quotations() {
    let text = "\"It is a big step,\" comments Robin Biesbroek of the agency.";
    assert_eq!(label_of(text, "big step"), Label::Quoted);
    let text = "“I saw him,” Smith testified.";
    assert_eq!(label_of(text, "saw him"), Label::Quoted);
    assert_last_sentences_unattributed(&[
        "After Clinton testified, the panel left.",
        "Mr Snow's comments came on Monday.",
    ]);
}

/// "the U.S. attorney for the district" holds an office; "the Centers for
/// Disease Control" is a body.
#[test]
fn a_us_attorney_and_the_cdc_are_official() {
    let text = "James Kennedy, the U.S. attorney for the district, said the case was closed.";
    assert_eq!(label_of(text, "case"), Label::Official);
    let text = "The Centers for Disease Control recommends that everyone get a flu shot.";
    let report = audit(text);
    let s = &report.sentences[0];
    assert_eq!(s.label, Label::Official);
    assert_eq!(
        s.attributions[0].source.resolved,
        Some("Centers for Disease Control")
    );
}

/// "NEW DELHI: Pakistan has warned": a dateline's place before a colon
/// is no speaker.
#[test]
fn a_datelines_place_is_no_speaker() {
    let text =
        "NEW DELHI: Pakistan has warned that platforms are exploited. The army said it would act.";
    let report = audit(text);
    for s in &report.sentences {
        assert!(!sources_of(s).contains(&"NEW DELHI"), "{:?}", sources_of(s));
    }
    assert_eq!(sources_of(sentence(&report, text, "army")), ["The army"]);
}

/// `“It was an attempt to mislead voters,’’ Will Moy said`: two curly
/// single marks close a double quotation.
#[test]
fn two_curly_single_marks_close_a_quotation() {
    let text = "“It was an attempt to mislead voters,’’ Will Moy said. “And it was wrong.’’";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Quoted);
    assert_eq!(report.sentences[1].label, Label::Quoted);
}

/// `"Step out," an officer ordered.`: an order tags a quotation; "ordered
/// the release of "playbooks"" is a deed.
#[test]
fn an_order_tags_a_quotation_only_at_its_clauses_end() {
    let text = "\"Let me see your hands!\" an officer ordered. \"Step out.\"";
    let report = audit(text);
    for s in &report.sentences {
        assert_eq!(s.label, Label::Anonymous);
    }
    let text = "\"Step out,\" ordered Sergeant Ann Lee.";
    assert_eq!(label_of(text, "Step out"), Label::Quoted);
    assert_last_sentences_unattributed(&[
        "A judge has ordered the release of internal \"playbooks\" in the lawsuit.",
    ]);
}

/// "The president" after "President Donald Trump" and "John Williams,
/// president of the New York Fed": a bare head's office is the
/// country's head, not a body's president named since.
#[test]
fn the_bare_president_is_the_countrys_not_a_bodys() {
    let text = "President Donald Trump signed the deal on Monday. John Williams, president of the New York Fed, said growth was slow. \
                The president says his approach has created leverage.";
    let report = audit(text);
    let s = sentence(&report, text, "leverage");
    assert_eq!(s.attributions[0].source.resolved, Some("Donald Trump"));
    // (With no head of state named, the body's president is the one.)
    let text = "John Williams, president of the New York Fed, said growth was slow. The president added that rates would hold.";
    let report = audit(text);
    let s = sentence(&report, text, "rates");
    assert_eq!(s.attributions[0].source.resolved, Some("John Williams"));
}

/// "Experts are of the view that", "the brokerage said": a view held; a
/// brokerage is a firm.
#[test]
fn a_view_held_and_a_brokerage() {
    let text = "Experts are of the view that the slowdown will last.";
    assert_eq!(label_of(text, "slowdown"), Label::Anonymous);
    let text =
        "Kotak Equities expects a slowdown. An extended slowdown could hurt, the brokerage said.";
    assert_eq!(label_of(text, "could hurt"), Label::Official);
}

/// "according to Mykola Kalash, who heads the regional administration":
/// the head of a body named by the clause after the name holds office.
#[test]
fn the_head_of_a_body_in_a_relative_clause_is_official() {
    let text =
        "Damage was recorded, according to Mykola Kalash, who heads the regional administration.";
    assert_eq!(label_of(text, "Damage"), Label::Official);
    let text = "Ann Lee, who runs a bakery, said sales fell.";
    assert_eq!(label_of(text, "sales"), Label::Named);
}

/// "That drew rebukes from Prime Minister Micheal Martin", "faced fierce
/// criticism from Senator Ann Lee": a stance met is its maker's, named
/// after "from".
#[test]
fn a_stance_met_from_someone_is_theirs() {
    let text = "That drew rebukes from Prime Minister Micheal Martin.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(
        report.sentences[0].attributions[0].source.resolved,
        Some("Micheal Martin")
    );
    let text = "The plan faced fierce criticism from many environmentalists.";
    assert_eq!(label_of(text, "plan"), Label::Anonymous);
    assert_last_sentences_unattributed(&["The team drew praise for its defence."]);
}

/// "CBS Sports NFL Insider Jason La Canfora has reported": a job's name
/// in capitals before a full name names its holder.
#[test]
fn a_capitalised_job_before_a_full_name_is_no_anonymity() {
    let text = "Sports Insider Jason Canfield has reported that the deal is done.";
    assert_eq!(label_of(text, "deal"), Label::Named);
    let text = "An industry insider said the deal is done.";
    assert_eq!(label_of(text, "deal"), Label::Anonymous);
}

/// "Royce Mendes was a bit more cautious. He said": given names of the
/// US Census lists make a person whom "he" or "she" takes up.
#[test]
fn census_given_names_make_people_pronouns_take_up() {
    let text =
        "Royce Mendes was a bit more cautious. He said the labour market showed signs of life.";
    let report = audit(text);
    let s = sentence(&report, text, "labour market");
    assert_eq!(s.attributions[0].source.resolved, Some("Royce Mendes"));
    // ("The Scot", "Fannie Mae", "the IRA": words the lists leave out.)
    let text = "Sir Alex Ferguson was angry. The Scot said the referee was wrong.";
    let report = audit(text);
    let s = sentence(&report, text, "referee");
    assert_eq!(s.attributions[0].source.resolved, Some("Alex Ferguson"));
}

/// "did not admit nor deny any wrongdoing": a settlement's formula is no
/// claim; "denied any wrongdoing" is one.
#[test]
fn neither_admitting_nor_denying_is_no_claim() {
    assert_last_sentences_unattributed(&[
        "The bank did not admit nor deny any wrongdoing.",
        "The bank settled without admitting or denying the claims.",
    ]);
    let text = "The bank denied any wrongdoing.";
    assert_eq!(label_of(text, "bank"), Label::Official);
}

/// "Deficit hawks have warned", "Forecasters expect": unnamed groups.
#[test]
fn hawks_and_forecasters_are_unnamed_groups() {
    for text in [
        "Deficit hawks have warned that the debt will rise.",
        "Forecasters expect growth to slow.",
    ] {
        assert_eq!(audit(text).sentences[0].label, Label::Anonymous, "{text}");
    }
}

/// "President Obama also said:" and paragraphs of one line each with no
/// full stop: a list whose bullets the page dropped, each item his words,
/// up to a paragraph that ends in a stop.
#[test]
fn unbulleted_items_after_a_saying_colon_carry_it() {
    let text = "In an interview, President Obama also said:\n\n\
                The UK must stay in the EU to have influence\n\n\
                Syria needs a political solution in order to defeat the militants\n\n\
                Mr Obama lands in Kenya later on Friday.";
    let report = audit(text);
    assert_eq!(label_of(text, "Syria needs"), Label::Official);
    assert_eq!(label_of(text, "UK must"), Label::Official);
    assert_eq!(
        sentence(&report, text, "lands in Kenya").label,
        Label::Unattributed
    );
}

/// "Munir has in recent months repeatedly warned": a span of time after
/// "in recent" between auxiliary and verb.
#[test]
fn a_recent_span_between_auxiliary_and_verb() {
    let text =
        "General Asim Munir has in recent months repeatedly warned that platforms are exploited.";
    let report = audit(text);
    assert_eq!(report.sentences[0].label, Label::Official);
    assert_eq!(sources_of(&report.sentences[0]), ["General Asim Munir"]);
}
