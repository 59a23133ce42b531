//! Progress bars for bulk jobs: indicatif on stderr when it is a terminal, nothing otherwise.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress bar that may be hidden; every method is cheap when it is.
#[derive(Clone)]
pub struct Progress {
    bar: ProgressBar,
}

impl Progress {
    pub fn new(visible: bool, total_items: Option<u64>, label: &str) -> Progress {
        let bar = match total_items {
            Some(total) => ProgressBar::with_draw_target(Some(total), draw_target(visible)),
            None => ProgressBar::with_draw_target(None, draw_target(visible)),
        };
        let template = if total_items.is_some() {
            "{prefix} [{bar:30}] {human_pos}/{human_len} items, {msg}, eta {eta}"
        } else {
            "{prefix} {spinner} {human_pos} items, {msg}"
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_prefix(label.to_string());
        Progress { bar }
    }

    /// Counts items done and the bytes they carried.
    pub fn advance(&self, items: u64, total_bytes_done: u64) {
        self.bar.inc(items);
        if self.bar.is_hidden() {
            return;
        }
        let seconds = self.bar.elapsed().as_secs_f64().max(0.001);
        let rate = self.bar.position() as f64 / seconds;
        self.bar.set_message(format!(
            "{}, {rate:.0} items/s",
            human_bytes(total_bytes_done)
        ));
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

fn draw_target(visible: bool) -> ProgressDrawTarget {
    if visible {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    }
}

/// Bytes in binary units, for people.
pub fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}
