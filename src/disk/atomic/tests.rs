use super::check::names_a_folder;
use super::*;
use std::os::unix::fs::PermissionsExt;

fn mode(p: &Path) -> u32 {
    fs::metadata(p).unwrap().permissions().mode() & 0o777
}

fn write(out: &Path, text: &str) -> Result<()> {
    OutputFile::check(out, &[])?.write(|w| {
        w.write_all(text.as_bytes())
            .map_err(|e| Error::write("test", e))
    })
}

#[test]
fn a_new_output_gets_the_permissions_of_a_plain_file() {
    let dir = tempfile::tempdir().unwrap();
    // What this process's umask makes of a file created the usual way.
    let plain = dir.path().join("plain.csv");
    fs::write(&plain, "x").unwrap();
    let out = dir.path().join("out.csv");
    write_atomically(&out, |w| w.write_all(b"label\n")).unwrap();
    assert_eq!(fs::read_to_string(&out).unwrap(), "label\n");
    assert_eq!(mode(&out), mode(&plain));
    let leftovers = fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 2, "the temporary file is gone");
}

#[test]
fn checking_an_output_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    OutputFile::check(&out, &[]).unwrap();
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    let missing = dir.path().join("missing/report.html");
    assert!(matches!(
        OutputFile::check(&missing, &[]),
        Err(Error::Write { .. })
    ));
    let input = dir.path().join("in.csv");
    fs::write(&input, "x").unwrap();
    assert!(matches!(
        OutputFile::check(&input, &[InputFile::Path(&input)]),
        Err(Error::Input(_))
    ));
}

#[test]
fn a_replaced_output_keeps_its_permissions() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.csv");
    fs::write(&out, "old").unwrap();
    fs::set_permissions(&out, fs::Permissions::from_mode(0o640)).unwrap();
    write_atomically(&out, |w| w.write_all(b"new")).unwrap();
    assert_eq!(fs::read_to_string(&out).unwrap(), "new");
    assert_eq!(mode(&out), 0o640);
    // A failed write leaves the old file, and its permissions, as they were.
    let failed = write_atomically(&out, |_| Err(io::Error::other("disk full")));
    assert!(failed.is_err());
    assert_eq!(fs::read_to_string(&out).unwrap(), "new");
    assert_eq!(mode(&out), 0o640);
}

#[test]
fn a_symlinked_output_writes_its_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("target.csv");
    fs::write(&target, "old").unwrap();
    let link = dir.path().join("link.csv");
    std::os::unix::fs::symlink("target.csv", &link).unwrap();
    write(&link, "new").unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_to_string(&target).unwrap(), "new");
    // A dangling link names the file to create.
    let dangling = dir.path().join("dangling.csv");
    std::os::unix::fs::symlink("created.csv", &dangling).unwrap();
    write(&dangling, "made").unwrap();
    assert!(
        fs::symlink_metadata(&dangling)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("created.csv")).unwrap(),
        "made"
    );
}

#[test]
fn an_input_reached_through_a_link_or_hard_link_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.csv");
    fs::write(&input, "x").unwrap();
    let hard = dir.path().join("hard.csv");
    fs::hard_link(&input, &hard).unwrap();
    let soft = dir.path().join("soft.csv");
    std::os::unix::fs::symlink(&input, &soft).unwrap();
    for out in [&hard, &soft] {
        assert!(matches!(
            OutputFile::check(out, &[InputFile::Path(&input)]),
            Err(Error::Input(_))
        ));
    }
    assert_eq!(fs::read_to_string(&input).unwrap(), "x");
}

#[test]
fn a_folder_or_a_missing_folder_is_refused_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    let err = OutputFile::check(dir.path(), &[]).unwrap_err();
    assert!(err.to_string().contains("folder"), "{err}");
    assert!(matches!(err, Error::Write { .. }));
}

#[test]
fn a_fifo_is_written_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("out.fifo");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid path; mkfifo only reads it.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
    };
    write(&fifo, "through the pipe").unwrap();
    // Asserted before the join: a FIFO replaced by a rename was never
    // opened, and the reader would wait forever.
    use std::os::unix::fs::FileTypeExt;
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    assert_eq!(reader.join().unwrap(), "through the pipe");
}

#[test]
fn a_name_ending_in_a_slash_or_a_fifo_input_or_a_silent_socket_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("newdir/");
    let err = OutputFile::check(&missing, &[]).unwrap_err().to_string();
    assert!(err.contains("newdir does not exist"), "{err}");
    let file = dir.path().join("file");
    fs::write(&file, "x").unwrap();
    let err = OutputFile::check(&dir.path().join("file/"), &[])
        .unwrap_err()
        .to_string();
    assert!(err.contains("file is not a folder"), "{err}");
    assert_eq!(names_a_folder(Path::new("out")), None);
    assert_eq!(names_a_folder(Path::new("/")), Some(PathBuf::from("/")));

    let fifo = dir.path().join("f.fifo");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid path; mkfifo only reads it.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    assert!(matches!(
        OutputFile::check(&fifo, &[InputFile::Path(&fifo)]),
        Err(Error::Input(_))
    ));

    let sock = dir.path().join("s.sock");
    drop(std::os::unix::net::UnixListener::bind(&sock).unwrap());
    let err = OutputFile::check(&sock, &[]).unwrap_err();
    assert!(matches!(err, Error::Write { .. }), "{err}");
    assert!(err.to_string().contains("no program listens"), "{err}");
}

#[test]
fn a_trailing_slash_on_a_name_that_cannot_be_looked_up_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let looped = dir.path().join("loop");
    std::os::unix::fs::symlink("loop", &looped).unwrap();
    let err = OutputFile::check(&dir.path().join("loop/"), &[])
        .unwrap_err()
        .to_string();
    assert!(!err.contains("is not a folder"), "{err}");
    assert!(err.contains("symbolic links"), "{err}");
}

#[test]
fn a_socket_closed_by_its_listener_is_an_error_not_a_closed_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let sock = dir.path().join("s.sock");
    let listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    let out = OutputFile::check(&sock, &[]).unwrap();
    std::thread::spawn(move || {
        // The check's connection, then the write's: both closed unread.
        for _ in 0..2 {
            drop(listener.accept().unwrap());
        }
    });
    let err = out
        .write::<()>(|w| {
            let chunk = vec![b'x'; 1 << 16];
            loop {
                w.write_all(&chunk).map_err(|e| Error::write("test", e))?;
            }
        })
        .unwrap_err();
    assert!(matches!(err, Error::Write { .. }), "{err}");
    assert!(!err.is_broken_pipe(), "{err}");
    assert!(err.to_string().contains("s.sock"), "{err}");
}
