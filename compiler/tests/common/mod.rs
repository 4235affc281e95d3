//! What the test runners share: running a child with a time limit and capturing its
//! output, describing exit statuses, and finding CPython's standard library.

#![allow(dead_code)]

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// How long the output readers may take to finish after a child exited or was killed.
const READER_GRACE: Duration = Duration::from_secs(2);

/// What a child process did before it exited or was killed.
pub struct Captured {
    /// The exit status, or `None` when the process was killed after the time limit.
    pub status: Option<ExitStatus>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// The CPython standard library modules are compiled from: python3's, else
/// Debian's. Asked once, so each build need not.
pub fn cpython_stdlib() -> Option<PathBuf> {
    let asked = Command::new("python3")
        .args(["-c", "import sysconfig; print(sysconfig.get_path('stdlib'))"])
        .stderr(Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    asked.or_else(|| Some(PathBuf::from("/usr/lib/python3.11"))).filter(|d| d.join("os.py").is_file())
}

/// Runs a command with piped stdout and stderr, killing it once `limit` has passed.
pub fn run_with_timeout(cmd: &mut Command, limit: Duration) -> std::io::Result<Captured> {
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn()?;
    // Both pipes are drained on their own threads so a chatty child cannot block on a full pipe.
    let stdout_reader = spawn_reader(child.stdout.take());
    let stderr_reader = spawn_reader(child.stderr.take());
    let deadline = Instant::now() + limit;
    let status = wait_with_deadline(&mut child, deadline)?;
    // A process the child started may still hold the pipes open, so the readers get only a short
    // grace period after the deadline; whatever they have not delivered by then is dropped.
    let grace = deadline.max(Instant::now()) + READER_GRACE;
    let stdout = collect_reader(&stdout_reader, grace);
    let stderr = collect_reader(&stderr_reader, grace);
    Ok(Captured {
        status,
        stdout,
        stderr,
    })
}

/// Starts a thread that reads a pipe to its end and sends the bytes back over a channel.
fn spawn_reader<R: Read + Send + 'static>(pipe: Option<R>) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut buf);
        }
        let _ = tx.send(buf);
    });
    rx
}

/// Waits until `deadline` for a reader's bytes, returning nothing if they do not arrive in time.
fn collect_reader(reader: &mpsc::Receiver<Vec<u8>>, deadline: Instant) -> Vec<u8> {
    let wait = deadline.saturating_duration_since(Instant::now());
    reader.recv_timeout(wait).unwrap_or_default()
}

/// Polls the child until it exits or the deadline passes, in which case it is killed and `None` returned.
fn wait_with_deadline(child: &mut Child, deadline: Instant) -> std::io::Result<Option<ExitStatus>> {
    let mut pause = Duration::from_millis(1);
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        let now = Instant::now();
        if now >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(None);
        }
        thread::sleep(pause.min(deadline - now));
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// Describes an exit status as its code, or as the signal that ended the process.
pub fn describe_status(status: ExitStatus) -> String {
    match (status.code(), status.signal()) {
        (Some(code), _) => code.to_string(),
        (None, Some(signal)) => format!("signal {signal}"),
        (None, None) => "unknown status".to_string(),
    }
}

