//! Structure-aware: a real document (the seed notice or one of six issued documents of the
//! corpus: a conclusion notice, a notice, a công văn, a quyết định, a kế hoạch, a báo cáo)
//! edited the way drafts are — fragments of
//! header and footer inserted, lines deleted, swapped or duplicated, spans upper-cased or
//! decomposed, layout gaps and table pipes added — then checked.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

const BASES: &[&str] = &[
    include_str!("../../../shared/corpus/seed/thong-bao-ket-luan-lang-son-2020.txt"),
    include_str!("../../../shared/corpus/real/001-tb-vpcp-467-ket-luan-thi-truong-cac-bon.txt"),
    include_str!("../../../shared/corpus/real/002-tb-ubnd-cam-duong-831-tiep-nhan-ho-so-ccn.txt"),
    include_str!("../../../shared/corpus/real/008-cv-vpcp-2739-quan-tri-doanh-nghiep.txt"),
    include_str!("../../../shared/corpus/real/021-qd-ubnd-laocai-904-uy-quyen-doan-tham-dinh-attp.txt"),
    include_str!("../../../shared/corpus/real/024-kh-dkt-sct-laocai-1105-kiem-tra-vlncn.txt"),
    include_str!("../../../shared/corpus/real/029-bc-snnmt-laocai-904-ket-qua-kiem-tra-xac-minh.txt"),
];

const FRAGMENTS: &[&str] = &[
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "UBND TỈNH LẠNG SƠN",
    "Số: 05/TB-UBND", "Số:    /QĐ-UBND", "Lạng Sơn, ngày 05 tháng 3 năm 2020", "THÔNG BÁO",
    "V/v: ", "Kính gửi:", "- Sở Nội vụ;", "Nơi nhận:", "- Lưu: VT, TH.", "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An", "Phụ lục I", "          ", " | ", "<br>",
    "**", "\r\n", "\n", "./.", "1. ", "a) ", "ngày 31/6/2020", "thứ Hai, ngày 03/8/2020", "😀", "\u{301}",
];

#[derive(Arbitrary, Debug)]
enum Edit {
    Insert { at: u16, fragment: u8 },
    DeleteLine { line: u16 },
    DuplicateLine { line: u16 },
    SwapLines { a: u16, b: u16 },
    Upper { line: u16 },
    Decompose { line: u16 },
    Truncate { at: u16 },
}

fn apply(lines: &mut Vec<String>, edit: &Edit) {
    let n = lines.len().max(1);
    match *edit {
        Edit::Insert { at, fragment } => {
            let f = FRAGMENTS[fragment as usize % FRAGMENTS.len()];
            let i = at as usize % n;
            if let Some(l) = lines.get_mut(i) {
                let mut cut = (at as usize / n) % (l.len() + 1);
                while !l.is_char_boundary(cut) {
                    cut -= 1;
                }
                l.insert_str(cut, f);
            }
        }
        Edit::DeleteLine { line } if !lines.is_empty() => {
            lines.remove(line as usize % n);
        }
        Edit::DuplicateLine { line } if !lines.is_empty() => {
            let l = lines[line as usize % n].clone();
            lines.insert(line as usize % n, l);
        }
        Edit::SwapLines { a, b } if !lines.is_empty() => lines.swap(a as usize % n, b as usize % n),
        Edit::Upper { line } if !lines.is_empty() => {
            let i = line as usize % n;
            lines[i] = lines[i].to_uppercase();
        }
        Edit::Decompose { line } if !lines.is_empty() => {
            let i = line as usize % n;
            lines[i] = lines[i].replace('ộ', "o\u{323}\u{302}").replace('ư', "u\u{31b}").replace('á', "a\u{301}");
        }
        Edit::Truncate { at } => lines.truncate(at as usize % (n + 1)),
        _ => {}
    }
}

fuzz_target!(|input: (u8, Vec<Edit>)| {
    let (base, edits) = input;
    let mut lines: Vec<String> = BASES[base as usize % BASES.len()].lines().map(str::to_string).collect();
    for e in edits.iter().take(64) {
        apply(&mut lines, e);
    }
    let text = lines.join("\n");
    common::check_invariants(&text, &thethuc::Options::default());
});
