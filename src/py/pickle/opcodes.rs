//! The pickle opcodes, as `pickletools.opcodes` describes them.
//!
//! One constant per opcode, named as in `pickletools` (and `Lib/pickle.py`), and a table
//! in `pickletools.opcodes` order that maps a byte back to its name and protocol.

/// `INT` (protocol 0).
pub const INT: u8 = b'I';
/// `BININT` (protocol 1).
pub const BININT: u8 = b'J';
/// `BININT1` (protocol 1).
pub const BININT1: u8 = b'K';
/// `BININT2` (protocol 1).
pub const BININT2: u8 = b'M';
/// `LONG` (protocol 0).
pub const LONG: u8 = b'L';
/// `LONG1` (protocol 2).
pub const LONG1: u8 = 0x8a;
/// `LONG4` (protocol 2).
pub const LONG4: u8 = 0x8b;
/// `STRING` (protocol 0).
pub const STRING: u8 = b'S';
/// `BINSTRING` (protocol 1).
pub const BINSTRING: u8 = b'T';
/// `SHORT_BINSTRING` (protocol 1).
pub const SHORT_BINSTRING: u8 = b'U';
/// `BINBYTES` (protocol 3).
pub const BINBYTES: u8 = b'B';
/// `SHORT_BINBYTES` (protocol 3).
pub const SHORT_BINBYTES: u8 = b'C';
/// `BINBYTES8` (protocol 4).
pub const BINBYTES8: u8 = 0x8e;
/// `BYTEARRAY8` (protocol 5).
pub const BYTEARRAY8: u8 = 0x96;
/// `NEXT_BUFFER` (protocol 5).
pub const NEXT_BUFFER: u8 = 0x97;
/// `READONLY_BUFFER` (protocol 5).
pub const READONLY_BUFFER: u8 = 0x98;
/// `NONE` (protocol 0).
pub const NONE: u8 = b'N';
/// `NEWTRUE` (protocol 2).
pub const NEWTRUE: u8 = 0x88;
/// `NEWFALSE` (protocol 2).
pub const NEWFALSE: u8 = 0x89;
/// `UNICODE` (protocol 0).
pub const UNICODE: u8 = b'V';
/// `SHORT_BINUNICODE` (protocol 4).
pub const SHORT_BINUNICODE: u8 = 0x8c;
/// `BINUNICODE` (protocol 1).
pub const BINUNICODE: u8 = b'X';
/// `BINUNICODE8` (protocol 4).
pub const BINUNICODE8: u8 = 0x8d;
/// `FLOAT` (protocol 0).
pub const FLOAT: u8 = b'F';
/// `BINFLOAT` (protocol 1).
pub const BINFLOAT: u8 = b'G';
/// `EMPTY_LIST` (protocol 1).
pub const EMPTY_LIST: u8 = b']';
/// `APPEND` (protocol 0).
pub const APPEND: u8 = b'a';
/// `APPENDS` (protocol 1).
pub const APPENDS: u8 = b'e';
/// `LIST` (protocol 0).
pub const LIST: u8 = b'l';
/// `EMPTY_TUPLE` (protocol 1).
pub const EMPTY_TUPLE: u8 = b')';
/// `TUPLE` (protocol 0).
pub const TUPLE: u8 = b't';
/// `TUPLE1` (protocol 2).
pub const TUPLE1: u8 = 0x85;
/// `TUPLE2` (protocol 2).
pub const TUPLE2: u8 = 0x86;
/// `TUPLE3` (protocol 2).
pub const TUPLE3: u8 = 0x87;
/// `EMPTY_DICT` (protocol 1).
pub const EMPTY_DICT: u8 = b'}';
/// `DICT` (protocol 0).
pub const DICT: u8 = b'd';
/// `SETITEM` (protocol 0).
pub const SETITEM: u8 = b's';
/// `SETITEMS` (protocol 1).
pub const SETITEMS: u8 = b'u';
/// `EMPTY_SET` (protocol 4).
pub const EMPTY_SET: u8 = 0x8f;
/// `ADDITEMS` (protocol 4).
pub const ADDITEMS: u8 = 0x90;
/// `FROZENSET` (protocol 4).
pub const FROZENSET: u8 = 0x91;
/// `POP` (protocol 0).
pub const POP: u8 = b'0';
/// `DUP` (protocol 0).
pub const DUP: u8 = b'2';
/// `MARK` (protocol 0).
pub const MARK: u8 = b'(';
/// `POP_MARK` (protocol 1).
pub const POP_MARK: u8 = b'1';
/// `GET` (protocol 0).
pub const GET: u8 = b'g';
/// `BINGET` (protocol 1).
pub const BINGET: u8 = b'h';
/// `LONG_BINGET` (protocol 1).
pub const LONG_BINGET: u8 = b'j';
/// `PUT` (protocol 0).
pub const PUT: u8 = b'p';
/// `BINPUT` (protocol 1).
pub const BINPUT: u8 = b'q';
/// `LONG_BINPUT` (protocol 1).
pub const LONG_BINPUT: u8 = b'r';
/// `MEMOIZE` (protocol 4).
pub const MEMOIZE: u8 = 0x94;
/// `EXT1` (protocol 2).
pub const EXT1: u8 = 0x82;
/// `EXT2` (protocol 2).
pub const EXT2: u8 = 0x83;
/// `EXT4` (protocol 2).
pub const EXT4: u8 = 0x84;
/// `GLOBAL` (protocol 0).
pub const GLOBAL: u8 = b'c';
/// `STACK_GLOBAL` (protocol 4).
pub const STACK_GLOBAL: u8 = 0x93;
/// `REDUCE` (protocol 0).
pub const REDUCE: u8 = b'R';
/// `BUILD` (protocol 0).
pub const BUILD: u8 = b'b';
/// `INST` (protocol 0).
pub const INST: u8 = b'i';
/// `OBJ` (protocol 1).
pub const OBJ: u8 = b'o';
/// `NEWOBJ` (protocol 2).
pub const NEWOBJ: u8 = 0x81;
/// `NEWOBJ_EX` (protocol 4).
pub const NEWOBJ_EX: u8 = 0x92;
/// `PROTO` (protocol 2).
pub const PROTO: u8 = 0x80;
/// `STOP` (protocol 0).
pub const STOP: u8 = b'.';
/// `FRAME` (protocol 4).
pub const FRAME: u8 = 0x95;
/// `PERSID` (protocol 0).
pub const PERSID: u8 = b'P';
/// `BINPERSID` (protocol 1).
pub const BINPERSID: u8 = b'Q';

/// One row of the opcode table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opcode {
    /// The byte on the wire.
    pub code: u8,
    /// The name `pickletools` prints.
    pub name: &'static str,
    /// The protocol that introduced it (`pickletools` `proto`).
    pub proto: u8,
}

/// Every opcode, in `pickletools.opcodes` order.
pub const OPCODES: [Opcode; 68] = [
    op(INT, "INT", 0),
    op(BININT, "BININT", 1),
    op(BININT1, "BININT1", 1),
    op(BININT2, "BININT2", 1),
    op(LONG, "LONG", 0),
    op(LONG1, "LONG1", 2),
    op(LONG4, "LONG4", 2),
    op(STRING, "STRING", 0),
    op(BINSTRING, "BINSTRING", 1),
    op(SHORT_BINSTRING, "SHORT_BINSTRING", 1),
    op(BINBYTES, "BINBYTES", 3),
    op(SHORT_BINBYTES, "SHORT_BINBYTES", 3),
    op(BINBYTES8, "BINBYTES8", 4),
    op(BYTEARRAY8, "BYTEARRAY8", 5),
    op(NEXT_BUFFER, "NEXT_BUFFER", 5),
    op(READONLY_BUFFER, "READONLY_BUFFER", 5),
    op(NONE, "NONE", 0),
    op(NEWTRUE, "NEWTRUE", 2),
    op(NEWFALSE, "NEWFALSE", 2),
    op(UNICODE, "UNICODE", 0),
    op(SHORT_BINUNICODE, "SHORT_BINUNICODE", 4),
    op(BINUNICODE, "BINUNICODE", 1),
    op(BINUNICODE8, "BINUNICODE8", 4),
    op(FLOAT, "FLOAT", 0),
    op(BINFLOAT, "BINFLOAT", 1),
    op(EMPTY_LIST, "EMPTY_LIST", 1),
    op(APPEND, "APPEND", 0),
    op(APPENDS, "APPENDS", 1),
    op(LIST, "LIST", 0),
    op(EMPTY_TUPLE, "EMPTY_TUPLE", 1),
    op(TUPLE, "TUPLE", 0),
    op(TUPLE1, "TUPLE1", 2),
    op(TUPLE2, "TUPLE2", 2),
    op(TUPLE3, "TUPLE3", 2),
    op(EMPTY_DICT, "EMPTY_DICT", 1),
    op(DICT, "DICT", 0),
    op(SETITEM, "SETITEM", 0),
    op(SETITEMS, "SETITEMS", 1),
    op(EMPTY_SET, "EMPTY_SET", 4),
    op(ADDITEMS, "ADDITEMS", 4),
    op(FROZENSET, "FROZENSET", 4),
    op(POP, "POP", 0),
    op(DUP, "DUP", 0),
    op(MARK, "MARK", 0),
    op(POP_MARK, "POP_MARK", 1),
    op(GET, "GET", 0),
    op(BINGET, "BINGET", 1),
    op(LONG_BINGET, "LONG_BINGET", 1),
    op(PUT, "PUT", 0),
    op(BINPUT, "BINPUT", 1),
    op(LONG_BINPUT, "LONG_BINPUT", 1),
    op(MEMOIZE, "MEMOIZE", 4),
    op(EXT1, "EXT1", 2),
    op(EXT2, "EXT2", 2),
    op(EXT4, "EXT4", 2),
    op(GLOBAL, "GLOBAL", 0),
    op(STACK_GLOBAL, "STACK_GLOBAL", 4),
    op(REDUCE, "REDUCE", 0),
    op(BUILD, "BUILD", 0),
    op(INST, "INST", 0),
    op(OBJ, "OBJ", 1),
    op(NEWOBJ, "NEWOBJ", 2),
    op(NEWOBJ_EX, "NEWOBJ_EX", 4),
    op(PROTO, "PROTO", 2),
    op(STOP, "STOP", 0),
    op(FRAME, "FRAME", 4),
    op(PERSID, "PERSID", 0),
    op(BINPERSID, "BINPERSID", 1),
];

/// One table row.
const fn op(code: u8, name: &'static str, proto: u8) -> Opcode {
    Opcode { code, name, proto }
}

/// The opcode that `code` stands for, if any.
pub fn lookup(code: u8) -> Option<&'static Opcode> {
    OPCODES.iter().find(|op| op.code == code)
}

/// The `pickletools` name of the opcode `code`, or `None` for a byte that is no opcode.
pub fn name(code: u8) -> Option<&'static str> {
    lookup(code).map(|op| op.name)
}
