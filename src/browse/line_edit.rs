//! The one-line text of the browser's prompts (filter, prefix, new key, expiry, export file),
//! edited as readline and shells edit a command line: arrows, Home/End and Ctrl-A/E move,
//! Ctrl-U and Ctrl-K cut to the start or the end, Ctrl-W cuts the word before the cursor,
//! Backspace and Delete remove a character. Pure state: no drawing, no terminal.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LineInput {
    text: String,
    /// A byte offset into `text`, always on a character boundary.
    cursor: usize,
}

impl LineInput {
    /// The text with the cursor at its end, where typing continues it.
    pub fn new(text: impl Into<String>) -> LineInput {
        let text = text.into();
        LineInput {
            cursor: text.len(),
            text,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn into_text(self) -> String {
        self.text
    }

    /// The text before and after the cursor, for drawing it.
    pub fn split(&self) -> (&str, &str) {
        self.text.split_at(self.cursor)
    }

    /// Applies an editing key; false when the key is not one (Enter, Esc, Tab...).
    pub fn handle(&mut self, key: KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        match key.code {
            KeyCode::Char('a') if ctrl => self.cursor = 0,
            KeyCode::Char('e') if ctrl => self.cursor = self.text.len(),
            KeyCode::Char('b') if ctrl => self.cursor = self.previous_boundary(),
            KeyCode::Char('f') if ctrl => self.cursor = self.next_boundary(),
            KeyCode::Char('u') if ctrl => {
                self.text.replace_range(..self.cursor, "");
                self.cursor = 0;
            }
            KeyCode::Char('k') if ctrl => self.text.truncate(self.cursor),
            KeyCode::Char('w') if ctrl => self.cut_word_before(),
            KeyCode::Backspace if alt => self.cut_word_before(),
            KeyCode::Char('h') if ctrl => self.backspace(),
            KeyCode::Char('d') if ctrl => self.delete(),
            KeyCode::Char(_) if ctrl => {}
            KeyCode::Char(c) => {
                self.text.insert(self.cursor, c);
                self.cursor += c.len_utf8();
            }
            KeyCode::Backspace => self.backspace(),
            KeyCode::Delete => self.delete(),
            KeyCode::Left => self.cursor = self.previous_boundary(),
            KeyCode::Right => self.cursor = self.next_boundary(),
            KeyCode::Home => self.cursor = 0,
            KeyCode::End => self.cursor = self.text.len(),
            _ => return false,
        }
        true
    }

    fn previous_boundary(&self) -> usize {
        self.text[..self.cursor]
            .char_indices()
            .next_back()
            .map_or(0, |(at, _)| at)
    }

    fn next_boundary(&self) -> usize {
        self.text[self.cursor..]
            .chars()
            .next()
            .map_or(self.cursor, |c| self.cursor + c.len_utf8())
    }

    fn backspace(&mut self) {
        let start = self.previous_boundary();
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    fn delete(&mut self) {
        let end = self.next_boundary();
        self.text.replace_range(self.cursor..end, "");
    }

    /// As readline's unix-word-rubout: the blanks before the cursor, then the word before them.
    fn cut_word_before(&mut self) {
        let before = &self.text[..self.cursor];
        let word_end = before.trim_end().len();
        let start = before[..word_end]
            .rfind(char::is_whitespace)
            .map_or(0, |at| at + 1);
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(line: &mut LineInput, code: KeyCode, modifiers: KeyModifiers) {
        assert!(line.handle(KeyEvent::new(code, modifiers)), "{code:?}");
    }

    fn ctrl(line: &mut LineInput, c: char) {
        press(line, KeyCode::Char(c), KeyModifiers::CONTROL);
    }

    fn typed(line: &mut LineInput, text: &str) {
        for c in text.chars() {
            press(line, KeyCode::Char(c), KeyModifiers::NONE);
        }
    }

    #[test]
    fn moves_and_inserts_at_the_cursor() {
        let mut line = LineInput::new("user:1");
        ctrl(&mut line, 'a');
        typed(&mut line, "*");
        press(&mut line, KeyCode::End, KeyModifiers::NONE);
        typed(&mut line, "*");
        assert_eq!(line.text(), "*user:1*");
        press(&mut line, KeyCode::Left, KeyModifiers::NONE);
        press(&mut line, KeyCode::Left, KeyModifiers::NONE);
        press(&mut line, KeyCode::Backspace, KeyModifiers::NONE);
        assert_eq!(line.split(), ("*user", "1*"));
        press(&mut line, KeyCode::Home, KeyModifiers::NONE);
        press(&mut line, KeyCode::Delete, KeyModifiers::NONE);
        assert_eq!(line.split(), ("", "user1*"));
        ctrl(&mut line, 'e');
        assert_eq!(line.split(), ("user1*", ""));
    }

    #[test]
    fn cuts_as_readline_does() {
        let mut line = LineInput::new("logo user:01  ");
        ctrl(&mut line, 'w');
        assert_eq!(line.text(), "logo ");
        ctrl(&mut line, 'w');
        assert_eq!(line.text(), "");
        let mut line = LineInput::new("abc def");
        press(&mut line, KeyCode::Left, KeyModifiers::NONE);
        ctrl(&mut line, 'k');
        assert_eq!(line.text(), "abc de");
        press(&mut line, KeyCode::Left, KeyModifiers::NONE);
        ctrl(&mut line, 'u');
        assert_eq!(line.split(), ("", "e"));
        let mut line = LineInput::new("old filter");
        ctrl(&mut line, 'u');
        typed(&mut line, "new");
        assert_eq!(line.text(), "new", "Ctrl-U at the end starts afresh");
    }

    #[test]
    fn multibyte_characters_stay_whole() {
        let mut line = LineInput::new("ключ🔑");
        press(&mut line, KeyCode::Left, KeyModifiers::NONE);
        typed(&mut line, "/");
        assert_eq!(line.text(), "ключ/🔑");
        press(&mut line, KeyCode::Backspace, KeyModifiers::NONE);
        press(&mut line, KeyCode::Backspace, KeyModifiers::NONE);
        assert_eq!(line.text(), "клю🔑");
        assert!(!line.handle(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)));
    }
}
