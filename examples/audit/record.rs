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

    #[test]
    fn invalid_utf8_in_any_field_is_an_error() {
        let line = b"{\"text\": \"a\", \"other\": \"\xff\"}";
        let value = serde_json::from_slice::<Value>(line).map_err(|e| e.to_string());
        let record = parse(line, "text", "id")
            .map(|_| ())
            .map_err(|e| e.to_string());
        assert_eq!(record.unwrap_err(), value.unwrap_err());
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
