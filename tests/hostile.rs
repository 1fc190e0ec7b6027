//! Hostile input at sizes that finish fast: the audit and the segmenter
//! must not panic, must lose no text and must keep every invariant. How long
//! they take is `examples/stress.rs`'s business.

#[path = "../fuzz/src/check.rs"]
mod check;

use attribution_audit::{Auditor, Segmenter};
use check::{check_audit_once, check_sentences};
use std::sync::LazyLock;

static AUDITOR: LazyLock<Auditor> = LazyLock::new(Auditor::new);

/// `unit` repeated until the text holds at least `bytes` bytes.
fn repeat(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

/// Audits and segments `text`, checking every invariant; returns the
/// number of sentences.
fn survive(text: &str) -> usize {
    check_audit_once(&AUDITOR, text);
    let sentences = Segmenter::new().sentences(text);
    check_sentences(text, &sentences);
    sentences.len()
}

#[test]
fn unbalanced_quotation_marks_repeated() {
    for unit in [
        "\"He said it would close. ",
        "“They never closed, she said. ",
        "Police said ”it was over. ",
        "« Non, dit-il. ",
        "‘What,’ said Ana ‘no. ",
    ] {
        let text = repeat(unit, 100_000);
        assert!(survive(&text) > 0);
    }
    // Opening marks only: every paragraph has a quotation left open.
    for unit in ["“They never closed, she said.\n\n", "« Non, dit-il.\n\n"] {
        let text = repeat(unit, 100_000);
        survive(&text);
        let report = AUDITOR.audit(&text);
        assert!(
            !report.warnings.is_empty(),
            "no unclosed-quotation warning for {unit:?}"
        );
    }
}

#[test]
fn two_hundred_thousand_full_stops() {
    let text = ".".repeat(200_000);
    assert!(survive(&text) >= 1);
    let spaced = ". ".repeat(100_000);
    assert!(survive(&spaced) >= 1);
    let words = "Stop. ".repeat(30_000);
    assert_eq!(survive(&words), 30_000);
}

#[test]
fn initials_repeated() {
    let text = repeat("A. B. C. ", 200_000);
    survive(&text);
    let named = repeat("J. R. R. Tolkien said so. ", 100_000);
    survive(&named);
}

#[test]
fn one_megabyte_line_without_punctuation() {
    // 100 KB of cue words: the audit is quadratic in the length of such a
    // sentence (tests/regressions.rs has the 1 MB case, ignored until fixed).
    let text = repeat("officials say the port will close ", 100_000);
    assert_eq!(survive(&text), 1);
    let text = repeat(
        "the port will close in the spring and open in the fall ",
        1_000_000,
    );
    assert_eq!(survive(&text), 1);
    let letters = "a".repeat(1_000_000);
    assert_eq!(survive(&letters), 1);
}

#[test]
fn ten_thousand_nested_opening_quotation_marks() {
    for unit in ["“", "\"", "« ‘ ‹ „ ", "'"] {
        let mut text = unit.repeat(10_000);
        text.push_str("We will win, she said.");
        survive(&text);
    }
}

#[test]
fn runs_of_newlines() {
    let text = "\n".repeat(100_000);
    assert_eq!(survive(&text), 0);
    let mut text = "\n".repeat(100_000);
    text.push_str("The port closed, officials said.");
    text.push_str(&"\r\n".repeat(50_000));
    text.push_str("It reopened.");
    assert_eq!(survive(&text), 2);
    let report = AUDITOR.audit(&text);
    assert!(report.sentences[1].paragraph > report.sentences[0].paragraph);
    let paragraphs = repeat("Ships wait.\n\n", 200_000);
    assert_eq!(
        survive(&paragraphs),
        paragraphs.len() / "Ships wait.\n\n".len()
    );
}

#[test]
fn a_soup_of_cue_words_and_quotation_marks() {
    let soup = "said “ according to ” citing « officials » sources ‘ told ’ „ warned ‟ \
                a senior official said: \" — Ana Lima ― \" who spoke on condition of anonymity ' ";
    let text = repeat(soup, 200_000);
    survive(&text);
    let dense = repeat("said\"said“said”said«said»said'said’", 100_000);
    survive(&dense);
}

/// One subject and thousands of cues sharing it in one sentence ("... and
/// said ... and saying"), with honorifics, offices and spans of time.
#[test]
fn one_subject_with_many_cues() {
    let unit = "Mr Lind has been making the case and saying two weeks ago said Nevada's \
                governor, Ana Ruiz, said Apacs' figures show and said ";
    let text = repeat(unit, 200_000);
    assert!(survive(&text) > 0);
}

/// One sentence of thousands of tags after commas, each of which sets
/// aside the stances found before it, and the new triggers' words at the
/// edges of sentences and paragraphs.
#[test]
fn many_tags_after_commas_in_one_sentence() {
    for unit in [
        "By the tally, in his view, according to the tally, officials want, ",
        "To many, ",
        "Insurers said ",
        "the poll has Kemp leading, ",
        "saw it as the ",
        "by the count\n\n",
        "“a,“ ",
    ] {
        let text = repeat(unit, 100_000);
        survive(&text);
    }
    for text in [
        "by",
        "tally",
        "By the tally",
        "in his view",
        "To",
        "To many,",
        "poll has",
    ] {
        survive(text);
    }
    let tallies = repeat("By the tally, ", 100_000);
    let report = AUDITOR.audit(&tallies);
    assert!(report.sentences[0].attributions.len() > 1_000);
}

#[test]
fn whitespace_only_and_invisible_characters() {
    for unit in [
        " ",
        "\t",
        "\u{a0}",
        "\u{2028}",
        "\u{3000}",
        "\u{200b}",
        "\u{feff}",
        "\u{202a}",
        "\u{202a}\u{201d}Hi.\u{201d} ",
        "\u{200e}. ",
    ] {
        let text = repeat(unit, 100_000);
        let n = survive(&text);
        if text.trim().is_empty() {
            assert_eq!(n, 0, "{unit:?}");
        }
    }
}

#[test]
fn long_words_emoji_and_combining_marks() {
    survive(&repeat("👩‍👩‍👧🇺🇸", 200_000));
    survive(&repeat("e\u{301}\u{301}\u{301}", 200_000));
    survive(&repeat("Москва заявила. 北京说。", 200_000));
    survive(&repeat("U.S.A.U.S.A.", 100_000));
    survive(&repeat("don't-won’t&can't.", 100_000));
}

#[test]
fn spaced_hyphens_and_thousands_separators_repeated() {
    // Every hyphen a dash, every comma inside one long number, and their
    // near misses: the tokenizer's tests look at most four bytes ahead.
    survive(&repeat("Lee - a chief - said - ", 100_000));
    survive(&repeat(" - ", 100_000));
    assert_eq!(survive(&format!("1{}", ",000".repeat(100_000))), 1);
    survive(&repeat("1,00,0000,000, ", 100_000));
    survive(&repeat("£30,000 - Ms Lee, who won, said - ", 100_000));
}

/// Shapes that once made a rule misbehave: search again inside its own
/// search, re-read a whole sentence at each of its words, or look past a
/// text's end.
const TRIGGERS: &[&str] = &[
    // The forty-sixth review's: praise singled out, persons denied,
    // adverbs after "which", weeklies, senders of messages, opening
    // participles, appositives' participles, terms before nouns, posts
    // joined before a name, tags ("comments", "testified", "ordered", an
    // adverb), US attorneys, datelines' places, doubled curly marks, a
    // bare president, views held, brokerages, heads of bodies, stances met,
    // jobs in capitals, census names, admitting nor denying, items after
    // a colon without bullets, recent spans after an auxiliary.
    "Gale singled out Tom Reed and John Hart for special praise. ",
    "but they were denied by some desperate defending. ",
    "studies, which indeed say ",
    "according to the trade weekly. ",
    "Realising his error, Mr Cole e-mailed Mr Fenn pointing out ",
    "\"No,\" said Lee Baker, a retired teacher. ",
    "a new “quick edit” feature ",
    "said Acme president and chief executive Bill Owens. ",
    "\"Yes,\" comments Robin Biesbroek. ",
    "“Did you see him?” Holmes testified. ",
    "\"Out,\" an officer ordered. ",
    "James Kennedy, the U.S. attorney, said ",
    "NEW DELHI: ",
    "“Yes,’’ Will Moy said. ‘‘",
    "John Williams, president of the New York Fed, said. The president says ",
    "“Why?” Brooke tearfully asked. ",
    "Experts are of the view that ",
    "the brokerage said ",
    "according to Mykola Kalash, who heads the regional administration ",
    "That drew rebukes from Prime Minister Ann Lee. ",
    "Sports Insider Jason Canfield has reported ",
    "Royce Mendes was cautious. He said ",
    "did not admit nor deny any wrongdoing ",
    "President Obama also said:\n\nThe UK must stay\n\n",
    "Asim Munir has in recent months warned ",
    // The forty-fifth review's: years after "of", lists after a saying's
    // colon (items that introduce lists of their own), agents after a
    // name given, participles before "by", firms shown later, providers,
    // firms' sites, joiners, stirs made by words, glory claimed,
    // prepositions ending a clause.
    "The organisers of the spring open of 2005 said ",
    "Judge Mary Doyle said he must:\n\n- Serve two years\n - Pay a fine\n\n",
    "- Ann Lowe said he must:\n\n",
    "in a move branded a \"humiliating retreat\" by the Tories ",
    "later described as \"dull\" and \"strange and eerie\" by scouts ",
    "Measures suggested by conservationists include ",
    "Next has said it will. Next's shares fell. ",
    "Internet service provider Fibrel has announced ",
    "according to the net telephony firm's website ",
    "Labour MPs joined the Tories in criticising ",
    "Tom Rigg won praise for saying ",
    "Wales claim Hong Kong Sevens glory ",
    "the stereotypes that Lee talked about. ",
    // The forty-fourth review's: bodies before "after it", builders and
    // shares, comments made, attacks for a deed, stances (bullish, hopes,
    // praise, optimism, intentions), firms named before "the companies",
    // trades in the plural, agents after "criticised for" and "dismissed
    // as", owned announcements, Dubliners, auction houses, firms saying
    // what "it" will do, "so says", inquirers finding, teams that say.
    "Protesters gathered outside the Daily Mail after it backed ",
    "Housebuilder Marlowe said ",
    "Marlowe shares rose 3%. ",
    "made similar comments ",
    "Ann Lowe attacked Mr Hale for failing to ",
    "Tesco is bullish about ",
    "still harbours hopes of ",
    "The companies said ",
    "Airlines fear that ",
    "was full of praise for ",
    "has been criticised for \"sleaze\" by campaigners ",
    "remains optimistic of ",
    "was dismissed as \"absurd\" by Justice Hale ",
    "Opec's recent announcement that ",
    "the 25-year-old Dubliner underlined his intention to ",
    "The online auction house thinks that ",
    "Marlowe said it will sell ",
    "Or so says Home Secretary Ann Lowe. ",
    "Researchers have found that ",
    "Burnmouth say they will not be rushed. ",
    // The forty-third review's: relative clauses' claims after a stance,
    // title words in firms' names, promises on taking office, closing tags
    // after "press", feelings in absolute phrases, names known as,
    // frontbenchers, reporters who have learned, readings and suggestions,
    // staff, refusals to say, praise heaped, nationalities before given
    // names, firms and outlets counted, names speaking for a party, titled
    // documents, courts' holdings, stances on explanations, "says" after a
    // relative clause.
    "distanced himself from the posters, which critics claimed were ",
    "an analyst at CL King & Associates, said ",
    "Mr Orme had come into office promising to ",
    "Riots broke out, local press reports. ",
    "Shares fell, with many traders hopeful that ",
    "a school known then as the \"Harrow of the hills\". ",
    "one of their frontbenchers has predicted. ",
    "the BBC's political editor Ann Marr has learned. ",
    "Industry watchers took this to mean that ",
    "as some try to suggest, ",
    "His staff said ",
    "She added she could not say whether ",
    "heaped praise on ",
    "Russian Dmitriy Volkov claimed ",
    "The two firms say ",
    "For the Liberal Democrats, Sir Hugh Brack said ",
    "According to a new book, Grey Towers, ",
    "The court held that ",
    "Mr Dunnigan was not entirely convinced by ",
    "A barrister who has resigned over the laws says ",
    "Labour's campaign, both newspapers said, ",
    // The forty-second review's: surnames of unlisted names opening a
    // sentence, clubs and storms, players' positions, forecasts with an
    // object, predictions made, confidences, dismissals, aims, praise,
    // feelings shown, quoted terms before a noun, bare names before a
    // plural verb, suspicions, attacks led, advocates, cold water and
    // distance taken, bodies that call themselves "it", subjects before a
    // citing aside, ages before a relative clause, times after the verb.
    "Zinaida Brenner lost. Brenner looked tired. ",
    "Fans of Dundee United cheered. United doubled ",
    "Hurricane Orlan struck. Orlan killed ",
    "Leicester wing Austin Healey said ",
    "the company forecast sales growth of ",
    "made a prediction that ",
    "a crestfallen Mr Lim confided ",
    "has also shrugged off the defection ",
    "has set his sights on ",
    "saluted the work of ",
    "the athletes sounded confident they ",
    "faces 'cold calls' inquiry ",
    "Burnmouth have rejected ",
    "were deeply suspicious of ",
    "led an attack on ",
    "is a fierce advocate of ",
    "poured cold water on ",
    "distanced himself from ",
    "Varitas says it hopes ",
    "The newspaper, citing unnamed sources, said ",
    "The 27-year-old, who captained the side, said ",
    "It was a shock, said following the match. ",
    // The forty-first review's: opening phrases before a pronoun, trades'
    // plurals and outfits before names, stances held or given, goods in
    // demand, a modal's "dare", firms named in "'s", "backed", unnamed
    // panels, confirmations withheld, likenesses and shows, stances about
    // to be taken, offices with "a", tributes and attacks, plain person
    // nouns, posts between commas, feelings with a thing, forecasts.
    "At her weekly briefing on Friday she said it was fine and refused ",
    "according to industry analysts Harbour Metrics ",
    "Mexican outfit Blue Herons hope ",
    "BMW is hopeful of ",
    "TVs were in high demand ",
    "How dare people suggest ",
    "Moody's said ",
    "The plan has been backed by Tom Vale. ",
    "Labour backed down. ",
    "has thrown his support behind ",
    "A panel of experts said so. The panel said ",
    "It would not confirm that ",
    "A spokesman said Downing Street had no comment ",
    "a professor likened to ",
    "the hit show ",
    "Tom Vale is set to call for ",
    "A Republican senator from Kansas, Tom Vale, said ",
    "Tom Vale was keen not to talk ",
    "paid tribute to his side. ",
    "launched a scathing attack on ",
    "Mixed signals from ",
    "The woman reported ",
    "The problem, said Jo Lee, head of firm Acme, is ",
    "Tom Vale is also impressed with ",
    "The IMF foresees ",
    "A post-mortem showed ",
    // The fortieth review's: contests conceded, graded participles, wishes
    // closing a contact clause, persons rated, papers quoting, party
    // members, documents after their makers, headlines' passives, shares,
    // bodies' plural verbs, preferences, owners' anonymity, authors after
    // "by", hardships found, speeches expected, profile headlines, doubts
    // and pleas, things denied their owners, views "as far as" one goes.
    "Harbour United conceded a late penalty ",
    "the most fiercely supported club ",
    "toward the songs they want. ",
    "for reasons he would have wanted. ",
    "Tom Vale rates Ann Lee as the best ",
    "Tom Vale was quoted in the Harbour Gazette newspaper saying: \"",
    "it just so happens the Labour Party feels ",
    "Senior Tories believe ",
    "The Jenkins report looked at ",
    "the data demands of films ",
    "In Europe demand for cars is ",
    "Harbour candidate suspended in probe\n\n",
    "One in five admitted to ",
    "The Harbour Trust say they will ",
    "The League Against Cruel Sports says ",
    "Chip makers would prefer to ",
    "have been less than impressed with ",
    "The unnamed woman's lawyer, Ann Lee, said ",
    "A survey of networks in London by Harbour Security found ",
    "has found it difficult to ",
    "who can now expect to ",
    "Tom Vale is expected to say that ",
    "Tom Vale: The acting outlaw\n\n",
    "Tessaro, once among the most profitable of US grocers, said ",
    "have been called into question by the Harbour Rights Commission ",
    "Tom Vale has appealed for the release of ",
    "has denied Ann Lee her fourth ",
    "As far as Tom Vale is concerned ",
    "as far as Mr Vale is concerned. ",
    "Singer claim dismissed by court\n\n",
    "as a back-up in case the producers wanted ",
    "according to a report earlier this week from the Harbour Retail Consortium ",
    "gives the Harbour side hope for ",
    "accessed the account details ",
    "the defeat of World Cup champions England ",
    "Business fears over sluggish economy\n\n",
    "Harbour star fined for brawl\n\n",
    // The thirty-ninth review's: prices moving, fields advised on, passive
    // agents before their reasons, trades and groups, a side's replies in
    // play, bodies' talks and rules, reopened quotations, owners before
    // titles, joined descriptions, opening adverbs, unclosed appositives,
    // bodies' clauses, accepted clauses, parties, full names after "said".
    "Varko Air dropped 2.6% ",
    "Ian Pell will advise on media strategy ",
    "The peg is often blamed by US lawmakers for job losses ",
    "US film professionals have declared ",
    "The name says it all ",
    "In two days, he found Tom Vale, a coding expert ",
    "Marco Dosi did reply with one for Italy ",
    "Italy hit back out of the blue in the 11th minute ",
    "the flanker showed his nous to ",
    "Russia WTO talks 'make progress' ",
    "bring. \"[Tom] will act as ",
    "The US stock market watchdog's chairman Tom Vale spoke ",
    "British and Irish Lions coach Tom Vale says ",
    "The News of the World reports ",
    "An All England Club spokesperson denied ",
    "Privately ministers believe ",
    "Originally dubbed \"Dave's Guide\" ",
    "Having been pricked into action, ",
    "The IMF however remains cautious about ",
    ", say those who feel ",
    "A Tory spokesman refuted ",
    "EU rules 'won't stop UK spending' ",
    "Australian mining firm Dunmore Resources has said ",
    "The music industry is confident that ",
    "A report on the 20 biggest projects says ",
    "Jon Pell, Varko's chief financial officer said ",
    "Rovers physio Tom Vale was hopeful that ",
    "a view corroborated by the Patent Office ",
    "Varko did not want to comment ",
    "the Association of Harbour Services (Ahs) which represents the ferry industry said ",
    ", said the Harbour Trust, with forecasts suggesting ",
    "Some, such as 83-year-old Ann Kolb, said ",
    "Tom Vale accepted his side had not ",
    "Labour has promised. The party says ",
    "is seen by many experts as ",
    "According to the Harbour Commission's report 12 million ",
    "turn to Windows said Tom Vale, managing director ",
    "Earlier chief constable Tom Vale questioned ",
    "has broad support from charities who say ",
    ", saying materials would be ",
    "In a speech the Harbour Party leader said ",
    "Tom Vale, an analyst at Harbour Media believes ",
    "The Lib Dems promised. The party says ",
    // The thirty-eighth review's: aims and plans denied, options weighed,
    // feelings' clauses, contact clauses, no comment past an aside, posts
    // and names after "said", offices without article, tickets, titles of
    // shows and works, transcribers' notes.
    "Sprinter Dana Okafor aims to win ",
    "the Harbour Act, which aims to cut ",
    "Coach Tom Hart has no plans to rest ",
    "his allies were adamant that he plans to ",
    "JP Morgan said ",
    "The film's distributor Kanto expects ",
    "Those over 60 say ",
    "tends to hold liberal views ",
    "where he hosted a music video show ",
    "the famous Sunbeam brand of ",
    "The gun he collected was ",
    "would not comment on \"market speculation\" ",
    "A Texas firm is considering letting ",
    "He said nothing had changed ",
    "Sir Ian Kell said. Tony Kell said ",
    ", once the owner of Tulnet, said founder Pavel Orlov ",
    "But director of the Harbour Trust, Nina Cole, accused ",
    "Tarvel, Varko's main shareholder group, has threatened ",
    "President Varga said. Mr. Varga said. Anna Varga ",
    "On \"Meet the Voters,\" Sen. Ann Lee said ",
    "her new documentary \"12th.\" ",
    "Democratic vice presidential nominee Tom Kell said. The Republican nominee said ",
    "He said. The FBI director chastised ",
    "The senator has not said whether ",
    "His former business partner at Lenmark, Paul R. Denning, called ",
    "Analysts have seen Harlow as a target ",
    "the LTA have high hopes for ",
    "Dan Harrow Calls Ann Lee ",
    "said Rafa Nunez afterwards ",
    "\"(CROSSTALK.)\" ",
    // The thirty-seventh review's: polls' findings, former offices, passives,
    // lists of places and briefs, posts after names, adverbs between a
    // source and its verb, knights, admissions, efforts.
    "78 percent of voters in a recent CBS News poll said ",
    "A Harbour Gazette poll found that 58 percent of residents want ",
    "Former prosecutors said ",
    "the man credited with inventing ",
    "said England sevens coach Mike Friday ",
    "Voters in Alabama, Georgia and Virginia said ",
    "Senator Ann Dale, a rival, assailed ",
    "as Lee has sometimes acknowledged ",
    "since he declared for president ",
    "According to Tom Hale, head of Krome, ",
    "said Jo Park, Director General of the Chambers ",
    "would not discuss the investigation ",
    "with the label saying ",
    "added the relay crown to his ",
    "is confident of winning ",
    "Current and former officials said ",
    "this is not the campaign Lee envisioned ",
    "according to a Reuters news agency report ",
    "a former C.I.A. analyst said ",
    "a study by economists Jo Park and Ann Lee found ",
    "training in Holland and Ferguson said: ",
    "accused by the government of plotting ",
    "surprised by the news many analysts said ",
    "sources close to the talks tell the FT, ",
    "Lee, goaded by Park, said ",
    "a report out on Monday from the Consortium said ",
    "Sir John said ",
    "by her own admission ",
    "One pastor supporting Mr. Cruz, Jo Whitby, said ",
    "left Unity saying ",
    "Organizers of the push to boycott the speech said ",
    "has hit out at ",
    "The Secretary of State for Culture, Media and Sport, Ann Dale, said ",
    "Officials early on Monday said ",
    "The Bank remains concerned about ",
    // The thirty-sixth review's: nouns and names read as verbs, relative
    // clauses, posts, channels, epithets, blame, colons, joined sources.
    "Golden rule 'intact' says ex-aide ",
    "Called ",
    "Have called ",
    "her friend said ",
    "Gay rights groups condemned the bill but praised ",
    "a bill that critics have called ",
    "from big businesses that warn ",
    "is labeling Obama's actions \"a ",
    "Local news affiliate ABC 7 is reporting that ",
    "it was a report by Politico that ",
    "Rowling revealed she had finished, ahead of ",
    "Speaking to the Budget Committee he urged ",
    "the bespectacled, 71-year-old diplomat said ",
    "Chad's Ambassador to France said ",
    "the Ambassador to ",
    "Not only did she find it fine, Woods said ",
    "banned from coaching for six weeks for calling ",
    "Acme's message: ",
    "One news account described ",
    "could be heard grousing that ",
    "Fact-checkers soon noted ",
    "Commentators and Acme itself claim ",
    "Sales fell, but analysts are optimistic that ",
    "the minister, lashed out at the policies of ",
    "according to a report Tuesday from ",
    "The Romanian international later suggested ",
    "Mr Hale, who will unveil his plans, said ",
    "Kemp (who has 25 delegates) said ",
    "Cruz had 38 percent support in a Fox poll. ",
    "rose three points in the CBS survey to ",
    "said Doyle and others ",
    "proponents of more controls here say ",
    // The thirty-fifth review's: plurals before their verbs, outlets
    // citing people, relative asides, firms described, offices after tags.
    "Consumer advocates are concerned that ",
    "But 58 percent of voters overall said ",
    "The makers of the system claim ",
    "A lawyer representing Mr Dale and Mr Voss said ",
    "Mel Dunn and his partner Bruce Ames said ",
    "Neither Rover nor Shanghai Motors commented ",
    "said Castaignede ahead of the ",
    "Yesterday Argentina's economy minister, Rosa Lavan, said ",
    "some saw his comments as simply part of ",
    "condemned the leaflet, which the Foreign Office says has cost ",
    "Labour accused of 'EU propaganda' ",
    "report daily to a local police station ",
    "The paper said that Chinese officials believe ",
    "Just ask Anne. ",
    "According to Ofcom there were ",
    "NY Post: ",
    "The UK's biggest mortgage lender said ",
    "held an impromptu press briefing to brag that ",
    "making an argument for ",
    "Speaking in Harrogate Mr Kemp said ",
    "relies on user reports to ",
    "Dan Kemp will take a softer line, Tom Ware has said. The prime minister said ",
    // The thirty-fourth review's: capital headlines running into their
    // stories, tags after a subject, gifts, asides, courts, anonymity.
    "DNC CHAIR LEE RESIGNS\u{a0}After ",
    "TWO DEAD, 16 HURT IN CRASH \u{201c}In ",
    "\"We need change,\" Mr Lee said. Mr Cole has failed, he claimed. ",
    "Ann Vole provided Jo Marsh with ",
    "He persuaded the band to ",
    "About noon, according to a timeline, the ",
    "A House committee report found ",
    "expressed similar doubts ",
    "Cole Aspen, Seaview Hotel Association said: ",
    "These voters are skeptical ",
    "appeared deferential ",
    "the James S. Brady briefing room. He said ",
    "First his wife, aide Huma Lane, announced ",
    "went on to claim the Cup ",
    "Judge Rick Mawson, QC told ",
    "discovered rugby at ",
    "he said, on condition of anonymity ",
    "to people who wish to ",
    "a court has heard ",
    "both players feel their way into ",
    "Roddick claims the vital first break ",
    // (A capital word whose 40th byte falls inside a character.)
    "A\u{c9}\u{c9}\u{c9}\u{c9}\u{c9}\u{c9}\u{c9}\u{c9}\u{c9}\u{c9}\u{c9}\u{c9}\u{c9}\u{c9}\u{c9}\u{c9}\u{c9}\u{c9}\u{c9}\u{c9}\u{c9}\u{c9} AB After.The ",
    "Saying he was tired, Ann Cole said ",
    "Stacy Baker of Columbia, South Carolina says ",
    "Rosneft now owns Yugansk and Russia has said ",
    "according to studio estimates ",
    "Sanders's argument on ",
    "His message to the chancellor was: \"No.\" ",
    "A reporter asked Cole how he felt. He replied: ",
    "After the ruling Carla Cole said ",
    "Tony Cole's official spokesman said ",
    "nine things Trump has said ",
    "It was no fear: soon ",
    "USA TODAY reported ",
    "Halo.Bungie.Org ",
    "isn't saying what he would support ",
    "Shares in Acme Bakeries fell. ",
    "A survey conducted by Gallup last year found ",
    "Mark Cole, from the Public and Commercial Services union said ",
    "voters in ",
    "Blasts Says ",
    "Rovers: Kell, ",
    "A: ",
    "BIG WIN IS IN: ",
    "the host of \u{201c}The Big Show,\u{201d} and ",
    "Lee's claim that voters ",
    "fears among voters who ",
    "was called \"a b\" by ",
    // The fifteenth review's triggers: a trailing tag with "who", a
    // with-phrase, a modal cue, a party tag, a gerund's participle.
    "Lee warned Xi, said an official who ",
    ", with the campaign of the senator from Ohio saying ",
    "voters may say, but ",
    "Rep. Lee (D-Ore.): ",
    "of fracking disputed waters ",
    // The second sample's: a list of verbs, a document sent to
    // someone, a response before a colon.
    "Brown doubled it, unveiled a ",
    "Hughes' fundraising email to his supporters notes ",
    "Vega's response was: \"",
    // The sixteenth review's: things that go on, a quotation left open
    // before a colon's mark, refusals, conditions, deeds.
    "The list goes on, ",
    "a: \"b. c: \"d. ",
    "'a ",
    "said he could not comment on ",
    "if she lost, people would say ",
    "responded by blocking ",
    // The twentieth review's: estimates of a figure, polls opening a
    // sentence, media, a place after a name, "that" after a
    // preposition, spaced quotation marks.
    "Forbes put his worth at more than $4 and ",
    "In the latest Gallup poll of voters, ",
    "Russian media and PR strategist ",
    "Zubair Ahmed in Mumbai, ",
    "on that feat, and found that ",
    "a. \" b ",
    "some it deemed ",
    // The twenty-first review's: perceived speech, "To" someone, a
    // typewriter's double marks, titles after a name, bodies' "and",
    // opening phrases with no comma, conditions, open questions,
    // perfect participles.
    "Lee was heard on a microphone telling ",
    "To Yale law professor Ann Lee, the ",
    "citing ''a,'' said ",
    "said Ann Lee, FCC deputy secretary of ",
    "the Institute of Coastal and ",
    "In 2004 the House of Lords in the regional governor ",
    "If the board agrees ",
    "would not say whether he ",
    ", having previously indicated ",
    "using the tax \"is a b,\" said Mr. Burman (",
    "adding news, ",
    "5'2\" ",
    // The twenty-second review's: epithets before participles, asides
    // before "but", the SEC, towns and states before asides, leaders,
    // prospects, broadcasters' shows, bare apostrophes, epithets after
    // quotations, questions put, people backing a name, refusals,
    // offices in clauses, gestures, things called by a name.
    "The champion left early, saying ",
    "Lee, whose win came in May, did not but argued ",
    "Kerr says Ruiz, who has a home, would stay but will ",
    "by the SEC. The ",
    "Officials in Dover, Del., speaking on condition of anonymity, ",
    "the Russian leader said ",
    "sees similar benefits ",
    "on CBS' ''60 Minutes.'' ",
    "Mr Sands' book ",
    "\"Mark is great,\" said the 46-year-old ",
    "when a reporter asked if he was \"a,\" he said ",
    "Democrats supporting Mrs. Clinton said ",
    "declined to comment, saying it could not ",
    "Peter Lund, who is party chairman, said ",
    "\"a,\" smiles one broker ",
    "a group called \"b\" said ",
    "does, indeed, expect ",
    "Locally, too, say ",
    // The twenty-third review's: lists and titles in relative clauses,
    // bracketed party tags before a stray comma, habits, passives
    // after adjectives, works by their authors, inscriptions, nouns
    // before speech tags, conditions, pronouns after exclamations,
    // free relatives, nicknames, documents' topics, decisions in the
    // perfect, refusals, days before agents.
    "The actor, whose films include A, B and C: The D, said ",
    "Sen. Ann Lee (D-Ore.), said ",
    "Kerr used to say that ",
    "is bleak and seldom told ",
    "According to ''The A: B,'' by Lee, ",
    "shirts that read \"X\" ",
    "Cost estimates, he added, were ",
    "If he can, then it shows ",
    "\"Why not?\" He said that ",
    "anything the senator said ",
    "Bill, the \"comeback kid\" ",
    "a review of Fox transcripts said ",
    "the November jobs report ",
    "The Council has imposed sanctions and ",
    "declined to step in and ",
    "figures released on Tuesday by the BPI said ",
    "A study, which was commissioned by the council, found ",
    "Il Sole 24 Ore said ",
    "Sanders' campaign said ",
    "with Ann Ruiz criticised ",
    "Tory leader urges ",
    "Nothing the president said ",
    "identified voters' fatigue as one ",
    "Kerr has freed up funds and on Monday announced ",
    "officials are beginning to say ",
    "\"a b c d,\" he said.\n\nThen on CNN: \"e f g h.\"\n\n",
    // The twenty-fourth review's: offices of places, quotations run
    // into sentences, notions so called, acronyms in brackets, things
    // found, persons dismissed, refusals, natives, companies, letters'
    // recipients, withheld names, offices after their holders.
    "The Ohio governor said he ",
    "wins!\u{201d}After ",
    "Referred to in the town as \"a\", ",
    "a loophole called an \"b\" ",
    "Budget Office (CBO) forecasts said ",
    "Union (HRU) chief Ann Lee says ",
    "did not find a job and ",
    "did not dismiss Kerr on ",
    "said the agency does not comment on ",
    "Ann Lee, a Dover native, is ",
    "At 29, she said ",
    "Kerr's hard-edged - and ",
    "A letter sent to Ann Lee said ",
    "a man who did not want to be named said ",
    "the man said. ",
    "Ann Lee has attacked it. The foreign secretary said ",
    "Kerr's most explosive claim is that ",
    "his earlier statements that ",
    "Said Wales assistant coach Ann Lee: ",
    "Kerr, 57, quit and vowed: ",
    "Sanders' allies are eager to ",
    "With captain Ann Lee ruled out ",
    "filed a $40 million lawsuit alleging ",
    "Depositions quote Kerr acknowledging ",
    "Wales call up ",
    "That's partly why Kerr said ",
    // The twenty-fifth review's: double surnames, modals opening cues,
    // bodies inside runs, offices and their holders, contact clauses,
    // relative clauses after groups and appositives, beliefs after an
    // object, doubts, advice.
    "Ann Ross-van Dorp said ",
    "The company would like ",
    "The US Securities and Exchange Commission said ",
    "said Mr King. ",
    "Acme has delivered 40 jets. ",
    "Sen. Ann Lee met Sen. Bo Kerr. Kerr spoke, but the senator insisted ",
    "The main danger he sees ",
    "Groups that backed the plan say ",
    "was unsure why ",
    "is anticipating ",
    "entered the talks believing ",
    "make his supporters feel ",
    "invited Ann Lee, the president of the Foundation, who criticizes ",
    "rates could fall, Ann Lee has said. The party leader predicted ",
    "has some advice for ",
    "Ann al-Lee wants ",
    "delivering a blistering critique of ",
    // The seventeenth review's: withheld names, object pronouns, plural
    // owners, the writer's questions, agents past a place, restrictive
    // clauses, sentence adverbs, mojibake and combining marks.
    "said the woman, who did not want to be quoted by name ",
    "according to him, ",
    "critics' warnings that ",
    "Does he know? ",
    "a declaration filed in federal court by ",
    "many analysts because they believe ",
    "Voters who backed Vega said ",
    "Interestingly, after ",
    "Sarukha\u{303}\u{83}A\u{302}\u{a1}n ",
    "e\u{301}\u{301}",
    "Asked Smith ",
    // The eighteenth review's: headline passives, deeds in reply,
    // speeches, pictures, initials, bodies' causes and capitals.
    "Parties warned over ",
    "responded to the ruling by ",
    "Ann Lee delivered a speech ",
    "Ann Lee posted a photo ",
    "G.K. ",
    "the Committee to Protect ",
    "The Commission ",
    "Anna-Lena ",
    "Democratic senators ",
    "A letter sent to ",
    // The third code review's: an issuer's phrase followed back, which
    // had no bound on its depth (the stack overflowed).
    "A statement posted at ",
    "Statement issued by ",
    // The nineteenth review's: speeches at events, states declared,
    // guests welcomed, bullets, sites' owners, posts after a name.
    "Obama spoke at the ",
    "declared war ",
    "welcomed leaders to ",
    "- Ann Lee: \"",
    "a statement on her website ",
    "Ann Lee, the long-serving ",
    "the bespectacled, 71-year-old ",
    "must also acknowledge ",
    "the New York Democrat ",
    "spoke on Monday ",
    "hit by Iraqi report ",
    "Ann Lee: hero or ",
    "wrong…There ",
    "Democrats trying to ",
    "Acme Industries ",
    "wrote 12 books ",
    "What have ",
    "On Thursday Acme ",
    "a D.C.-",
    "its website ",
    "POLL: ",
    // The twenty-sixth review's: firms named in passing, credits,
    // audiences, plurals after "about", "then", deeds.
    "Zarnet - the Dutch firm which lost. The company said ",
    "at Kestrel Freight Services. The company said ",
    "Facebook/Jo Bell. ",
    "Lee spoke to reporters about the ",
    "talks about shareholder worries over government plans ",
    "Lee paused, then revealed why ",
    "Lee wrote a $5 check. Enough said. ",
    // The twenty-seventh review's: datelines, tallies, unnamed people
    // met before, epithets, concessions, counts, titles, ballots.
    "CHARLESTON, S.C. - Ann Lee met Bo Orr as she sought ",
    "Clinton: 1,769. Delegate Update: ",
    "A voter met the organizer. the voter said it was fine, ",
    "the woman, who spoke on condition of anonymity, said ",
    "Lee took on Orr after the Democratic front-runner had said ",
    "backed Linux although critics have said ",
    ", based on an Associated Press count, ",
    "\u{201c}Opening Belle,\u{201d} which is the low-rated \u{201c}Rush Hour.\u{201d} ",
    "a work in progress called \u{201c}x\u{201d} with a \u{201c}y z\u{201d} theme ",
    "Lee hit the trail, praising Orr and accusing Kay of lying, ",
    "Mr. Nevins of Showtime said she voted for Obama. ",
    // The twenty-eighth review's: epithets after a trailing tag,
    // purposes, participles after a tag, a conjunction after a closing
    // mark, rumours, transcripts' turns, ellipses, causatives,
    // possessives before a name, spokesmen, party tags, descriptions
    // before a closing relative clause.
    "Ben Carson said Monday. the retired neurosurgeon told ",
    "avoided them in hopes that he went on the record endorsing ",
    "headline.\u{2019} And I said, \u{2018}x.\u{2019} ",
    "allegations it supports convincing audiences that they want ",
    "FALLIN: They want homes. ",
    "scared.  ... I know. ",
    "led Apacs to conclude that Hillary\u{2019}s Trump Claim ",
    "A spokesman for the Home Office said. the spokesman said ",
    "Sen. Joni Ernst, R-Iowa. The Florida senator said ",
    "Andy Smith, director of the Center, which conducted the poll. ",
    // The twenty-ninth review's: outlets that learned, views shared,
    // opening phrases with a place's state, soft hyphens, epithets,
    // envoys, a name and its people, plural possessives, conditions,
    // portfolios, floating words after "who".
    "Council tax will rise, BBC Scotland has learned. ",
    "Dale shares this bleak view and has since indicated that ",
    "At a rally in Portland, Maine, on Thursday, Hart said ",
    "Dan \u{ad}Ortiz said The veteran pop star played. He said ",
    "Pakistan's High Commissioner to Britain said ambassador to the WTO, Carlo Trojan, said ",
    "Mrs. Clinton and her surrogates said a U.S. lobbying component ",
    "Australian tennis' top official said if she hopes to win ",
    "Work and pensions minister Alan Dale said ",
    "Dale, Voss and Kerr, who have all denied the charges, ",
    "Edwards tips Idowu for Euro gold. Sanders also takes aim at ",
    "Amid discord, Trump claims nomination; Players sought for $1m prize ",
    "GM no longer wants to own an alliance agreed in 2000, ",
    "since launch, outstripping the Xbox, said market analysts Chart-Track. ",
    "according to Democratic and independent analysts her Wall Street remarks ",
    "in Washington Heights, she said charge up to \u{a3}1 ",
    // The thirtieth review's: a tag after a quotation, names between
    // titles, parties' members, contractions, polls, owners in tags.
    "\u{201c}a,\u{201d} added another Ohio Democrat. ",
    "governor Mervyn King Billie Jean King said ",
    "A Labour MP, the Most Reverend Tom Dale, said ",
    "She's pointing out who they say they are ",
    "Almost 70% of those asked in a poll said the survey of more than 1,000 ",
    "\"Why?\" Mr Dale's lawyer Ann Cole said. ",
    "Patricia Smith, mother of Sean Smith, said ",
    "Analysts at the bank say Critics of Obama warn Tourists in Porto say ",
    "Reports from Iraq say Brokers at the bank predict ",
    "the message they had been pressing for and ",
    "Said Ann Cole, who grew up with him, \u{201c}",
    "agreed to a $7 million settlement, didn't feel well, ",
    "The Attorney General, Lord Goldsmith, has said. But on Sunday he said ",
    "Acme, set up by Tom Dale, said Ann Cole: \u{2018}No Idea\u{2019} If ",
    // The thirty-first review's: progressives after "be", bodies of two
    // words, headline nouns and passives, unclosed descriptions, "what"
    // clauses, countries, titled given names, "further", "spent",
    // "but", honorifics, abbreviated titles, "by" an argument, doubts,
    // things withheld, long quotations, shots.
    "Many Republicans seem to be hoping that ",
    "Shares in budget airline Kestrel Blue fell. Kestrel Blue said ",
    "The development charity, Vexa (Centre) ran it. Vexa says ",
    "Oil firm Zantex in gas find ",
    "The plan is sound, Ann Cole, the party's strategist told ",
    "warns former engineer and technology analyst Ann Cole ",
    "UK TV channel rapped for CSI ad Blair and Brown criticised by MPs ",
    "tied to what people think of U.S. says ",
    "GOP Chairman Will Rogers said ",
    "did not release further details, saying ",
    "Dale spent much of his campaign railing against ",
    "He said the plan works but some MPs argue ",
    "Ms Cole, who presents the show said ",
    "Rep. Chris Dale backed Tom Vance, he said ",
    "Dale did go out of his way to criticize By Dale's own argument, ",
    "The American had cast doubt on denied his party the victory ",
    "\u{201c}Nobody wants a war. Sometimes there is no other way,\u{201d} he said. ",
    "Vance slammed well over the bar. Ministers were worried that ",
    "sent out a statement reassuring voters that ",
    // The thirty-second review's: initials as a word, a body's "and",
    // slashes, a tag inside an unclosed quotation, "As for", joined
    // descriptions and modifiers, a prize, an unknown body after "the".
    "the Union for Fair Trade and Commerce, Uftc. Uftc said ",
    "The Roads and Bridges Authority said ",
    "A/B/",
    "\"In view of it, the group said in its report. Growth fell. ",
    "As for Trump, he said ",
    "The party front-runner and former senator said ",
    "The oil and gas company said ",
    "claims new world best ",
    "the Halifax said ",
    "Those who know him say ",
    "gadgets are altering the role of the high street thinks Mr Vaughan. ",
    "A spokesman for Mr. Lane said ",
    "ruled Cole, the champion, out of ",
    "Rovers replied with three penalties ",
];

/// Shapes that once made a rule search again inside its own search (places
/// after a share of people), or re-read a whole sentence at each of its
/// words (a title-case headline's verbs), colons or quotations: at these
/// sizes, a regression does not finish.
#[test]
fn repeated_places_headline_verbs_and_colons() {
    for unit in TRIGGERS {
        let text = repeat(unit, 200_000);
        survive(&text);
    }
}

/// Every prefix of each trigger, twice over: a rule that looks past the
/// last token panics here at once (a text may end after any word).
#[test]
fn every_prefix_of_the_triggers() {
    for unit in TRIGGERS {
        let text = unit.repeat(2);
        for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
            check_audit_once(&AUDITOR, &text[..end]);
        }
    }
}
