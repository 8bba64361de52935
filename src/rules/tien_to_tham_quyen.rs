//! TT501 `tien-to-tham-quyen`: an authority prefix of the signature block not written
//! `TM.`, `KT.`, `TL.`, `TUQ.` or `Q.` (without its dot, old slash forms, lower case).

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity};
use crate::document::Document;
use crate::fold::fold;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::chuoi_tham_quyen::{read, Role};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT501",
        name: "tien-to-tham-quyen",
        component: ComponentKind::ChuKy,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Chữ viết tắt thẩm quyền ký sai (TM., KT., TL., TUQ., Q. có dấu chấm)",
        summary_en: "The signing authority prefix is miswritten",
        spec: "§1.7",
        docs: docs!("## Kiểm tra gì\n\
Chữ viết tắt quyền hạn ký ở đầu dòng thẩm quyền của khối chữ ký: phải viết đúng `TM.` \
(thay mặt), `KT.` (ký thay), `TL.` (thừa lệnh), `TUQ.` (thừa ủy quyền), `Q.` (quyền): chữ \
in hoa, có dấu chấm, cách chữ sau một dấu cách. Báo lỗi khi thiếu dấu chấm (`KT CHỦ \
TỊCH`), dùng cách viết cũ có gạch chéo (`K/T`, `T/M`, `T/M.`, `T/L`), viết thường \
(`Tm.`, `tl.`), chấm giữa các chữ (`T.M.`) hoặc dính liền chữ sau (`KT.CHỦ TỊCH`).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Điều 13 và Phụ lục I mục II.7 (spec §1.7, §6 mục 14): các chữ viết \
tắt `TM.`, `KT.`, `TL.`, `TUQ.`, `Q.` đặt trước chức vụ hoặc tên tập thể; dòng quyền hạn \
người ký trình bày bằng chữ in hoa (spec §3). Các dạng `K/T`, `T/M` là cách viết của văn \
bản cũ.\n\n\
## Ví dụ\n\
`T/M. ĐOÀN KIỂM TRA` → `TM. ĐOÀN KIỂM TRA`; `KT CHỦ TỊCH` → `KT. CHỦ TỊCH`.\n\n\
## Sửa\n\
Thay bằng chữ viết tắt đúng. An toàn (`safe`): mỗi cách viết sai chỉ ứng với một chữ \
viết tắt của Nghị định, nên chữ sửa là chắc chắn. Phần chữ sau tiền tố (chức vụ, tên tập \
thể) do quy tắc TT503 kiểm tra."),
    },
    check,
};

/// The authority prefixes of Nghị định 30 Điều 13.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Prefix {
    /// `TM.` thay mặt (a collective).
    Tm,
    /// `KT.` ký thay (a deputy for the head).
    Kt,
    /// `TL.` thừa lệnh.
    Tl,
    /// `TUQ.` thừa ủy quyền.
    Tuq,
    /// `Q.` quyền (acting head).
    Q,
}

impl Prefix {
    pub(super) fn canonical(self) -> &'static str {
        match self {
            Prefix::Tm => "TM.",
            Prefix::Kt => "KT.",
            Prefix::Tl => "TL.",
            Prefix::Tuq => "TUQ.",
            Prefix::Q => "Q.",
        }
    }
}

/// A word read as an authority prefix in any of its spellings (`KT.`, `KT`, `K/T`, `T/M.`,
/// `T.M.`, `tl.`), or `None`. `Q` needs its dot: a bare `Q` is too short to mean anything.
pub(super) fn parse_prefix(word: &str) -> Option<Prefix> {
    let f = fold(word);
    let f = f.trim_end_matches([',', ';']);
    if f.is_empty()
        || f.len() > 6
        || !f
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == '.' || c == '/')
    {
        return None;
    }
    let letters: String = f.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    match letters.as_str() {
        "tm" => Some(Prefix::Tm),
        "kt" => Some(Prefix::Kt),
        "tl" => Some(Prefix::Tl),
        "tuq" => Some(Prefix::Tuq),
        "q" if f == "q." => Some(Prefix::Q),
        _ => None,
    }
}

fn check(doc: &Document, cx: &mut Context) {
    let Some(c) = cx.need(doc, ComponentKind::ChuKy) else {
        return;
    };
    let sig = read(doc, c);
    for item in &sig.items {
        let Role::Authority {
            prefix,
            kind,
            glued,
        } = item.role
        else {
            continue;
        };
        let written = doc.slice(prefix);
        let right = kind.canonical();
        if written == right && !glued {
            continue;
        }
        let (msg, new_text) = if glued && written == right {
            (
                cx.tr(
                    format!("Thiếu dấu cách sau “{right}”"),
                    format!("A space is missing after “{right}”"),
                ),
                format!("{right} "),
            )
        } else {
            let new_text = if glued {
                format!("{right} ")
            } else {
                right.to_string()
            };
            (
                cx.tr(
                    format!("Viết tắt thẩm quyền ký sai: “{written}”, đúng là “{right}”"),
                    format!("Miswritten authority prefix: “{written}” should read “{right}”"),
                ),
                new_text,
            )
        };
        let title = if glued && written == right {
            cx.tr(
                format!("Thêm dấu cách sau “{right}”"),
                format!("Insert a space after “{right}”"),
            )
        } else {
            cx.tr(format!("Sửa thành “{right}”"), format!("Change to “{right}”"))
        };
        cx.report(prefix, msg)
            .with_fix(title, Applicability::Safe, prefix, new_text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_in_every_spelling() {
        for w in ["KT.", "KT", "K/T", "K/T.", "kt.", "Kt.", "K.T."] {
            assert_eq!(parse_prefix(w), Some(Prefix::Kt), "{w}");
        }
        for w in ["TM.", "T/M", "T/M.", "Tm.", "T.M."] {
            assert_eq!(parse_prefix(w), Some(Prefix::Tm), "{w}");
        }
        assert_eq!(parse_prefix("tl."), Some(Prefix::Tl));
        assert_eq!(parse_prefix("TUQ."), Some(Prefix::Tuq));
        assert_eq!(parse_prefix("Q."), Some(Prefix::Q));
        assert_eq!(parse_prefix("Q"), None);
        assert_eq!(parse_prefix("TS."), None);
        assert_eq!(parse_prefix("CHỦ"), None);
    }
}
