use super::*;

fn quotes(text: &str) -> Vec<Quote> {
    let found = extract(text);
    for quote in &found {
        let chars: Vec<char> = text.chars().collect();
        let content: String = chars[quote.content.start..quote.content.end]
            .iter()
            .collect();
        assert_eq!(content, quote.content.text);
    }
    found
}

#[test]
fn reported_speech_with_a_titled_speaker() {
    let found = quotes("قال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين إن موسكو مستعدة للحوار.");
    assert_eq!(found.len(), 1);
    let quote = &found[0];
    assert_eq!(quote.kind, "indirect");
    assert_eq!(quote.content.text, "موسكو مستعدة للحوار");
    assert_eq!(
        quote.speaker.as_ref().map(|s| s.name.as_str()),
        Some("ديمتري بيسكوف")
    );
    assert_eq!(
        quote.role.as_ref().map(|r| r.text.as_str()),
        Some("المتحدث باسم الكرملين")
    );
}
