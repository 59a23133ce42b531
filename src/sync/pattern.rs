//! `--match PATTERN`: a whole-name pattern where `*` stands for any characters (none included)
//! and `?` for exactly one; everything else matches itself.

#[derive(Debug, Clone)]
pub struct KeyPattern {
    chars: Vec<char>,
}

impl KeyPattern {
    pub fn new(pattern: &str) -> KeyPattern {
        KeyPattern {
            chars: pattern.chars().collect(),
        }
    }

    pub fn matches(&self, name: &str) -> bool {
        let name: Vec<char> = name.chars().collect();
        let (mut p, mut n) = (0, 0);
        // Where the last `*` was and which name position it is trying to absorb up to.
        let mut star: Option<(usize, usize)> = None;
        while n < name.len() {
            match self.chars.get(p) {
                Some('*') => {
                    star = Some((p, n));
                    p += 1;
                }
                Some(&c) if c == '?' || c == name[n] => {
                    p += 1;
                    n += 1;
                }
                _ => match star {
                    Some((star_p, star_n)) => {
                        p = star_p + 1;
                        n = star_n + 1;
                        star = Some((star_p, star_n + 1));
                    }
                    None => return false,
                },
            }
        }
        self.chars[p..].iter().all(|&c| c == '*')
    }
}

#[cfg(test)]
mod tests {
    use super::KeyPattern;

    #[test]
    fn stars_and_question_marks() {
        let cases = [
            ("user:*", "user:1", true),
            ("user:*", "users:1", false),
            ("*.json", "a/b.json", true),
            ("*.json", "a.jsonx", false),
            ("a?c", "abc", true),
            ("a?c", "ac", false),
            ("*a*b*", "xxaxxbxx", true),
            ("*a*b", "xxaxxbxxc", false),
            ("ключ*", "ключ/🔑", true),
            ("", "", true),
            ("*", "", true),
        ];
        for (pattern, name, expected) in cases {
            assert_eq!(
                KeyPattern::new(pattern).matches(name),
                expected,
                "{pattern} {name}"
            );
        }
    }
}
