//! What each pickle opcode does, for learners, in English and Korean: the words the
//! engine (`py::pickle::opinfo`) leaves to the page. Both tables list the opcodes in
//! `opinfo::OPCODES` order, checked when the crate compiles.

use crate::py::pickle::opinfo::OPCODES;

/// One opcode's explanation: its pickletools name, then the sentence.
pub type OpcodeWord = (&'static str, &'static str);

/// English.
#[rustfmt::skip]
pub static OPCODES_EN: [OpcodeWord; 68] = [
    ("MARK", "Pushes a MARK: later opcodes take everything above it as one group."),
    ("EMPTY_TUPLE", "Pushes the empty tuple."),
    ("STOP", "Ends the pickle: the top of the stack is the result of pickle.loads."),
    ("POP", "Discards the top of the stack (or the topmost MARK, if it is on top)."),
    ("POP_MARK", "Discards everything down to and including the topmost MARK."),
    ("DUP", "Pushes the top of the stack again."),
    ("BINBYTES", "Pushes a bytes object with a 4-byte length."),
    ("SHORT_BINBYTES", "Pushes a bytes object with a 1-byte length."),
    ("FLOAT", "Pushes a float written as decimal text on one line."),
    ("BINFLOAT", "Pushes a float from 8 big-endian IEEE 754 bytes."),
    ("INT", "Pushes an int (or a bool for 00/01) written as decimal text ending in a newline."),
    ("BININT", "Pushes a 4-byte signed little-endian int."),
    ("BININT1", "Pushes a 1-byte unsigned int (0..255)."),
    ("LONG", "Pushes an int of any size written as decimal text with a trailing L."),
    ("BININT2", "Pushes a 2-byte unsigned little-endian int (0..65535)."),
    ("NONE", "Pushes None."),
    ("PERSID", "Pushes the object a persistent_load hook returns for a text ID."),
    ("BINPERSID", "Pops an ID and pushes the object a persistent_load hook returns for it."),
    ("REDUCE", "Pops a callable and an argument tuple and pushes callable(*args): this is how a pickle runs code."),
    ("STRING", "Pushes a Python 2 string written as a quoted repr on one line (decoded as ASCII, or bytes with an encoding)."),
    ("BINSTRING", "Pushes a Python 2 string with a 4-byte length."),
    ("SHORT_BINSTRING", "Pushes a Python 2 string with a 1-byte length."),
    ("UNICODE", "Pushes a str written in raw-unicode-escape on one line."),
    ("BINUNICODE", "Pushes a str: a 4-byte length, then that many UTF-8 bytes."),
    ("EMPTY_LIST", "Pushes an empty list (items come later with APPEND/APPENDS)."),
    ("APPEND", "Pops one object and appends it to the list below it."),
    ("BUILD", "Pops a state and sets it on the object below: __setstate__(state) or a __dict__ update."),
    ("GLOBAL", "Imports module.name (two text lines) and pushes it: any importable function, such as os.system."),
    ("DICT", "Pops key, value pairs down to the MARK and pushes them as a new dict."),
    ("APPENDS", "Pops everything down to the MARK and extends the list below the MARK with it."),
    ("GET", "Pushes the memo entry whose decimal key follows (the same object again, not a copy)."),
    ("BINGET", "Pushes the memo entry with a 1-byte key (the same object again, not a copy)."),
    ("INST", "Imports module.name and calls it with the objects above the MARK (protocol 0 instance)."),
    ("LONG_BINGET", "Pushes the memo entry with a 4-byte key (the same object again, not a copy)."),
    ("LIST", "Pops everything down to the MARK and pushes it as a new list."),
    ("OBJ", "Calls the class just above the MARK with the other objects above the MARK."),
    ("PUT", "Stores the top of the stack in the memo under a decimal key (the stack stays)."),
    ("BINPUT", "Stores the top of the stack in the memo under a 1-byte key (the stack stays)."),
    ("LONG_BINPUT", "Stores the top of the stack in the memo under a 4-byte key (the stack stays)."),
    ("SETITEM", "Pops a key and a value and stores them in the dict below them."),
    ("TUPLE", "Pops everything down to the MARK and pushes it as a tuple."),
    ("SETITEMS", "Pops key, value pairs down to the MARK and stores them in the dict below the MARK."),
    ("EMPTY_DICT", "Pushes an empty dict (items come later with SETITEM/SETITEMS)."),
    ("PROTO", "Says which pickle protocol (0-5) wrote the rest of the byte stream."),
    ("NEWOBJ", "Pops a class and an argument tuple and pushes cls.__new__(cls, *args)."),
    ("EXT1", "Pushes an object from the copyreg extension registry by a 1-byte code."),
    ("EXT2", "Pushes an object from the copyreg extension registry by a 2-byte code."),
    ("EXT4", "Pushes an object from the copyreg extension registry by a 4-byte code."),
    ("TUPLE1", "Pops one object and pushes a 1-tuple of it."),
    ("TUPLE2", "Pops two objects and pushes a 2-tuple of them."),
    ("TUPLE3", "Pops three objects and pushes a 3-tuple of them."),
    ("NEWTRUE", "Pushes True."),
    ("NEWFALSE", "Pushes False."),
    ("LONG1", "Pushes an int of any size: a 1-byte length, then that many two's-complement bytes."),
    ("LONG4", "Pushes an int of any size: a 4-byte length, then that many two's-complement bytes."),
    ("SHORT_BINUNICODE", "Pushes a str: a 1-byte length, then that many UTF-8 bytes."),
    ("BINUNICODE8", "Pushes a str: an 8-byte length, then that many UTF-8 bytes."),
    ("BINBYTES8", "Pushes a bytes object with an 8-byte length."),
    ("EMPTY_SET", "Pushes an empty set (items come later with ADDITEMS)."),
    ("ADDITEMS", "Pops everything down to the MARK and adds it to the set below the MARK."),
    ("FROZENSET", "Pops everything down to the MARK and pushes it as a frozenset."),
    ("NEWOBJ_EX", "Pops a class, an argument tuple and a keyword dict and pushes cls.__new__(cls, *args, **kwargs)."),
    ("STACK_GLOBAL", "Pops a module name and a name, imports module.name and pushes it: any importable function."),
    ("MEMOIZE", "Stores the top of the stack in the memo under the next free key (the stack stays)."),
    ("FRAME", "Announces that the next N bytes form one frame (a hint for buffered reading)."),
    ("BYTEARRAY8", "Pushes a bytearray with an 8-byte length."),
    ("NEXT_BUFFER", "Pushes the next out-of-band buffer (needs buffers= in pickle.loads)."),
    ("READONLY_BUFFER", "Makes the buffer on top of the stack read-only."),
];

/// Korean (용어는 docs/GLOSSARY.md).
#[rustfmt::skip]
pub static OPCODES_KO: [OpcodeWord; 68] = [
    ("MARK", "MARK를 넣습니다: 뒤의 옵코드가 그 위의 객체들을 한 묶음으로 가져갑니다."),
    ("EMPTY_TUPLE", "빈 tuple을 스택에 넣습니다."),
    ("STOP", "pickle을 끝냅니다: 스택 맨 위 객체가 pickle.loads의 결과입니다."),
    ("POP", "스택 맨 위 객체(맨 위가 MARK이면 그 MARK)를 버립니다."),
    ("POP_MARK", "맨 위 MARK와 그 위의 객체를 모두 버립니다."),
    ("DUP", "스택 맨 위 객체를 한 번 더 넣습니다."),
    ("BINBYTES", "4바이트 길이가 붙은 bytes 객체를 스택에 넣습니다."),
    ("SHORT_BINBYTES", "1바이트 길이가 붙은 bytes 객체를 스택에 넣습니다."),
    ("FLOAT", "한 줄에 10진수 텍스트로 쓴 float를 스택에 넣습니다."),
    ("BINFLOAT", "8바이트 빅 엔디언 IEEE 754 값으로 float를 스택에 넣습니다."),
    ("INT", "줄바꿈으로 끝나는 10진수 텍스트로 쓴 int(00/01이면 bool)를 스택에 넣습니다."),
    ("BININT", "4바이트 부호 있는 리틀 엔디언 정수를 스택에 넣습니다."),
    ("BININT1", "1바이트 부호 없는 정수(0..255)를 스택에 넣습니다."),
    ("LONG", "끝에 L이 붙은 10진수 텍스트로 쓴 임의 크기의 int를 스택에 넣습니다."),
    ("BININT2", "2바이트 부호 없는 리틀 엔디언 정수(0..65535)를 스택에 넣습니다."),
    ("NONE", "None을 스택에 넣습니다."),
    ("PERSID", "텍스트 ID에 대해 persistent_load 훅이 돌려주는 객체를 넣습니다."),
    ("BINPERSID", "ID를 꺼내 persistent_load 훅이 돌려주는 객체를 넣습니다."),
    ("REDUCE", "호출 가능 객체와 인자 tuple을 꺼내 callable(*args)의 결과를 넣습니다: pickle이 코드를 실행하는 방법입니다."),
    ("STRING", "한 줄에 따옴표 repr로 쓴 파이썬 2 문자열을 스택에 넣습니다."),
    ("BINSTRING", "4바이트 길이가 붙은 파이썬 2 문자열을 스택에 넣습니다."),
    ("SHORT_BINSTRING", "1바이트 길이가 붙은 파이썬 2 문자열을 스택에 넣습니다."),
    ("UNICODE", "한 줄에 raw-unicode-escape로 쓴 str을 스택에 넣습니다."),
    ("BINUNICODE", "str을 넣습니다: 4바이트 길이 뒤에 그만큼의 UTF-8 바이트가 옵니다."),
    ("EMPTY_LIST", "빈 list를 스택에 넣습니다(항목은 나중에 APPEND/APPENDS로 채웁니다)."),
    ("APPEND", "객체 하나를 꺼내 그 아래의 list에 추가합니다."),
    ("BUILD", "상태를 꺼내 그 아래 객체에 설정합니다: __setstate__(state) 또는 __dict__ 갱신."),
    ("GLOBAL", "module.name(텍스트 두 줄)을 import해서 넣습니다: os.system 같은 어떤 함수든 가능합니다."),
    ("DICT", "MARK까지의 키, 값 쌍을 모두 꺼내 새 dict로 만들어 넣습니다."),
    ("APPENDS", "MARK까지의 객체를 모두 꺼내 MARK 아래의 list에 이어 붙입니다."),
    ("GET", "뒤따르는 10진수 키의 메모 항목을 넣습니다(복사본이 아니라 같은 객체입니다)."),
    ("BINGET", "1바이트 키의 메모 항목을 넣습니다(복사본이 아니라 같은 객체입니다)."),
    ("INST", "module.name을 import해서 MARK 위의 객체들을 인자로 호출합니다(프로토콜 0 인스턴스)."),
    ("LONG_BINGET", "4바이트 키의 메모 항목을 넣습니다(복사본이 아니라 같은 객체입니다)."),
    ("LIST", "MARK까지의 객체를 모두 꺼내 새 list로 만들어 넣습니다."),
    ("OBJ", "MARK 바로 위의 클래스를 MARK 위의 나머지 객체들을 인자로 호출합니다."),
    ("PUT", "스택 맨 위 객체를 10진수 키로 메모에 저장합니다(스택은 그대로입니다)."),
    ("BINPUT", "스택 맨 위 객체를 1바이트 키로 메모에 저장합니다(스택은 그대로입니다)."),
    ("LONG_BINPUT", "스택 맨 위 객체를 4바이트 키로 메모에 저장합니다(스택은 그대로입니다)."),
    ("SETITEM", "키와 값을 꺼내 그 아래의 dict에 저장합니다."),
    ("TUPLE", "MARK까지의 객체를 모두 꺼내 tuple로 만들어 넣습니다."),
    ("SETITEMS", "MARK까지의 키, 값 쌍을 모두 꺼내 MARK 아래의 dict에 저장합니다."),
    ("EMPTY_DICT", "빈 dict를 스택에 넣습니다(항목은 나중에 SETITEM/SETITEMS로 채웁니다)."),
    ("PROTO", "바이트 스트림의 나머지를 쓴 pickle 프로토콜(0-5)을 알립니다."),
    ("NEWOBJ", "클래스와 인자 tuple을 꺼내 cls.__new__(cls, *args)의 결과를 넣습니다."),
    ("EXT1", "1바이트 코드로 copyreg 확장 레지스트리의 객체를 넣습니다."),
    ("EXT2", "2바이트 코드로 copyreg 확장 레지스트리의 객체를 넣습니다."),
    ("EXT4", "4바이트 코드로 copyreg 확장 레지스트리의 객체를 넣습니다."),
    ("TUPLE1", "객체 하나를 꺼내 원소 1개짜리 tuple로 넣습니다."),
    ("TUPLE2", "객체 두 개를 꺼내 원소 2개짜리 tuple로 넣습니다."),
    ("TUPLE3", "객체 세 개를 꺼내 원소 3개짜리 tuple로 넣습니다."),
    ("NEWTRUE", "True를 스택에 넣습니다."),
    ("NEWFALSE", "False를 스택에 넣습니다."),
    ("LONG1", "임의 크기의 int를 넣습니다: 1바이트 길이 뒤에 그만큼의 2의 보수 바이트가 옵니다."),
    ("LONG4", "임의 크기의 int를 넣습니다: 4바이트 길이 뒤에 그만큼의 2의 보수 바이트가 옵니다."),
    ("SHORT_BINUNICODE", "str을 넣습니다: 1바이트 길이 뒤에 그만큼의 UTF-8 바이트가 옵니다."),
    ("BINUNICODE8", "str을 넣습니다: 8바이트 길이 뒤에 그만큼의 UTF-8 바이트가 옵니다."),
    ("BINBYTES8", "8바이트 길이가 붙은 bytes 객체를 스택에 넣습니다."),
    ("EMPTY_SET", "빈 set을 스택에 넣습니다(항목은 나중에 ADDITEMS로 채웁니다)."),
    ("ADDITEMS", "MARK까지의 객체를 모두 꺼내 MARK 아래의 set에 추가합니다."),
    ("FROZENSET", "MARK까지의 객체를 모두 꺼내 frozenset으로 만들어 넣습니다."),
    ("NEWOBJ_EX", "클래스, 인자 tuple, 키워드 dict를 꺼내 cls.__new__(cls, *args, **kwargs)의 결과를 넣습니다."),
    ("STACK_GLOBAL", "모듈 이름과 이름을 꺼내 module.name을 import해서 넣습니다: 어떤 함수든 가능합니다."),
    ("MEMOIZE", "스택 맨 위 객체를 다음 빈 키로 메모에 저장합니다(스택은 그대로입니다)."),
    ("FRAME", "다음 N바이트가 하나의 프레임임을 알립니다(버퍼 읽기를 위한 힌트)."),
    ("BYTEARRAY8", "8바이트 길이가 붙은 bytearray를 스택에 넣습니다."),
    ("NEXT_BUFFER", "다음 대역 외(out-of-band) 버퍼를 스택에 넣습니다(pickle.loads에 buffers=가 필요합니다)."),
    ("READONLY_BUFFER", "스택 맨 위의 버퍼를 읽기 전용으로 만듭니다."),
];

/// Whether `words` names the opcodes of `opinfo::OPCODES`, in its order.
const fn in_opinfo_order(words: &[OpcodeWord; 68]) -> bool {
    if OPCODES.len() != words.len() {
        return false;
    }
    let mut i = 0;
    while i < words.len() {
        let (a, b) = (OPCODES[i].name.as_bytes(), words[i].0.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut k = 0;
        while k < a.len() {
            if a[k] != b[k] {
                return false;
            }
            k += 1;
        }
        i += 1;
    }
    true
}

const _: () = assert!(in_opinfo_order(&OPCODES_EN) && in_opinfo_order(&OPCODES_KO));

/// The explanation of the opcode named `name` in `words`.
pub fn explain(words: &'static [OpcodeWord; 68], name: &str) -> Option<&'static str> {
    words
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}
