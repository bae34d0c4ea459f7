//! The Korean table of the Compress lab (terms from GLOSSARY.md).

use super::words::CompressWords;
use crate::labs::compress::ChunkError;
use crate::text::ko::{particle, Particle};
use crate::ui::i18n::LabCard;

fn chunk_error(e: &ChunkError) -> String {
    match e {
        ChunkError::NotASize(p) => {
            let quoted = format!("'{p}'");
            format!(
                "{}{} 청크 크기가 아닙니다: 8,8,8처럼 정수를 입력하세요.",
                quoted,
                particle(&quoted, Particle::Topic)
            )
        }
        ChunkError::TooMany(n) => format!("청크 {n}개는 너무 많습니다: 최대 1000개입니다."),
    }
}

pub static KO: CompressWords = CompressWords {
    card: LabCard {
        title: "압축",
        nav: "압축",
        blurb: "zlib 스트림을 바이트 단위로: 헤더, 블록, 트레일러, 그리고 청크로 나뉘어 도착한 데이터를 decompressobj가 어떻게 부분 압축 해제하는지.",
        will_teach: &[
            "zlib으로 압축하고 스트림을 읽습니다: 헤더, deflate 블록, Adler-32 트레일러.",
            "데이터를 청크로 나눠 zlib.decompressobj에 넣고 unconsumed_tail(아직 처리하지 않은 입력)과 unused_data(스트림 끝 뒤의 데이터)를 관찰합니다.",
            "어떤 손상이 어떤 zlib.error를 내는지 파이썬의 문구 그대로 확인합니다.",
        ],
    },
    title: "압축",
    intro: "zlib이 실제로 전송하는 것: 바이트를 압축하고, 스트림을 비트 단위로 읽은 뒤, 소켓에서 데이터가 도착하듯 청크로 나눠 zlib.decompressobj에 넣어 봅니다.",
    mode_label: "입력",
    modes: ["텍스트 (UTF-8)", "16진수", "직렬화 실습의 pickle", "직렬화 실습의 JSON"],
    input_label: "압축할 바이트",
    carried: |n, source| format!("직렬화 실습에서 {source}{} 만든 {n}바이트입니다. 그곳에서 바꾸면 여기로 이어집니다.", particle(source, Particle::Toward)),
    level_label: "level",
    level_help: "0은 저장만, 1은 가장 빠르게, 9는 가장 작게 압축합니다.",
    wbits_label: "wbits",
    wbits_help: "9..15: zlib 헤더와 Adler-32, -9..-15: 헤더 없는 raw deflate, 25..31: gzip 헤더와 CRC-32.",
    sizes_heading: "크기",
    input_size: "입력",
    output_size: "압축 결과",
    ratio_label: "압축률 (압축 결과 / 입력)",
    saved: |p| if p >= 0 { format!("{p}% 작아짐") } else { format!("{}% 커짐: 헤더와 트레일러를 메울 만큼 반복이 없습니다", -p) },
    chart_title: "이 입력의 level별 압축 크기",
    chart_desc: "level 0부터 9까지 막대 하나씩, 선택한 level은 강조됩니다.",
    chart_bar: |level, size| format!("level {level}: {size}바이트"),
    anatomy_heading: "스트림 해부",
    stream_label: "읽을 스트림 (16진수)",
    stream_help: "파이썬 zlib.compress(...).hex()의 결과를 붙여 넣거나, 비워 두면 위에서 압축한 스트림을 읽습니다.",
    stream_from_above: |n| format!("위에서 압축한 {n}바이트 스트림을 읽습니다."),
    stream_pasted: |n| format!("붙여 넣은 {n}바이트를 읽습니다."),
    stream_exercise: |n| format!("실습 문제의 {n}바이트 스트림을 읽습니다 (메시지 두 개를 각각 압축하고 뒤에 '.'을 붙인 것)."),
    stream_clear: "지우기: 위에서 압축한 스트림 읽기",
    read_wbits_label: "읽을 때의 wbits (zlib.decompressobj)",
    header_heading: "헤더",
    stream_bytes_heading: "스트림의 바이트, 부분별로",
    stream_hex_aria: "16진수로 본 스트림; 선택한 부분이 강조됩니다",
    stream_parts_aria: "스트림의 부분들; 화살표 키로 부분 사이를 이동합니다",
    part_header: "헤더",
    part_block: |n| format!("DEFLATE 블록 {n}"),
    part_trailer: "트레일러 (체크섬)",
    part_unused: "unused_data: 스트림 끝 뒤의 데이터",
    col_bits: "비트",
    col_field: "필드",
    col_value: "값",
    col_meaning: "의미",
    meaning: super::meaning_words::meaning_ko,
    anatomy_stopped: super::meaning_words::stopped_ko,
    output_limit: super::meaning_words::output_limit_ko,
    blocks_heading: "DEFLATE 블록",
    block_types: ["저장 (stored)", "고정 허프만", "동적 허프만", "예약됨 (잘못됨)"],
    block_line: |i, last, kind, start, end, out| format!("블록 {i}: BFINAL={}, {kind}, 비트 {start}..{end}, 출력 {out}바이트", u8::from(last)),
    dynamic_summary: |hlit, hdist, hclen, lits, dists| format!("HLIT={hlit}개 리터럴/길이 코드, HDIST={hdist}개 거리 코드, HCLEN={hclen}개 코드 길이 코드; 리터럴/길이 기호 {lits}개와 거리 기호 {dists}개를 사용."),
    stored_summary: |len| format!("LEN={len}: 바이트가 그대로 이어집니다."),
    tokens_heading: "압축 해제된 텍스트 위의 토큰",
    tokens_help: "보통 바이트는 리터럴입니다. 강조된 부분은 역참조(길이, 거리)입니다: 반복이 짧은 참조가 되므로 압축됩니다. 역참조에 마우스를 올리거나 포커스하면 내용이 보입니다.",
    legend_literal: "리터럴",
    legend_match: "역참조(길이, 거리)",
    match_title: |len, dist| format!("역참조: {dist}바이트 앞에서 {len}바이트 복사"),
    tokens_more: |n| format!("... 그리지 않은 토큰 {n}개."),
    trailer_heading: "트레일러",
    check_ok: |kind, v| format!("{kind} 저장값 0x{v:08x} = 다시 계산한 값 0x{v:08x}: 무결성 확인됨."),
    check_bad: |kind, stored, computed| format!("{kind} 저장값은 0x{stored:08x}인데 데이터로 계산하면 0x{computed:08x}입니다: 데이터가 손상되었습니다."),
    unused_bytes: |start, end| format!("바이트 {start}..{end}: 스트림 끝 뒤의 데이터입니다 (파이썬의 unused_data)."),
    output_len: |n| format!("{n}바이트로 압축 해제됨."),
    stepper_heading: "부분 압축 해제: zlib.decompressobj 단계별 실행",
    stepper_intro: "소켓의 데이터는 청크로 도착합니다. 다음을 누를 때마다 위의 (또는 붙여 넣은) 스트림에 대해 CPython과 똑같이 d.decompress(chunk)를 호출하고, 반환값과 d가 기억하는 것을 보여 줍니다.",
    chunks_label: "청크 크기",
    chunks_help: "8,8,8처럼 쉼표로 구분한 크기. 비우면 스트림 전체를 한 번에 넣습니다.",
    every_label: "N바이트마다 나누기",
    every_button: "나누기",
    max_length_label: "max_length",
    max_length_help: "비우거나 0이면 제한 없음. 아니면 각 호출은 최대 이만큼만 반환하고 나머지 입력은 d.unconsumed_tail에 남깁니다.",
    not_started: "d = zlib.decompressobj(...)가 준비되었습니다. 아직 호출하지 않았습니다.",
    returned: "반환값",
    first_unused: |n| format!("호출 {n}: unused_data가 비어 있지 않습니다. 압축된 메시지가 이 청크 안에서 끝났고, 그 뒤는 스트림 끝 뒤의 데이터입니다."),
    unfed: |n| format!("마지막 {n}바이트는 어느 청크에도 없어 입력되지 않습니다."),
    chunk_error,
    python_heading: "같은 동작의 파이썬 코드",
    shown_of: |shown, total| format!("{total}바이트 중 앞 {shown}바이트 표시"),
    exercise_heading: "실습 문제: 첫 메시지는 어디서 끝날까?",
    exercise_text: "송신자가 zlib.compress(b'sparse') + b'.' + zlib.compress(b'flat') + b'.'를 보내고, 네트워크는 이를 8바이트 패킷으로 전달합니다. 수신자는 패킷만 보고는 첫 메시지가 어디서 끝나는지 모릅니다. d.unused_data는 압니다.",
    exercise_steps: &[
        "실습 문제를 불러옵니다: 28바이트가 8,8,8,8로 나뉘어 단계별 실행에 들어갑니다.",
        "d.eof가 True가 될 때까지 다음을 누릅니다.",
        "그 호출의 d.unused_data를 읽습니다: 첫 메시지 뒤의 '.'로 시작하고, 이어서 다음 메시지가 시작됩니다.",
    ],
    exercise_load: "실습 문제 불러오기",
    bomb_heading: "압축 폭탄을 안전하게",
    bomb_text: "DEFLATE에서 258바이트 복사 하나는 2비트이므로, 스트림은 크기의 약 1032배까지만 늘어납니다. 약 1MB인 이 스트림은 1GiB로 압축 해제되도록 만들어졌습니다: zlib.decompress로 풀면 1기가바이트의 메모리가 필요합니다.",
    bomb_load: "압축 폭탄 불러오기",
    bomb_result: |len, claimed, counted, stopped| if stopped { format!("{len}바이트 스트림이 {claimed}바이트 출력을 주장합니다. {counted}바이트까지 센 뒤 세기를 멈췄습니다.") } else { format!("{len}바이트 스트림이 {counted}바이트로 압축 해제되었습니다 (주장: {claimed}).") },
    bomb_shown: |n| format!("앞의 {n}바이트만 보관합니다: 나머지는 세기만 하고 버렸습니다."),
    bomb_defence: "방어 수단은 max_length입니다: d.decompress(data, max_length)는 최대 max_length바이트만 반환하고 나머지 입력은 d.unconsumed_tail에 남기므로, 프로그램은 신뢰할 수 없는 데이터를 조금씩 읽다가 충분하면 멈출 수 있습니다.",
};
