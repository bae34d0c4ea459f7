//! Every pickle opcode as `pickletools.opcodes` describes it (name, protocol, argument
//! kind, stack effect). What each one does, in words, is the page's (the Serialize
//! lab's `opcode_words`): the engine keeps the facts.

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
    OpInfo { code: op::MARK, name: "MARK", shown: "(", proto: 0, arg: Arg::None, before: &[], after: &["mark"] },
    OpInfo { code: op::EMPTY_TUPLE, name: "EMPTY_TUPLE", shown: ")", proto: 1, arg: Arg::None, before: &[], after: &["tuple"] },
    OpInfo { code: op::STOP, name: "STOP", shown: ".", proto: 0, arg: Arg::None, before: &["any"], after: &[] },
    OpInfo { code: op::POP, name: "POP", shown: "0", proto: 0, arg: Arg::None, before: &["any"], after: &[] },
    OpInfo { code: op::POP_MARK, name: "POP_MARK", shown: "1", proto: 1, arg: Arg::None, before: &["mark", "stackslice"], after: &[] },
    OpInfo { code: op::DUP, name: "DUP", shown: "2", proto: 0, arg: Arg::None, before: &["any"], after: &["any", "any"] },
    OpInfo { code: op::BINBYTES, name: "BINBYTES", shown: "B", proto: 3, arg: Arg::Bytes4, before: &[], after: &["bytes"] },
    OpInfo { code: op::SHORT_BINBYTES, name: "SHORT_BINBYTES", shown: "C", proto: 3, arg: Arg::Bytes1, before: &[], after: &["bytes"] },
    OpInfo { code: op::FLOAT, name: "FLOAT", shown: "F", proto: 0, arg: Arg::Floatnl, before: &[], after: &["float"] },
    OpInfo { code: op::BINFLOAT, name: "BINFLOAT", shown: "G", proto: 1, arg: Arg::Float8, before: &[], after: &["float"] },
    OpInfo { code: op::INT, name: "INT", shown: "I", proto: 0, arg: Arg::DecimalnlShort, before: &[], after: &["int_or_bool"] },
    OpInfo { code: op::BININT, name: "BININT", shown: "J", proto: 1, arg: Arg::Int4, before: &[], after: &["int"] },
    OpInfo { code: op::BININT1, name: "BININT1", shown: "K", proto: 1, arg: Arg::Uint1, before: &[], after: &["int"] },
    OpInfo { code: op::LONG, name: "LONG", shown: "L", proto: 0, arg: Arg::DecimalnlLong, before: &[], after: &["int"] },
    OpInfo { code: op::BININT2, name: "BININT2", shown: "M", proto: 1, arg: Arg::Uint2, before: &[], after: &["int"] },
    OpInfo { code: op::NONE, name: "NONE", shown: "N", proto: 0, arg: Arg::None, before: &[], after: &["None"] },
    OpInfo { code: op::PERSID, name: "PERSID", shown: "P", proto: 0, arg: Arg::StringnlNoescape, before: &[], after: &["any"] },
    OpInfo { code: op::BINPERSID, name: "BINPERSID", shown: "Q", proto: 1, arg: Arg::None, before: &["any"], after: &["any"] },
    OpInfo { code: op::REDUCE, name: "REDUCE", shown: "R", proto: 0, arg: Arg::None, before: &["any", "any"], after: &["any"] },
    OpInfo { code: op::STRING, name: "STRING", shown: "S", proto: 0, arg: Arg::Stringnl, before: &[], after: &["bytes_or_str"] },
    OpInfo { code: op::BINSTRING, name: "BINSTRING", shown: "T", proto: 1, arg: Arg::String4, before: &[], after: &["bytes_or_str"] },
    OpInfo { code: op::SHORT_BINSTRING, name: "SHORT_BINSTRING", shown: "U", proto: 1, arg: Arg::String1, before: &[], after: &["bytes_or_str"] },
    OpInfo { code: op::UNICODE, name: "UNICODE", shown: "V", proto: 0, arg: Arg::Unicodestringnl, before: &[], after: &["str"] },
    OpInfo { code: op::BINUNICODE, name: "BINUNICODE", shown: "X", proto: 1, arg: Arg::Unicodestring4, before: &[], after: &["str"] },
    OpInfo { code: op::EMPTY_LIST, name: "EMPTY_LIST", shown: "]", proto: 1, arg: Arg::None, before: &[], after: &["list"] },
    OpInfo { code: op::APPEND, name: "APPEND", shown: "a", proto: 0, arg: Arg::None, before: &["list", "any"], after: &["list"] },
    OpInfo { code: op::BUILD, name: "BUILD", shown: "b", proto: 0, arg: Arg::None, before: &["any", "any"], after: &["any"] },
    OpInfo { code: op::GLOBAL, name: "GLOBAL", shown: "c", proto: 0, arg: Arg::StringnlNoescapePair, before: &[], after: &["any"] },
    OpInfo { code: op::DICT, name: "DICT", shown: "d", proto: 0, arg: Arg::None, before: &["mark", "stackslice"], after: &["dict"] },
    OpInfo { code: op::APPENDS, name: "APPENDS", shown: "e", proto: 1, arg: Arg::None, before: &["list", "mark", "stackslice"], after: &["list"] },
    OpInfo { code: op::GET, name: "GET", shown: "g", proto: 0, arg: Arg::DecimalnlShort, before: &[], after: &["any"] },
    OpInfo { code: op::BINGET, name: "BINGET", shown: "h", proto: 1, arg: Arg::Uint1, before: &[], after: &["any"] },
    OpInfo { code: op::INST, name: "INST", shown: "i", proto: 0, arg: Arg::StringnlNoescapePair, before: &["mark", "stackslice"], after: &["any"] },
    OpInfo { code: op::LONG_BINGET, name: "LONG_BINGET", shown: "j", proto: 1, arg: Arg::Uint4, before: &[], after: &["any"] },
    OpInfo { code: op::LIST, name: "LIST", shown: "l", proto: 0, arg: Arg::None, before: &["mark", "stackslice"], after: &["list"] },
    OpInfo { code: op::OBJ, name: "OBJ", shown: "o", proto: 1, arg: Arg::None, before: &["mark", "any", "stackslice"], after: &["any"] },
    OpInfo { code: op::PUT, name: "PUT", shown: "p", proto: 0, arg: Arg::DecimalnlShort, before: &[], after: &[] },
    OpInfo { code: op::BINPUT, name: "BINPUT", shown: "q", proto: 1, arg: Arg::Uint1, before: &[], after: &[] },
    OpInfo { code: op::LONG_BINPUT, name: "LONG_BINPUT", shown: "r", proto: 1, arg: Arg::Uint4, before: &[], after: &[] },
    OpInfo { code: op::SETITEM, name: "SETITEM", shown: "s", proto: 0, arg: Arg::None, before: &["dict", "any", "any"], after: &["dict"] },
    OpInfo { code: op::TUPLE, name: "TUPLE", shown: "t", proto: 0, arg: Arg::None, before: &["mark", "stackslice"], after: &["tuple"] },
    OpInfo { code: op::SETITEMS, name: "SETITEMS", shown: "u", proto: 1, arg: Arg::None, before: &["dict", "mark", "stackslice"], after: &["dict"] },
    OpInfo { code: op::EMPTY_DICT, name: "EMPTY_DICT", shown: "}", proto: 1, arg: Arg::None, before: &[], after: &["dict"] },
    OpInfo { code: op::PROTO, name: "PROTO", shown: "\\x80", proto: 2, arg: Arg::Uint1, before: &[], after: &[] },
    OpInfo { code: op::NEWOBJ, name: "NEWOBJ", shown: "\\x81", proto: 2, arg: Arg::None, before: &["any", "any"], after: &["any"] },
    OpInfo { code: op::EXT1, name: "EXT1", shown: "\\x82", proto: 2, arg: Arg::Uint1, before: &[], after: &["any"] },
    OpInfo { code: op::EXT2, name: "EXT2", shown: "\\x83", proto: 2, arg: Arg::Uint2, before: &[], after: &["any"] },
    OpInfo { code: op::EXT4, name: "EXT4", shown: "\\x84", proto: 2, arg: Arg::Int4, before: &[], after: &["any"] },
    OpInfo { code: op::TUPLE1, name: "TUPLE1", shown: "\\x85", proto: 2, arg: Arg::None, before: &["any"], after: &["tuple"] },
    OpInfo { code: op::TUPLE2, name: "TUPLE2", shown: "\\x86", proto: 2, arg: Arg::None, before: &["any", "any"], after: &["tuple"] },
    OpInfo { code: op::TUPLE3, name: "TUPLE3", shown: "\\x87", proto: 2, arg: Arg::None, before: &["any", "any", "any"], after: &["tuple"] },
    OpInfo { code: op::NEWTRUE, name: "NEWTRUE", shown: "\\x88", proto: 2, arg: Arg::None, before: &[], after: &["bool"] },
    OpInfo { code: op::NEWFALSE, name: "NEWFALSE", shown: "\\x89", proto: 2, arg: Arg::None, before: &[], after: &["bool"] },
    OpInfo { code: op::LONG1, name: "LONG1", shown: "\\x8a", proto: 2, arg: Arg::Long1, before: &[], after: &["int"] },
    OpInfo { code: op::LONG4, name: "LONG4", shown: "\\x8b", proto: 2, arg: Arg::Long4, before: &[], after: &["int"] },
    OpInfo { code: op::SHORT_BINUNICODE, name: "SHORT_BINUNICODE", shown: "\\x8c", proto: 4, arg: Arg::Unicodestring1, before: &[], after: &["str"] },
    OpInfo { code: op::BINUNICODE8, name: "BINUNICODE8", shown: "\\x8d", proto: 4, arg: Arg::Unicodestring8, before: &[], after: &["str"] },
    OpInfo { code: op::BINBYTES8, name: "BINBYTES8", shown: "\\x8e", proto: 4, arg: Arg::Bytes8, before: &[], after: &["bytes"] },
    OpInfo { code: op::EMPTY_SET, name: "EMPTY_SET", shown: "\\x8f", proto: 4, arg: Arg::None, before: &[], after: &["set"] },
    OpInfo { code: op::ADDITEMS, name: "ADDITEMS", shown: "\\x90", proto: 4, arg: Arg::None, before: &["set", "mark", "stackslice"], after: &["set"] },
    OpInfo { code: op::FROZENSET, name: "FROZENSET", shown: "\\x91", proto: 4, arg: Arg::None, before: &["mark", "stackslice"], after: &["frozenset"] },
    OpInfo { code: op::NEWOBJ_EX, name: "NEWOBJ_EX", shown: "\\x92", proto: 4, arg: Arg::None, before: &["any", "any", "any"], after: &["any"] },
    OpInfo { code: op::STACK_GLOBAL, name: "STACK_GLOBAL", shown: "\\x93", proto: 4, arg: Arg::None, before: &["str", "str"], after: &["any"] },
    OpInfo { code: op::MEMOIZE, name: "MEMOIZE", shown: "\\x94", proto: 4, arg: Arg::None, before: &["any"], after: &["any"] },
    OpInfo { code: op::FRAME, name: "FRAME", shown: "\\x95", proto: 4, arg: Arg::Uint8, before: &[], after: &[] },
    OpInfo { code: op::BYTEARRAY8, name: "BYTEARRAY8", shown: "\\x96", proto: 5, arg: Arg::Bytearray8, before: &[], after: &["bytearray"] },
    OpInfo { code: op::NEXT_BUFFER, name: "NEXT_BUFFER", shown: "\\x97", proto: 5, arg: Arg::None, before: &[], after: &["buffer"] },
    OpInfo { code: op::READONLY_BUFFER, name: "READONLY_BUFFER", shown: "\\x98", proto: 5, arg: Arg::None, before: &["buffer"], after: &["buffer"] },
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
}
