//! Reading the body (nội dung): dates, citations of other documents, the numbering outline,
//! and the word lists the body rules share. Pure functions over a `Document`; rules in
//! `src/rules/` call them.

pub mod citations;
pub mod dates;
pub mod names;
pub mod outline;
pub mod spelling;
mod window;
