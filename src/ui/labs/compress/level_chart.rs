//! The size-by-level chart: plain SVG drawn from `labs::compress::chart_bars`.

use super::words::CompressWords;
use crate::labs::compress::{chart_bars, CHART_BASELINE, CHART_H, CHART_LABEL_Y, CHART_W};
use crate::ui::hooks::use_words;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LevelChartProps {
    /// `(level, compressed size)` for levels 0..=9.
    pub sizes: Rc<Vec<(i32, usize)>>,
    pub level: i32,
}

#[component]
pub fn LevelChart(props: &LevelChartProps) -> Html {
    let t = use_words::<CompressWords>();
    if props.sizes.is_empty() {
        return html! {};
    }
    let bars = chart_bars(&props.sizes, props.level);
    let view_box = format!("0 0 {CHART_W} {CHART_H}");
    html! {
        <figure class="level-chart" data-testid="compress-chart">
            <figcaption>{ t.chart_title }</figcaption>
            <svg viewBox={view_box} role="img" aria-label={t.chart_desc} width="100%"
                preserveAspectRatio="xMinYMin meet">
                <line x1="0" x2={CHART_W.to_string()} y1={CHART_BASELINE.to_string()}
                    y2={CHART_BASELINE.to_string()} class="axis" />
                { for bars.iter().map(|b| {
                    let class = if b.selected { "bar selected" } else { "bar" };
                    html! {
                        <g>
                            <title>{ (t.chart_bar)(b.level, b.size) }</title>
                            <rect class={class} x={b.x.to_string()} y={b.y.to_string()}
                                width={b.width.to_string()} height={b.height.to_string()} />
                            <text x={b.label_x.to_string()} y={(b.y - 3.0).to_string()}
                                text-anchor="middle" class="size-label">{ b.size.to_string() }</text>
                            <text x={b.label_x.to_string()} y={CHART_LABEL_Y.to_string()}
                                text-anchor="middle">{ b.level.to_string() }</text>
                        </g>
                    }
                }) }
            </svg>
        </figure>
    }
}
