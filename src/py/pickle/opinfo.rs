//! Every pickle opcode as `pickletools.opcodes` describes it (name, protocol, argument
//! kind, stack effect), with a one-sentence explanation for learners in English and Korean.

use super::opcodes as op;

/// How an opcode's argument is read from the byte stream (pickletools' `ArgumentDescriptor`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg {
    /// No argument.
    None,
    /// `decimalnl_short`: decimal text up to a newline (`00`/`01` mean False/True).
    DecimalnlShort,
    /// `decimalnl_long`: decimal text up to a newline, maybe ending in `L`.
    DecimalnlLong,
    /// `int4`: 4-byte signed little-endian.
    Int4,
    /// `uint1`: 1 byte.
    Uint1,
    /// `uint2`: 2-byte little-endian.
    Uint2,
    /// `uint4`: 4-byte unsigned little-endian.
    Uint4,
    /// `uint8`: 8-byte unsigned little-endian.
    Uint8,
    /// `long1`: 1-byte length, then a two's-complement little-endian int.
    Long1,
    /// `long4`: 4-byte signed length, then a two's-complement little-endian int.
    Long4,
    /// `stringnl`: a quoted, escaped string up to a newline.
    Stringnl,
    /// `string4`: 4-byte signed length, then latin-1 text.
    String4,
    /// `string1`: 1-byte length, then latin-1 text.
    String1,
    /// `bytes4`: 4-byte unsigned length, then bytes.
    Bytes4,
    /// `bytes1`: 1-byte length, then bytes.
    Bytes1,
    /// `bytes8`: 8-byte length, then bytes.
    Bytes8,
    /// `bytearray8`: 8-byte length, then bytes (a bytearray).
    Bytearray8,
    /// `unicodestringnl`: raw-unicode-escape text up to a newline.
    Unicodestringnl,
    /// `unicodestring1`: 1-byte length, then UTF-8.
    Unicodestring1,
    /// `unicodestring4`: 4-byte length, then UTF-8.
    Unicodestring4,
    /// `unicodestring8`: 8-byte length, then UTF-8.
    Unicodestring8,
    /// `floatnl`: decimal float text up to a newline.
    Floatnl,
    /// `float8`: 8 bytes, big-endian IEEE 754.
    Float8,
    /// `stringnl_noescape_pair`: two lines, module and name.
    StringnlNoescapePair,
    /// `stringnl_noescape`: one line of text.
    StringnlNoescape,
}

/// One opcode, as `pickletools.OpcodeInfo`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpInfo {
    /// The opcode byte.
    pub code: u8,
    /// pickletools' name, e.g. `SHORT_BINUNICODE`.
    pub name: &'static str,
    /// How pickletools prints the code: `repr(code)[1:-1]`, e.g. `(` or `\x80`.
    pub shown: &'static str,
    /// The protocol that introduced it.
    pub proto: u8,
    /// Its argument.
    pub arg: Arg,
    /// pickletools' `stack_before` names (`mark`, `stackslice`, `any`, ...).
    pub before: &'static [&'static str],
    /// pickletools' `stack_after` names.
    pub after: &'static [&'static str],
    /// What it does, for learners (English).
    pub en: &'static str,
    /// What it does, for learners (Korean, glossary terms).
    pub ko: &'static str,
}

/// The opcode with this byte, if there is one.
pub fn info(code: u8) -> Option<&'static OpInfo> {
    OPCODES.iter().find(|op| op.code == code)
}

/// The opcode with this pickletools name, if there is one.
pub fn by_name(name: &str) -> Option<&'static OpInfo> {
    OPCODES.iter().find(|op| op.name == name)
}

/// All 68 opcodes of protocols 0-5, by byte value (generated from CPython 3.11.7's
/// `pickletools.opcodes`).
#[rustfmt::skip]
pub const OPCODES: &[OpInfo] = &[
    OpInfo { code: op::MARK, name: "MARK", shown: "(", proto: 0, arg: Arg::None, before: &[], after: &["mark"], en: "Pushes a MARK: later opcodes take everything above it as one group.", ko: "MARK를 넣습니다: 뒤의 옵코드가 그 위의 객체들을 한 묶음으로 가져갑니다." },
    OpInfo { code: op::EMPTY_TUPLE, name: "EMPTY_TUPLE", shown: ")", proto: 1, arg: Arg::None, before: &[], after: &["tuple"], en: "Pushes the empty tuple.", ko: "빈 tuple을 스택에 넣습니다." },
    OpInfo { code: op::STOP, name: "STOP", shown: ".", proto: 0, arg: Arg::None, before: &["any"], after: &[], en: "Ends the pickle: the top of the stack is the result of pickle.loads.", ko: "pickle을 끝냅니다: 스택 맨 위 객체가 pickle.loads의 결과입니다." },
    OpInfo { code: op::POP, name: "POP", shown: "0", proto: 0, arg: Arg::None, before: &["any"], after: &[], en: "Discards the top of the stack (or the topmost MARK, if it is on top).", ko: "스택 맨 위 객체(맨 위가 MARK이면 그 MARK)를 버립니다." },
    OpInfo { code: op::POP_MARK, name: "POP_MARK", shown: "1", proto: 1, arg: Arg::None, before: &["mark", "stackslice"], after: &[], en: "Discards everything down to and including the topmost MARK.", ko: "맨 위 MARK와 그 위의 객체를 모두 버립니다." },
    OpInfo { code: op::DUP, name: "DUP", shown: "2", proto: 0, arg: Arg::None, before: &["any"], after: &["any", "any"], en: "Pushes the top of the stack again.", ko: "스택 맨 위 객체를 한 번 더 넣습니다." },
    OpInfo { code: op::BINBYTES, name: "BINBYTES", shown: "B", proto: 3, arg: Arg::Bytes4, before: &[], after: &["bytes"], en: "Pushes a bytes object with a 4-byte length.", ko: "4바이트 길이가 붙은 bytes 객체를 스택에 넣습니다." },
    OpInfo { code: op::SHORT_BINBYTES, name: "SHORT_BINBYTES", shown: "C", proto: 3, arg: Arg::Bytes1, before: &[], after: &["bytes"], en: "Pushes a bytes object with a 1-byte length.", ko: "1바이트 길이가 붙은 bytes 객체를 스택에 넣습니다." },
    OpInfo { code: op::FLOAT, name: "FLOAT", shown: "F", proto: 0, arg: Arg::Floatnl, before: &[], after: &["float"], en: "Pushes a float written as decimal text on one line.", ko: "한 줄에 10진수 텍스트로 쓴 float를 스택에 넣습니다." },
    OpInfo { code: op::BINFLOAT, name: "BINFLOAT", shown: "G", proto: 1, arg: Arg::Float8, before: &[], after: &["float"], en: "Pushes a float from 8 big-endian IEEE 754 bytes.", ko: "8바이트 big-endian IEEE 754 값으로 float를 스택에 넣습니다." },
    OpInfo { code: op::INT, name: "INT", shown: "I", proto: 0, arg: Arg::DecimalnlShort, before: &[], after: &["int_or_bool"], en: "Pushes an int (or a bool for 00/01) written as decimal text ending in a newline.", ko: "줄바꿈으로 끝나는 10진수 텍스트로 쓴 int(00/01이면 bool)를 스택에 넣습니다." },
    OpInfo { code: op::BININT, name: "BININT", shown: "J", proto: 1, arg: Arg::Int4, before: &[], after: &["int"], en: "Pushes a 4-byte signed little-endian int.", ko: "4바이트 부호 있는 little-endian 정수를 스택에 넣습니다." },
    OpInfo { code: op::BININT1, name: "BININT1", shown: "K", proto: 1, arg: Arg::Uint1, before: &[], after: &["int"], en: "Pushes a 1-byte unsigned int (0..255).", ko: "1바이트 부호 없는 정수(0..255)를 스택에 넣습니다." },
    OpInfo { code: op::LONG, name: "LONG", shown: "L", proto: 0, arg: Arg::DecimalnlLong, before: &[], after: &["int"], en: "Pushes an int of any size written as decimal text with a trailing L.", ko: "끝에 L이 붙은 10진수 텍스트로 쓴 임의 크기의 int를 스택에 넣습니다." },
    OpInfo { code: op::BININT2, name: "BININT2", shown: "M", proto: 1, arg: Arg::Uint2, before: &[], after: &["int"], en: "Pushes a 2-byte unsigned little-endian int (0..65535).", ko: "2바이트 부호 없는 little-endian 정수(0..65535)를 스택에 넣습니다." },
    OpInfo { code: op::NONE, name: "NONE", shown: "N", proto: 0, arg: Arg::None, before: &[], after: &["None"], en: "Pushes None.", ko: "None을 스택에 넣습니다." },
    OpInfo { code: op::PERSID, name: "PERSID", shown: "P", proto: 0, arg: Arg::StringnlNoescape, before: &[], after: &["any"], en: "Pushes the object a persistent_load hook returns for a text ID.", ko: "텍스트 ID에 대해 persistent_load 훅이 돌려주는 객체를 넣습니다." },
    OpInfo { code: op::BINPERSID, name: "BINPERSID", shown: "Q", proto: 1, arg: Arg::None, before: &["any"], after: &["any"], en: "Pops an ID and pushes the object a persistent_load hook returns for it.", ko: "ID를 꺼내 persistent_load 훅이 돌려주는 객체를 넣습니다." },
    OpInfo { code: op::REDUCE, name: "REDUCE", shown: "R", proto: 0, arg: Arg::None, before: &["any", "any"], after: &["any"], en: "Pops a callable and an argument tuple and pushes callable(*args): this is how a pickle runs code.", ko: "호출 가능 객체와 인자 tuple을 꺼내 callable(*args)의 결과를 넣습니다: pickle이 코드를 실행하는 방법입니다." },
    OpInfo { code: op::STRING, name: "STRING", shown: "S", proto: 0, arg: Arg::Stringnl, before: &[], after: &["bytes_or_str"], en: "Pushes a Python 2 string written as a quoted repr on one line (decoded as ASCII, or bytes with an encoding).", ko: "한 줄에 따옴표 repr로 쓴 Python 2 문자열을 스택에 넣습니다." },
    OpInfo { code: op::BINSTRING, name: "BINSTRING", shown: "T", proto: 1, arg: Arg::String4, before: &[], after: &["bytes_or_str"], en: "Pushes a Python 2 string with a 4-byte length.", ko: "4바이트 길이가 붙은 Python 2 문자열을 스택에 넣습니다." },
    OpInfo { code: op::SHORT_BINSTRING, name: "SHORT_BINSTRING", shown: "U", proto: 1, arg: Arg::String1, before: &[], after: &["bytes_or_str"], en: "Pushes a Python 2 string with a 1-byte length.", ko: "1바이트 길이가 붙은 Python 2 문자열을 스택에 넣습니다." },
    OpInfo { code: op::UNICODE, name: "UNICODE", shown: "V", proto: 0, arg: Arg::Unicodestringnl, before: &[], after: &["str"], en: "Pushes a str written in raw-unicode-escape on one line.", ko: "한 줄에 raw-unicode-escape로 쓴 str을 스택에 넣습니다." },
    OpInfo { code: op::BINUNICODE, name: "BINUNICODE", shown: "X", proto: 1, arg: Arg::Unicodestring4, before: &[], after: &["str"], en: "Pushes a str: a 4-byte length, then that many UTF-8 bytes.", ko: "str을 넣습니다: 4바이트 길이 뒤에 그만큼의 UTF-8 바이트가 옵니다." },
    OpInfo { code: op::EMPTY_LIST, name: "EMPTY_LIST", shown: "]", proto: 1, arg: Arg::None, before: &[], after: &["list"], en: "Pushes an empty list (items come later with APPEND/APPENDS).", ko: "빈 list를 스택에 넣습니다(항목은 나중에 APPEND/APPENDS로 채웁니다)." },
    OpInfo { code: op::APPEND, name: "APPEND", shown: "a", proto: 0, arg: Arg::None, before: &["list", "any"], after: &["list"], en: "Pops one object and appends it to the list below it.", ko: "객체 하나를 꺼내 그 아래의 list에 추가합니다." },
    OpInfo { code: op::BUILD, name: "BUILD", shown: "b", proto: 0, arg: Arg::None, before: &["any", "any"], after: &["any"], en: "Pops a state and sets it on the object below: __setstate__(state) or a __dict__ update.", ko: "상태를 꺼내 그 아래 객체에 설정합니다: __setstate__(state) 또는 __dict__ 갱신." },
    OpInfo { code: op::GLOBAL, name: "GLOBAL", shown: "c", proto: 0, arg: Arg::StringnlNoescapePair, before: &[], after: &["any"], en: "Imports module.name (two text lines) and pushes it: any importable function, such as os.system.", ko: "module.name(텍스트 두 줄)을 import해서 넣습니다: os.system 같은 어떤 함수든 가능합니다." },
    OpInfo { code: op::DICT, name: "DICT", shown: "d", proto: 0, arg: Arg::None, before: &["mark", "stackslice"], after: &["dict"], en: "Pops key, value pairs down to the MARK and pushes them as a new dict.", ko: "MARK까지의 키, 값 쌍을 모두 꺼내 새 dict로 만들어 넣습니다." },
    OpInfo { code: op::APPENDS, name: "APPENDS", shown: "e", proto: 1, arg: Arg::None, before: &["list", "mark", "stackslice"], after: &["list"], en: "Pops everything down to the MARK and extends the list below the MARK with it.", ko: "MARK까지의 객체를 모두 꺼내 MARK 아래의 list에 이어 붙입니다." },
    OpInfo { code: op::GET, name: "GET", shown: "g", proto: 0, arg: Arg::DecimalnlShort, before: &[], after: &["any"], en: "Pushes the memo entry whose decimal key follows (the same object again, not a copy).", ko: "뒤따르는 10진수 키의 memo 항목을 넣습니다(복사본이 아니라 같은 객체입니다)." },
    OpInfo { code: op::BINGET, name: "BINGET", shown: "h", proto: 1, arg: Arg::Uint1, before: &[], after: &["any"], en: "Pushes the memo entry with a 1-byte key (the same object again, not a copy).", ko: "1바이트 키의 memo 항목을 넣습니다(복사본이 아니라 같은 객체입니다)." },
    OpInfo { code: op::INST, name: "INST", shown: "i", proto: 0, arg: Arg::StringnlNoescapePair, before: &["mark", "stackslice"], after: &["any"], en: "Imports module.name and calls it with the objects above the MARK (protocol 0 instance).", ko: "module.name을 import해서 MARK 위의 객체들을 인자로 호출합니다(프로토콜 0 인스턴스)." },
    OpInfo { code: op::LONG_BINGET, name: "LONG_BINGET", shown: "j", proto: 1, arg: Arg::Uint4, before: &[], after: &["any"], en: "Pushes the memo entry with a 4-byte key (the same object again, not a copy).", ko: "4바이트 키의 memo 항목을 넣습니다(복사본이 아니라 같은 객체입니다)." },
    OpInfo { code: op::LIST, name: "LIST", shown: "l", proto: 0, arg: Arg::None, before: &["mark", "stackslice"], after: &["list"], en: "Pops everything down to the MARK and pushes it as a new list.", ko: "MARK까지의 객체를 모두 꺼내 새 list로 만들어 넣습니다." },
    OpInfo { code: op::OBJ, name: "OBJ", shown: "o", proto: 1, arg: Arg::None, before: &["mark", "any", "stackslice"], after: &["any"], en: "Calls the class just above the MARK with the other objects above the MARK.", ko: "MARK 바로 위의 클래스를 MARK 위의 나머지 객체들을 인자로 호출합니다." },
    OpInfo { code: op::PUT, name: "PUT", shown: "p", proto: 0, arg: Arg::DecimalnlShort, before: &[], after: &[], en: "Stores the top of the stack in the memo under a decimal key (the stack stays).", ko: "스택 맨 위 객체를 10진수 키로 memo에 저장합니다(스택은 그대로입니다)." },
    OpInfo { code: op::BINPUT, name: "BINPUT", shown: "q", proto: 1, arg: Arg::Uint1, before: &[], after: &[], en: "Stores the top of the stack in the memo under a 1-byte key (the stack stays).", ko: "스택 맨 위 객체를 1바이트 키로 memo에 저장합니다(스택은 그대로입니다)." },
    OpInfo { code: op::LONG_BINPUT, name: "LONG_BINPUT", shown: "r", proto: 1, arg: Arg::Uint4, before: &[], after: &[], en: "Stores the top of the stack in the memo under a 4-byte key (the stack stays).", ko: "스택 맨 위 객체를 4바이트 키로 memo에 저장합니다(스택은 그대로입니다)." },
    OpInfo { code: op::SETITEM, name: "SETITEM", shown: "s", proto: 0, arg: Arg::None, before: &["dict", "any", "any"], after: &["dict"], en: "Pops a key and a value and stores them in the dict below them.", ko: "키와 값을 꺼내 그 아래의 dict에 저장합니다." },
    OpInfo { code: op::TUPLE, name: "TUPLE", shown: "t", proto: 0, arg: Arg::None, before: &["mark", "stackslice"], after: &["tuple"], en: "Pops everything down to the MARK and pushes it as a tuple.", ko: "MARK까지의 객체를 모두 꺼내 tuple로 만들어 넣습니다." },
    OpInfo { code: op::SETITEMS, name: "SETITEMS", shown: "u", proto: 1, arg: Arg::None, before: &["dict", "mark", "stackslice"], after: &["dict"], en: "Pops key, value pairs down to the MARK and stores them in the dict below the MARK.", ko: "MARK까지의 키, 값 쌍을 모두 꺼내 MARK 아래의 dict에 저장합니다." },
    OpInfo { code: op::EMPTY_DICT, name: "EMPTY_DICT", shown: "}", proto: 1, arg: Arg::None, before: &[], after: &["dict"], en: "Pushes an empty dict (items come later with SETITEM/SETITEMS).", ko: "빈 dict를 스택에 넣습니다(항목은 나중에 SETITEM/SETITEMS로 채웁니다)." },
    OpInfo { code: op::PROTO, name: "PROTO", shown: "\\x80", proto: 2, arg: Arg::Uint1, before: &[], after: &[], en: "Says which pickle protocol (0-5) wrote the rest of the byte stream.", ko: "바이트 스트림의 나머지를 쓴 pickle 프로토콜(0-5)을 알립니다." },
    OpInfo { code: op::NEWOBJ, name: "NEWOBJ", shown: "\\x81", proto: 2, arg: Arg::None, before: &["any", "any"], after: &["any"], en: "Pops a class and an argument tuple and pushes cls.__new__(cls, *args).", ko: "클래스와 인자 tuple을 꺼내 cls.__new__(cls, *args)의 결과를 넣습니다." },
    OpInfo { code: op::EXT1, name: "EXT1", shown: "\\x82", proto: 2, arg: Arg::Uint1, before: &[], after: &["any"], en: "Pushes an object from the copyreg extension registry by a 1-byte code.", ko: "1바이트 코드로 copyreg 확장 레지스트리의 객체를 넣습니다." },
    OpInfo { code: op::EXT2, name: "EXT2", shown: "\\x83", proto: 2, arg: Arg::Uint2, before: &[], after: &["any"], en: "Pushes an object from the copyreg extension registry by a 2-byte code.", ko: "2바이트 코드로 copyreg 확장 레지스트리의 객체를 넣습니다." },
    OpInfo { code: op::EXT4, name: "EXT4", shown: "\\x84", proto: 2, arg: Arg::Int4, before: &[], after: &["any"], en: "Pushes an object from the copyreg extension registry by a 4-byte code.", ko: "4바이트 코드로 copyreg 확장 레지스트리의 객체를 넣습니다." },
    OpInfo { code: op::TUPLE1, name: "TUPLE1", shown: "\\x85", proto: 2, arg: Arg::None, before: &["any"], after: &["tuple"], en: "Pops one object and pushes a 1-tuple of it.", ko: "객체 하나를 꺼내 원소 1개짜리 tuple로 넣습니다." },
    OpInfo { code: op::TUPLE2, name: "TUPLE2", shown: "\\x86", proto: 2, arg: Arg::None, before: &["any", "any"], after: &["tuple"], en: "Pops two objects and pushes a 2-tuple of them.", ko: "객체 두 개를 꺼내 원소 2개짜리 tuple로 넣습니다." },
    OpInfo { code: op::TUPLE3, name: "TUPLE3", shown: "\\x87", proto: 2, arg: Arg::None, before: &["any", "any", "any"], after: &["tuple"], en: "Pops three objects and pushes a 3-tuple of them.", ko: "객체 세 개를 꺼내 원소 3개짜리 tuple로 넣습니다." },
    OpInfo { code: op::NEWTRUE, name: "NEWTRUE", shown: "\\x88", proto: 2, arg: Arg::None, before: &[], after: &["bool"], en: "Pushes True.", ko: "True를 스택에 넣습니다." },
    OpInfo { code: op::NEWFALSE, name: "NEWFALSE", shown: "\\x89", proto: 2, arg: Arg::None, before: &[], after: &["bool"], en: "Pushes False.", ko: "False를 스택에 넣습니다." },
    OpInfo { code: op::LONG1, name: "LONG1", shown: "\\x8a", proto: 2, arg: Arg::Long1, before: &[], after: &["int"], en: "Pushes an int of any size: a 1-byte length, then that many two's-complement bytes.", ko: "임의 크기의 int를 넣습니다: 1바이트 길이 뒤에 그만큼의 2의 보수 바이트가 옵니다." },
    OpInfo { code: op::LONG4, name: "LONG4", shown: "\\x8b", proto: 2, arg: Arg::Long4, before: &[], after: &["int"], en: "Pushes an int of any size: a 4-byte length, then that many two's-complement bytes.", ko: "임의 크기의 int를 넣습니다: 4바이트 길이 뒤에 그만큼의 2의 보수 바이트가 옵니다." },
    OpInfo { code: op::SHORT_BINUNICODE, name: "SHORT_BINUNICODE", shown: "\\x8c", proto: 4, arg: Arg::Unicodestring1, before: &[], after: &["str"], en: "Pushes a str: a 1-byte length, then that many UTF-8 bytes.", ko: "str을 넣습니다: 1바이트 길이 뒤에 그만큼의 UTF-8 바이트가 옵니다." },
    OpInfo { code: op::BINUNICODE8, name: "BINUNICODE8", shown: "\\x8d", proto: 4, arg: Arg::Unicodestring8, before: &[], after: &["str"], en: "Pushes a str: an 8-byte length, then that many UTF-8 bytes.", ko: "str을 넣습니다: 8바이트 길이 뒤에 그만큼의 UTF-8 바이트가 옵니다." },
    OpInfo { code: op::BINBYTES8, name: "BINBYTES8", shown: "\\x8e", proto: 4, arg: Arg::Bytes8, before: &[], after: &["bytes"], en: "Pushes a bytes object with an 8-byte length.", ko: "8바이트 길이가 붙은 bytes 객체를 스택에 넣습니다." },
    OpInfo { code: op::EMPTY_SET, name: "EMPTY_SET", shown: "\\x8f", proto: 4, arg: Arg::None, before: &[], after: &["set"], en: "Pushes an empty set (items come later with ADDITEMS).", ko: "빈 set을 스택에 넣습니다(항목은 나중에 ADDITEMS로 채웁니다)." },
    OpInfo { code: op::ADDITEMS, name: "ADDITEMS", shown: "\\x90", proto: 4, arg: Arg::None, before: &["set", "mark", "stackslice"], after: &["set"], en: "Pops everything down to the MARK and adds it to the set below the MARK.", ko: "MARK까지의 객체를 모두 꺼내 MARK 아래의 set에 추가합니다." },
    OpInfo { code: op::FROZENSET, name: "FROZENSET", shown: "\\x91", proto: 4, arg: Arg::None, before: &["mark", "stackslice"], after: &["frozenset"], en: "Pops everything down to the MARK and pushes it as a frozenset.", ko: "MARK까지의 객체를 모두 꺼내 frozenset으로 만들어 넣습니다." },
    OpInfo { code: op::NEWOBJ_EX, name: "NEWOBJ_EX", shown: "\\x92", proto: 4, arg: Arg::None, before: &["any", "any", "any"], after: &["any"], en: "Pops a class, an argument tuple and a keyword dict and pushes cls.__new__(cls, *args, **kwargs).", ko: "클래스, 인자 tuple, 키워드 dict를 꺼내 cls.__new__(cls, *args, **kwargs)의 결과를 넣습니다." },
    OpInfo { code: op::STACK_GLOBAL, name: "STACK_GLOBAL", shown: "\\x93", proto: 4, arg: Arg::None, before: &["str", "str"], after: &["any"], en: "Pops a module name and a name, imports module.name and pushes it: any importable function.", ko: "모듈 이름과 이름을 꺼내 module.name을 import해서 넣습니다: 어떤 함수든 가능합니다." },
    OpInfo { code: op::MEMOIZE, name: "MEMOIZE", shown: "\\x94", proto: 4, arg: Arg::None, before: &["any"], after: &["any"], en: "Stores the top of the stack in the memo under the next free key (the stack stays).", ko: "스택 맨 위 객체를 다음 빈 키로 memo에 저장합니다(스택은 그대로입니다)." },
    OpInfo { code: op::FRAME, name: "FRAME", shown: "\\x95", proto: 4, arg: Arg::Uint8, before: &[], after: &[], en: "Announces that the next N bytes form one frame (a hint for buffered reading).", ko: "다음 N바이트가 하나의 프레임임을 알립니다(버퍼 읽기를 위한 힌트)." },
    OpInfo { code: op::BYTEARRAY8, name: "BYTEARRAY8", shown: "\\x96", proto: 5, arg: Arg::Bytearray8, before: &[], after: &["bytearray"], en: "Pushes a bytearray with an 8-byte length.", ko: "8바이트 길이가 붙은 bytearray를 스택에 넣습니다." },
    OpInfo { code: op::NEXT_BUFFER, name: "NEXT_BUFFER", shown: "\\x97", proto: 5, arg: Arg::None, before: &[], after: &["buffer"], en: "Pushes the next out-of-band buffer (needs buffers= in pickle.loads).", ko: "다음 out-of-band 버퍼를 스택에 넣습니다(pickle.loads에 buffers=가 필요합니다)." },
    OpInfo { code: op::READONLY_BUFFER, name: "READONLY_BUFFER", shown: "\\x98", proto: 5, arg: Arg::None, before: &["buffer"], after: &["buffer"], en: "Makes the buffer on top of the stack read-only.", ko: "스택 맨 위의 버퍼를 읽기 전용으로 만듭니다." },
];

#[cfg(test)]
mod tests {
    use super::*;

    /// `' '.join(f'{o.name}:{ord(o.code):02x}:{o.proto}' for o in pickletools.opcodes)`
    /// from CPython 3.11.7.
    const PICKLETOOLS: &str = "INT:49:0 BININT:4a:1 BININT1:4b:1 BININT2:4d:1 LONG:4c:0 LONG1:8a:2 LONG4:8b:2 STRING:53:0 BINSTRING:54:1 SHORT_BINSTRING:55:1 BINBYTES:42:3 SHORT_BINBYTES:43:3 BINBYTES8:8e:4 BYTEARRAY8:96:5 NEXT_BUFFER:97:5 READONLY_BUFFER:98:5 NONE:4e:0 NEWTRUE:88:2 NEWFALSE:89:2 UNICODE:56:0 SHORT_BINUNICODE:8c:4 BINUNICODE:58:1 BINUNICODE8:8d:4 FLOAT:46:0 BINFLOAT:47:1 EMPTY_LIST:5d:1 APPEND:61:0 APPENDS:65:1 LIST:6c:0 EMPTY_TUPLE:29:1 TUPLE:74:0 TUPLE1:85:2 TUPLE2:86:2 TUPLE3:87:2 EMPTY_DICT:7d:1 DICT:64:0 SETITEM:73:0 SETITEMS:75:1 EMPTY_SET:8f:4 ADDITEMS:90:4 FROZENSET:91:4 POP:30:0 DUP:32:0 MARK:28:0 POP_MARK:31:1 GET:67:0 BINGET:68:1 LONG_BINGET:6a:1 PUT:70:0 BINPUT:71:1 LONG_BINPUT:72:1 MEMOIZE:94:4 EXT1:82:2 EXT2:83:2 EXT4:84:2 GLOBAL:63:0 STACK_GLOBAL:93:4 REDUCE:52:0 BUILD:62:0 INST:69:0 OBJ:6f:1 NEWOBJ:81:2 NEWOBJ_EX:92:4 PROTO:80:2 STOP:2e:0 FRAME:95:4 PERSID:50:0 BINPERSID:51:1";

    #[test]
    fn table_matches_pickletools() {
        let mut n = 0;
        for entry in PICKLETOOLS.split_whitespace() {
            let mut parts = entry.split(':');
            let (name, code, proto) = (parts.next(), parts.next(), parts.next());
            let code = u8::from_str_radix(code.unwrap_or(""), 16).unwrap_or(0);
            let op = info(code).unwrap_or_else(|| panic!("{entry}"));
            assert_eq!(Some(op.name), name, "{entry}");
            assert_eq!(Some(op.proto.to_string().as_str()), proto, "{entry}");
            assert_eq!(by_name(op.name), Some(op));
            n += 1;
        }
        assert_eq!(n, OPCODES.len());
        assert_eq!(n, 68);
    }

    #[test]
    fn every_opcode_is_explained_in_both_languages() {
        for op in OPCODES {
            assert!(op.en.ends_with('.') && op.en.len() > 10, "{}", op.name);
            // Korean text: at least one Hangul syllable.
            assert!(
                op.ko
                    .chars()
                    .any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c)),
                "{}",
                op.name
            );
        }
    }
}
