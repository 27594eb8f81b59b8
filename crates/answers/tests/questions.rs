//! Questions answered: what the reply says it read, the command it offers giving the
//! same answer, yes-or-no questions answered yes or no first. Whether each question of
//! the corpus is read right is the trainer's test (`crates/trainer/tests/corpus.rs`).

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

fn reply(text: &str, lang: Option<values::Lang>) -> answers::reply::Reply {
    static ANSWERS: std::sync::LazyLock<answers::Answers> = std::sync::LazyLock::new(|| {
        answers::Answers::new(figures::Rates::embedded().unwrap(), values::Lang::Fr)
    });
    ANSWERS.handle(&answers::Request {
        text,
        lang,
        locale: None,
        card: false,
        shared: false,
    })
}

/// The command the reply offers gives the same answer as the question, in the question's
/// language: same title, same fields, same footer.
#[test]
fn the_command_a_reply_offers_gives_the_same_answer() {
    let mut checked = 0;
    for file in ["fr.tsv", "en.tsv"] {
        for row in trainer::corpus::load(&trainer::corpus::dir().join(file)).unwrap() {
            let question = row.question.as_str();
            let answer = reply(question, None);
            if answer.is_error {
                continue;
            }
            let first = answer
                .lines
                .first()
                .map(|l| l.to_string())
                .unwrap_or_default();
            // `aide`, `help`: a command's name, answered as the command.
            if !first.starts_with("Compris") && !first.starts_with("Understood") {
                continue;
            }
            let offered = first
                .rsplit_once(" avec ")
                .or_else(|| first.rsplit_once(" with "))
                .map(|(_, command)| command.to_owned())
                .unwrap_or_else(|| panic!("{question}: no command offered in {first:?}"));
            let typed = reply(&offered, Some(answer.lang));
            assert_eq!(typed.title, answer.title, "{question} → {offered}");
            assert_eq!(typed.fields, answer.fields, "{question} → {offered}");
            assert_eq!(typed.footer, answer.footer, "{question} → {offered}");
            checked += 1;
        }
    }
    assert!(checked > 350, "{checked} questions checked");
}

#[test]
fn yes_or_no_questions_get_a_yes_or_a_no_first() {
    let no = reply("j'ai 17 ans, je peux faire des lives payants ?", None);
    assert_eq!(no.lang, values::Lang::Fr);
    assert!(
        no.lines[1].starts_with("Non, pas encore (Cadeaux LIVE) : il faut avoir au moins 18 ans"),
        "{:?}",
        no.lines
    );
    // 000: « Pour accéder aux lives, vous devez avoir au moins 1 000 abonnés et être
    // majeur »: with the age not given, it depends; with it, yes.
    let depends = reply("i have 1k followers can i go live", None);
    assert_eq!(depends.lang, values::Lang::En);
    assert!(
        depends.lines[1]
            .starts_with("It depends (LIVE gifts): you must be at least 18: give your age (age:)"),
        "{:?}",
        depends.lines
    );
    let yes = reply("i'm 20 and have 1k followers, can i go live", None);
    assert!(
        yes.lines[1].starts_with("Yes: you meet the known requirements (LIVE gifts)"),
        "{:?}",
        yes.lines
    );
    let short = reply("is 10k followers enough for creator rewards?", None);
    assert!(
        short.lines[1].starts_with(
            "It depends (Creator Rewards Program): it takes at least 100,000 views over 30 days: give yours (views:)"
        ),
        "{:?}",
        short.lines
    );
    let eight = reply("is 8k followers enough for creator rewards?", None);
    assert!(
        eight.lines[1]
            .starts_with("No, not yet (Creator Rewards Program): you need 2,000 more followers"),
        "{:?}",
        eight.lines
    );
}

#[test]
fn what_was_read_is_said_and_what_was_not_is_named() {
    let answer = reply(
        "combien je gagne avec 50k abonnés et 2M de vues par mois au maroc",
        None,
    );
    assert_eq!(
        answer.lines[0],
        "Compris : 2\u{202f}000\u{202f}000 vues, 50\u{202f}000 abonnés, Maroc · même réponse avec /gains vues:2000000 abonnes:50000 pays:MA"
    );
    let odd = reply("how much for 3 bananas", None);
    assert!(
        odd.lines
            .iter()
            .any(|l| l == "I did not understand \"3 bananas\"."),
        "{:?}",
        odd.lines
    );
    // A greeting asks nothing: one line back, nothing estimated.
    let hello = reply("bonjour toi", None);
    assert!(hello.title.starts_with("👋 Je suis là"), "{hello:?}");
    assert!(hello.lines.is_empty() && hello.fields.is_empty());
}
