//! The two fields of an NDJSON record that the audit reads (its text and its
//! id), taken from the line without building the whole record as a
//! `serde_json::Value`: the other fields are parsed and checked as strictly,
//! but nothing is allocated for them.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::borrow::Cow;
use std::fmt;

/// What a line holds.
pub enum Record {
    /// An object, with the values of the text and id fields if present (the
    /// last one where a field repeats, as in a `serde_json::Map`).
    Object {
        text: Option<Value>,
        id: Option<Value>,
    },
    /// Another JSON value.
    NotObject,
}

/// Reads one line: the same errors, at the same places, as
/// `serde_json::from_slice::<Value>`.
pub fn parse(bytes: &[u8], text_field: &str, id_field: &str) -> serde_json::Result<Record> {
    // Most records are flat objects of plain strings: read directly, they
    // spare serde's scratch buffer, grown anew for every record, and the
    // copy out of it. Anything else goes through serde, which also words
    // the errors.
    if let Some(record) = flat::read(bytes, text_field, id_field) {
        return Ok(record);
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let fields = Fields {
        text: text_field,
        id: id_field,
    };
    let record = fields.deserialize(&mut de)?;
    de.end()?;
    Ok(record)
}

/// The names of the fields kept.
struct Fields<'a> {
    text: &'a str,
    id: &'a str,
}

impl<'de> DeserializeSeed<'de> for Fields<'_> {
    type Value = Record;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Record, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Fields<'_> {
    type Value = Record;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record, A::Error> {
        let (mut text, mut id) = (None, None);
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match (key == self.text, key == self.id) {
                (true, true) => {
                    let value: Value = map.next_value()?;
                    id = Some(value.clone());
                    text = Some(value);
                }
                (true, false) => text = Some(map.next_value()?),
                (false, true) => id = Some(map.next_value()?),
                (false, false) => {
                    map.next_value::<Skip>()?;
                }
            }
        }
        Ok(Record::Object { text, id })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Record, A::Error> {
        SkipVisitor.visit_seq(seq)?;
        Ok(Record::NotObject)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Record, E> {
        Ok(Record::NotObject)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Record, E> {
        Ok(Record::NotObject)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Record, E> {
        Ok(Record::NotObject)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Record, E> {
        Ok(Record::NotObject)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Record, E> {
        Ok(Record::NotObject)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Record, E> {
        Ok(Record::NotObject)
    }
}

/// Any JSON value, parsed as a `Value` would be (strings decoded and
/// checked, which `serde::de::IgnoredAny` does not do) and dropped.
struct Skip;

impl<'de> de::Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Skip, D::Error> {
        d.deserialize_any(SkipVisitor)
    }
}

struct SkipVisitor;

impl<'de> Visitor<'de> for SkipVisitor {
    type Value = Skip;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
        while map.next_key::<Skip>()?.is_some() {
            map.next_value::<Skip>()?;
        }
        Ok(Skip)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Skip)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Skip, E> {
        Ok(Skip)
    }
}

/// Records that are one object of string values, with keys free of escapes
/// and values free of `\\u` escapes, read without serde. What this reader
/// accepts serde reads to the same record; on anything else it gives up and
/// serde reads the line.
mod flat {
    use super::Record;
    use serde_json::Value;
    use std::borrow::Cow;

    pub fn read(bytes: &[u8], text_field: &str, id_field: &str) -> Option<Record> {
        let mut c = Cursor { bytes, at: 0 };
        let (mut text, mut id) = (None, None);
        c.skip_ws();
        c.expect(b'{')?;
        c.skip_ws();
        if !c.eat(b'}') {
            loop {
                let key = c.key()?;
                c.skip_ws();
                c.expect(b':')?;
                c.skip_ws();
                let value = c.string()?;
                match (key == text_field.as_bytes(), key == id_field.as_bytes()) {
                    (true, true) => {
                        id = Some(Value::String(value.clone()));
                        text = Some(Value::String(value));
                    }
                    (true, false) => text = Some(Value::String(value)),
                    (false, true) => id = Some(Value::String(value)),
                    (false, false) => {}
                }
                c.skip_ws();
                if c.eat(b'}') {
                    break;
                }
                c.expect(b',')?;
                c.skip_ws();
            }
        }
        c.skip_ws();
        (c.at == bytes.len()).then_some(Record::Object { text, id })
    }

    struct Cursor<'a> {
        bytes: &'a [u8],
        at: usize,
    }

    impl<'a> Cursor<'a> {
        fn skip_ws(&mut self) {
            while matches!(self.bytes.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                self.at += 1;
            }
        }

        fn eat(&mut self, b: u8) -> bool {
            let found = self.bytes.get(self.at) == Some(&b);
            self.at += usize::from(found);
            found
        }

        fn expect(&mut self, b: u8) -> Option<()> {
            self.eat(b).then_some(())
        }

        /// A key without escapes, as its bytes.
        fn key(&mut self) -> Option<&'a [u8]> {
            match self.string_bytes()? {
                Cow::Borrowed(raw) if std::str::from_utf8(raw).is_ok() => Some(raw),
                _ => None,
            }
        }

        /// A string value, decoded.
        fn string(&mut self) -> Option<String> {
            let bytes = match self.string_bytes()? {
                Cow::Borrowed(raw) => raw.to_vec(),
                Cow::Owned(mut decoded) => {
                    decoded.shrink_to_fit();
                    decoded
                }
            };
            String::from_utf8(bytes).ok()
        }

        /// A string's bytes, decoded, the cursor moved past its closing
        /// quotation mark; `None` if there is no string here or it holds a
        /// raw control character or an escape other than the two-character
        /// ones (`\\u` goes through serde).
        fn string_bytes(&mut self) -> Option<Cow<'a, [u8]>> {
            self.expect(b'"')?;
            let bytes = self.bytes;
            // Unescaped bytes not yet copied start here.
            let mut run = self.at;
            let mut decoded = Vec::new();
            loop {
                self.at += find_special(bytes.get(self.at..)?)?;
                match bytes[self.at] {
                    b'"' => break,
                    b'\\' => {
                        if decoded.capacity() == 0 {
                            // The rest of the line bounds what is left of
                            // the string: one allocation.
                            decoded.reserve(bytes.len() - run);
                        }
                        decoded.extend_from_slice(&bytes[run..self.at]);
                        decoded.push(unescaped(*bytes.get(self.at + 1)?)?);
                        self.at += 2;
                        run = self.at;
                    }
                    _ => return None,
                }
            }
            let last = &bytes[run..self.at];
            self.at += 1;
            if decoded.capacity() == 0 {
                Some(Cow::Borrowed(last))
            } else {
                decoded.extend_from_slice(last);
                Some(Cow::Owned(decoded))
            }
        }
    }

    /// The byte a two-character escape stands for (`n` in `\\n`).
    fn unescaped(b: u8) -> Option<u8> {
        Some(match b {
            b'"' => b'"',
            b'\\' => b'\\',
            b'/' => b'/',
            b'b' => 0x08,
            b'f' => 0x0C,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            _ => return None,
        })
    }

    /// The index of the first `"`, `\\` or control character of `bytes`.
    fn find_special(bytes: &[u8]) -> Option<usize> {
        // `|`, not `||`: without branches the test is vectorised.
        crate::find::first(bytes, |b| (b == b'"') | (b == b'\\') | (b < 0x20))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the audit read before: the whole line as a `Value`.
    fn by_value(line: &str) -> Result<Option<(Option<Value>, Option<Value>)>, String> {
        let value: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        Ok(value
            .as_object()
            .map(|o| (o.get("text").cloned(), o.get("id").cloned())))
    }

    fn by_record(line: &str) -> Result<Option<(Option<Value>, Option<Value>)>, String> {
        match parse(line.as_bytes(), "text", "id").map_err(|e| e.to_string())? {
            Record::Object { text, id } => Ok(Some((text, id))),
            Record::NotObject => Ok(None),
        }
    }

    #[test]
    fn records_read_as_values_do() {
        for line in [
            r#"{"id": 7, "text": "A\nb", "title": "x"}"#,
            r#"{"text": "a", "text": 3, "id": {"b": [1, 2.5, null, true]}}"#,
            r#"{"title": "no text"}"#,
            r#"[1, {"text": "in an array"}]"#,
            r#""just a string""#,
            "null",
            "12",
            r#"{"text": "a", "other": "\ud800"}"#,
            r#"{"text": "a", "other": "\x"}"#,
            "{\"text\": \"a\", \"other\": \"\u{1}\"}",
            r#"{"text": "a", "other": 1e999}"#,
            r#"{"text": "a"} trailing"#,
            r#"{"text": "a", "deep": [[[[[[]]]]]]}"#,
            r#"{"id": "x", "text": "a\nb\"c\\d\/e\tf\rg\bh\fi\\\\n\\\"", "t": ""}"#,
            " \t{ \"text\" :\"a\" , \"id\":\"b\"\r}\n ",
            r#"{"text": "a\u00e9\ud83d\ude00"}"#,
            r#"{"text": "a\q"}"#,
            r#"{"text": "a\"#,
            r#"{"text": "a"#,
            r#"{"text": "a",}"#,
            r#"{"text" "a"}"#,
            r#"{"te\u0078t": "a"}"#,
            r#"{"te\nxt": "a"}"#,
            r#"{}"#,
            r#"{"text": "a"}}"#,
            r#"{"text": "a"} {}"#,
            "{\"text\": \"a\\\u{1}\"}",
            "{\"text\": \"a\\\u{e9}\"}",
            "{\"text\": \"a\u{1f}b\"}",
            "\u{feff}{\"text\": \"a\"}",
            r#"{"text": "a", "#,
            "",
        ] {
            assert_eq!(by_record(line), by_value(line), "{line}");
        }
        let deep = format!(
            r#"{{"text": "a", "x": {}{}}}"#,
            "[".repeat(200),
            "]".repeat(200)
        );
        assert_eq!(by_record(&deep), by_value(&deep));
    }

    proptest::proptest! {
        /// Flat records built of JSON's awkward bytes read as values do,
        /// whichever reader takes them.
        #[test]
        fn flat_records_read_as_values_do(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "{", "}", "\"", "\\", ":", ",", " ", "\n", "\t", "text", "id", "a",
                    "é", "n", "u", "00e9", "/", "\u{1}", "1", "[", "]",
                ]),
                0..24,
            )
        ) {
            let line = format!("{{\"id\": \"x\", \"text\": \"{}", parts.concat());
            proptest::prop_assert_eq!(by_record(&line), by_value(&line), "{}", line);
            let line = parts.concat();
            proptest::prop_assert_eq!(by_record(&line), by_value(&line), "{}", line);
        }
    }

    #[test]
    fn invalid_utf8_in_any_field_is_an_error() {
        for line in [
            &b"{\"text\": \"a\", \"other\": \"\xff\"}"[..],
            b"{\"text\": \"a\\n\xe2\x80\"}",
            b"{\"te\xffxt\": \"a\"}",
        ] {
            let value = serde_json::from_slice::<Value>(line).map_err(|e| e.to_string());
            let record = parse(line, "text", "id")
                .map(|_| ())
                .map_err(|e| e.to_string());
            assert_eq!(record.unwrap_err(), value.unwrap_err());
        }
    }

    #[test]
    fn plain_flat_records_are_read_without_serde() {
        for line in [
            r#"{"id": "x", "text": "a\n\"b\"\\"}"#,
            r#" {"text":"a"} "#,
            "{}",
        ] {
            assert!(
                flat::read(line.as_bytes(), "text", "id").is_some(),
                "{line}"
            );
        }
        for line in [r#"{"text": "\u00e9"}"#, r#"{"id": 7, "text": "a"}"#] {
            assert!(
                flat::read(line.as_bytes(), "text", "id").is_none(),
                "{line}"
            );
        }
    }

    #[test]
    fn one_field_may_be_both_text_and_id() {
        let Ok(Record::Object { text, id }) = parse(br#"{"t": "x"}"#, "t", "t") else {
            panic!("not read");
        };
        assert_eq!(text, Some(Value::from("x")));
        assert_eq!(id, Some(Value::from("x")));
    }
}
