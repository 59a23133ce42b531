//! What the operating system says about a process and about this machine, for the crash
//! journals: whether a process id belongs to a running process, when that process started (so a
//! reused id is not mistaken for the process that wrote a journal) and the host's name.
//!
//! Why these calls and not a crate such as `sysinfo`: each system answers the question with one
//! or two calls (Linux `/proc/<pid>/stat`, macOS `proc_pidinfo`, Windows `OpenProcess` and
//! `GetProcessTimes`) through `libc` and `windows-sys`, which the build already has; `sysinfo`
//! would add dozens of crates (the `windows` bindings, Core Foundation) to read a whole process
//! table for one pid. The host name comes from the `gethostname` crate (`gethostname(2)` on
//! Unix, `GetComputerNameExW` on Windows).

/// What the system says about a process id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProcessState {
    /// A process with this id runs, started at this time where the system tells (the unit is
    /// the system's own: clock ticks since boot on Linux, microseconds since 1970 on macOS,
    /// 100 ns since 1601 on Windows; only ever compared with a value read the same way).
    Running(Option<u64>),
    /// No process has this id.
    Gone,
    /// The system would not say: counts as running, so nothing is deleted on a guess.
    Unknown,
}

/// This machine's name (`gethostname`), empty if the system gives none.
pub fn host_name() -> String {
    gethostname::gethostname().to_string_lossy().into_owned()
}

#[cfg(target_os = "linux")]
pub fn process_state(pid: u32) -> ProcessState {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => ProcessState::Running(start_from_stat(&stat)),
        // Without /proc (a container that hides it), ask the kernel directly.
        Err(_) if !std::path::Path::new("/proc/self/stat").exists() => signal_zero(pid),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => ProcessState::Gone,
        Err(_) => signal_zero(pid),
    }
}

/// The start time in `/proc/<pid>/stat`: clock ticks since boot.
#[cfg(target_os = "linux")]
fn start_from_stat(stat: &str) -> Option<u64> {
    // The command name is in parentheses and may hold spaces or parentheses itself; the fields
    // after the last ')' start at the third, and the start time is the 22nd.
    let after_name = &stat[stat.rfind(')')? + 1..];
    after_name.split_whitespace().nth(19)?.parse().ok()
}

#[cfg(target_os = "macos")]
pub fn process_state(pid: u32) -> ProcessState {
    let Ok(c_pid) = libc::c_int::try_from(pid) else {
        return ProcessState::Unknown;
    };
    // SAFETY: proc_bsdinfo is plain data; proc_pidinfo writes at most `size` bytes into it.
    let mut info: libc::proc_bsdinfo = unsafe { std::mem::zeroed() };
    let size = std::mem::size_of::<libc::proc_bsdinfo>() as libc::c_int;
    let written = unsafe {
        libc::proc_pidinfo(
            c_pid,
            libc::PROC_PIDTBSDINFO,
            0,
            (&mut info as *mut libc::proc_bsdinfo).cast(),
            size,
        )
    };
    if written == size {
        let start = info.pbi_start_tvsec * 1_000_000 + info.pbi_start_tvusec;
        return ProcessState::Running(Some(start));
    }
    match std::io::Error::last_os_error().raw_os_error() {
        Some(libc::ESRCH) => ProcessState::Gone,
        // Another user's process may be hidden from proc_pidinfo but not from kill.
        _ => signal_zero(pid),
    }
}

#[cfg(all(unix, not(any(target_os = "linux", target_os = "macos"))))]
pub fn process_state(pid: u32) -> ProcessState {
    signal_zero(pid)
}

/// `kill(pid, 0)`: whether the process exists, without its start time.
#[cfg(unix)]
fn signal_zero(pid: u32) -> ProcessState {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return ProcessState::Unknown;
    };
    // SAFETY: signal 0 only asks whether the process exists; nothing is sent.
    if unsafe { libc::kill(pid, 0) } == 0 {
        return ProcessState::Running(None);
    }
    match std::io::Error::last_os_error().raw_os_error() {
        Some(libc::ESRCH) => ProcessState::Gone,
        Some(libc::EPERM) => ProcessState::Running(None),
        _ => ProcessState::Unknown,
    }
}

#[cfg(windows)]
pub fn process_state(pid: u32) -> ProcessState {
    use windows_sys::Win32::Foundation::{
        CloseHandle, GetLastError, ERROR_ACCESS_DENIED, ERROR_INVALID_PARAMETER, FILETIME,
        WAIT_OBJECT_0,
    };
    use windows_sys::Win32::System::Threading::{
        GetProcessTimes, OpenProcess, WaitForSingleObject, PROCESS_QUERY_LIMITED_INFORMATION,
        PROCESS_SYNCHRONIZE,
    };
    // SAFETY: plain Win32 calls on a handle this function opens and closes.
    unsafe {
        let handle = OpenProcess(
            PROCESS_QUERY_LIMITED_INFORMATION | PROCESS_SYNCHRONIZE,
            0,
            pid,
        );
        if handle.is_null() {
            return match GetLastError() {
                ERROR_INVALID_PARAMETER => ProcessState::Gone,
                // Another user's (or a protected) process: it exists.
                ERROR_ACCESS_DENIED => ProcessState::Running(None),
                _ => ProcessState::Unknown,
            };
        }
        // A process that has exited stays openable while anybody holds a handle to it.
        let state = if WaitForSingleObject(handle, 0) == WAIT_OBJECT_0 {
            ProcessState::Gone
        } else {
            let mut created = FILETIME::default();
            let (mut exited, mut kernel, mut user) = (created, created, created);
            let known = GetProcessTimes(handle, &mut created, &mut exited, &mut kernel, &mut user);
            let start = (known != 0).then(|| {
                (u64::from(created.dwHighDateTime) << 32) | u64::from(created.dwLowDateTime)
            });
            ProcessState::Running(start)
        };
        CloseHandle(handle);
        state
    }
}

#[cfg(not(any(unix, windows)))]
pub fn process_state(_pid: u32) -> ProcessState {
    ProcessState::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_runs_and_has_a_start_time_where_the_system_gives_one() {
        let state = process_state(std::process::id());
        assert!(matches!(state, ProcessState::Running(_)), "{state:?}");
        if cfg!(any(target_os = "linux", target_os = "macos", windows)) {
            assert!(matches!(state, ProcessState::Running(Some(_))), "{state:?}");
        }
    }

    /// A child that is running, then one that has exited and been reaped: its id is free.
    #[cfg(unix)]
    #[test]
    fn a_running_child_is_running_and_an_exited_one_is_gone() {
        let mut child = std::process::Command::new("sleep")
            .arg("30")
            .spawn()
            .unwrap();
        let pid = child.id();
        let running = process_state(pid);
        child.kill().unwrap();
        child.wait().unwrap();
        let after = process_state(pid);
        assert!(matches!(running, ProcessState::Running(_)), "{running:?}");
        // The id could be handed to a new process at once; then its start time differs.
        match after {
            ProcessState::Gone => {}
            ProcessState::Running(start) => assert_ne!(start, running_start(running)),
            ProcessState::Unknown => panic!("the system would not say"),
        }
    }

    #[cfg(unix)]
    fn running_start(state: ProcessState) -> Option<u64> {
        match state {
            ProcessState::Running(start) => start,
            _ => None,
        }
    }

    #[test]
    fn the_host_has_a_name_and_it_is_the_kernels() {
        let name = host_name();
        assert!(!name.trim().is_empty());
        if cfg!(target_os = "linux") {
            let kernel = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap();
            assert_eq!(name, kernel.trim());
        }
    }
}
