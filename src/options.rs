//! Options of a check: mode, type override, reference date, language and per-rule settings.
//! Deserialised from the JS options object and built from the CLI flags.

use std::collections::BTreeMap;

use crate::diagnostic::Severity;
use crate::doctype::DocType;
use chrono::NaiveDate;

/// `draft`: blank number and day are information ("to be filled when issued");
/// `final`: they are errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Draft,
    Final,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Draft => "draft",
            Mode::Final => "final",
        }
    }

    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "draft" => Some(Mode::Draft),
            "final" => Some(Mode::Final),
            _ => None,
        }
    }
}

/// Language of messages and fix titles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Per-rule setting: `"off"`, a severity override, or a boolean (enable/disable).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleSetting {
    Enabled(bool),
    Level(RuleLevel),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleLevel {
    Off,
    On,
    Error,
    Warning,
    Info,
}

impl RuleLevel {
    /// The levels as written in options, for messages.
    pub const NAMES: &'static str =
        "\"off\", \"on\", \"error\", \"warning\", \"info\", true or false";

    pub fn parse(s: &str) -> Option<RuleLevel> {
        match s {
            "off" => Some(RuleLevel::Off),
            "on" => Some(RuleLevel::On),
            "error" => Some(RuleLevel::Error),
            "warning" => Some(RuleLevel::Warning),
            "info" => Some(RuleLevel::Info),
            _ => None,
        }
    }
}

/// Options as they arrive from JavaScript or the CLI (every field optional), before the
/// values that need the rule registry or a calendar are checked. `FIELDS` lists the keys as
/// JavaScript spells them (`doc_type` is `type`); bindings reject any other key.
#[derive(Debug, Clone, Default)]
pub struct RawOptions {
    pub mode: Option<Mode>,
    pub doc_type: Option<String>,
    pub today: Option<String>,
    pub lang: Option<Lang>,
    pub rules: Option<BTreeMap<String, RuleSetting>>,
}

/// Validated options.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub mode: Mode,
    /// Overrides type detection when set.
    pub doc_type: Option<DocType>,
    /// The reference date for rules about the future; none means such rules stay silent.
    pub today: Option<NaiveDate>,
    pub lang: Lang,
    /// Keyed by rule code or rule name.
    pub rules: BTreeMap<String, RuleSetting>,
}

/// An option value that cannot be used; the message names the option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionsError(pub String);

impl std::fmt::Display for OptionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for OptionsError {}

impl RawOptions {
    /// The option keys, as JavaScript spells them.
    pub const FIELDS: [&'static str; 5] = ["mode", "type", "today", "lang", "rules"];
}

impl TryFrom<RawOptions> for Options {
    type Error = OptionsError;

    fn try_from(raw: RawOptions) -> Result<Self, OptionsError> {
        let doc_type = match raw.doc_type.as_deref() {
            None | Some("") | Some("auto") => None,
            Some(slug) => Some(DocType::from_slug(slug).ok_or_else(|| {
                OptionsError(format!(
                    "type: unknown document type '{slug}' (expected one of: {})",
                    DocType::ALL
                        .iter()
                        .map(|t| t.slug())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })?),
        };
        let today = match raw.today.as_deref() {
            None | Some("") => None,
            Some(s) => Some(parse_iso_date(s).ok_or_else(|| {
                OptionsError(format!("today: '{s}' is not a date in the form YYYY-MM-DD"))
            })?),
        };
        let rules = raw.rules.unwrap_or_default();
        for key in rules.keys() {
            if crate::rules::find(key).is_none() {
                return Err(OptionsError(format!("rules: unknown rule '{key}'")));
            }
        }
        Ok(Options {
            mode: raw.mode.unwrap_or_default(),
            doc_type,
            today,
            lang: raw.lang.unwrap_or_default(),
            rules,
        })
    }
}

impl Options {
    /// Severity the rule runs at, or `None` when it is switched off.
    pub fn effective_severity(
        &self,
        code: &str,
        name: &str,
        default: Severity,
    ) -> Option<Severity> {
        let setting = self.rules.get(code).or_else(|| self.rules.get(name));
        match setting {
            None | Some(RuleSetting::Enabled(true)) | Some(RuleSetting::Level(RuleLevel::On)) => {
                Some(default)
            }
            Some(RuleSetting::Enabled(false)) | Some(RuleSetting::Level(RuleLevel::Off)) => None,
            Some(RuleSetting::Level(RuleLevel::Error)) => Some(Severity::Error),
            Some(RuleSetting::Level(RuleLevel::Warning)) => Some(Severity::Warning),
            Some(RuleSetting::Level(RuleLevel::Info)) => Some(Severity::Info),
        }
    }
}

/// `YYYY-MM-DD` → a calendar date (chrono's format parser would add tens of KB to the wasm).
fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let mut parts = s.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y) && digits(m) && digits(d)) {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        assert_eq!(
            parse_iso_date("2026-11-28"),
            NaiveDate::from_ymd_opt(2026, 11, 28)
        );
        assert_eq!(
            parse_iso_date("2024-02-29"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-1-01",
            "26-11-28",
            "2026-11-28x",
            "",
            "2026-11",
            "+2026-11-28",
        ] {
            assert_eq!(parse_iso_date(bad), None, "{bad}");
        }
    }
}
