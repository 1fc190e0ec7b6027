//! `--jobs N`: NDJSON records audited on N worker threads.
//!
//! The main thread reads lines and hands them out a few records at a time
//! (a chunk: fewer hand-overs, each of which may wake a thread), and writes
//! the reports back in input order as they come in. Workers live for the
//! whole file, so none waits for another at the end of a batch, and reading
//! and writing overlap the audits. At most [`BATCH`] records and
//! [`BATCH_BYTES`] bytes of input are out at once, so memory stays flat.

use crate::{
    audit_record, error_record, note, read_error, read_until_newline, Ctx, Done, Status, BATCH,
    BATCH_BYTES, NULL,
};
use std::collections::VecDeque;
use std::io::{self, BufRead, Write};
use std::sync::{mpsc, Mutex};
use std::thread;

/// Records handed to a worker at a time, at most.
const CHUNK: usize = 16;

/// Input bytes handed to a worker at a time, at most (but one record).
const CHUNK_BYTES: usize = 64 << 10;

/// Records handed to a worker.
#[derive(Default)]
struct Chunk {
    /// Its place in the input, counting chunks from 0.
    seq: usize,
    /// Each record's line (from 1) and bytes.
    records: Vec<(usize, Vec<u8>)>,
    /// The records' bytes.
    size: usize,
}

impl Chunk {
    fn is_full(&self) -> bool {
        self.records.len() == CHUNK || self.size >= CHUNK_BYTES
    }
}

/// A worker's answer: the chunk's place, its records' outcomes, their
/// reports one after another, and the chunk's input size.
type Audited = (usize, Vec<Done>, Vec<u8>, usize);

/// A chunk handed out: its records' lines until their reports are back.
enum Slot {
    Waiting(Vec<usize>),
    Back(Vec<Done>, Vec<u8>),
}

/// Audits the NDJSON of `reader` on `ctx.opts.jobs` workers, writing the
/// reports to `out` in input order. Returns the number of records that could
/// not be audited.
pub fn ndjson(
    ctx: &Ctx,
    file: &str,
    reader: &mut impl BufRead,
    out: &mut impl Write,
    status: &mut Status,
) -> io::Result<usize> {
    let (jobs, job_rx) = mpsc::channel::<Chunk>();
    let job_rx = Mutex::new(job_rx);
    let (done_tx, done) = mpsc::channel::<Audited>();
    thread::scope(|scope| {
        for _ in 0..ctx.opts.jobs {
            let done_tx = done_tx.clone();
            let job_rx = &job_rx;
            scope.spawn(move || work(ctx, file, job_rx, &done_tx));
        }
        drop(done_tx);
        // `jobs` and `done` are moved in: however the main loop ends, the
        // workers then find no more work (or no one to answer) and stop.
        Pipeline {
            ctx,
            file,
            jobs,
            done,
        }
        .run(reader, out, status)
    })
}

/// A worker: audits chunks until the main thread sends no more.
fn work(ctx: &Ctx, file: &str, jobs: &Mutex<mpsc::Receiver<Chunk>>, done: &mpsc::Sender<Audited>) {
    loop {
        // A poisoned lock means another worker panicked: stop too.
        let chunk = match jobs.lock() {
            Ok(jobs) => jobs.recv(),
            Err(_) => return,
        };
        let Ok(chunk) = chunk else {
            return;
        };
        let mut reports = Vec::new();
        let outcomes = (chunk.records.iter())
            .map(|(line, bytes)| audit_record(ctx, file, *line, bytes, &mut reports))
            .collect();
        if done
            .send((chunk.seq, outcomes, reports, chunk.size))
            .is_err()
        {
            return;
        }
    }
}

/// The main thread's side: reading, handing out, writing in order.
struct Pipeline<'a, 'c> {
    ctx: &'a Ctx<'c>,
    file: &'a str,
    jobs: mpsc::Sender<Chunk>,
    done: mpsc::Receiver<Audited>,
}

impl Pipeline<'_, '_> {
    fn run(
        self,
        reader: &mut impl BufRead,
        out: &mut impl Write,
        status: &mut Status,
    ) -> io::Result<usize> {
        // Chunks handed out and not yet written, from the oldest.
        let mut slots: VecDeque<Slot> = VecDeque::new();
        let (mut written, mut line, mut records_out, mut bytes_out) = (0, 0, 0, 0);
        let (mut unflushed, mut bad) = (0, 0);
        let mut eof = false;
        loop {
            let mut chunk = Chunk::default();
            while !eof && records_out < BATCH && bytes_out < BATCH_BYTES {
                match read_record(reader, &mut line) {
                    Ok(Some(bytes)) => {
                        records_out += 1;
                        bytes_out += bytes.len();
                        chunk.size += bytes.len();
                        chunk.records.push((line, bytes));
                        if chunk.is_full() {
                            self.hand_out(&mut chunk, &mut slots, written);
                        }
                    }
                    Ok(None) => eof = true,
                    Err(e) => {
                        read_error(self.file, line + 1, &e, status);
                        eof = true;
                    }
                }
            }
            if !chunk.records.is_empty() {
                self.hand_out(&mut chunk, &mut slots, written);
            }
            if slots.is_empty() {
                out.flush()?;
                return Ok(bad);
            }
            match self.done.recv() {
                Ok((seq, outcomes, reports, size)) => {
                    bytes_out -= size;
                    if let Some(slot) = slots.get_mut(seq - written) {
                        *slot = Slot::Back(outcomes, reports);
                    }
                }
                // No worker left (none should go): what is out is reported
                // as not audited.
                Err(_) => {
                    for slot in &mut slots {
                        if let Slot::Waiting(lines) = slot {
                            *slot = self.not_audited(lines);
                        }
                    }
                }
            }
            while let Some(Slot::Back(..)) = slots.front() {
                let Some(Slot::Back(outcomes, reports)) = slots.pop_front() else {
                    break;
                };
                out.write_all(&reports)?;
                written += 1;
                records_out -= outcomes.len();
                unflushed += outcomes.len();
                for outcome in outcomes {
                    bad += usize::from(outcome.error);
                    note(outcome, status);
                }
            }
            // Flushed as often as the batches of one job are, for readers
            // of a pipe.
            if unflushed >= BATCH {
                out.flush()?;
                unflushed = 0;
            }
        }
    }

    /// Sends `chunk` (left empty) to the workers; `written` chunks are out.
    fn hand_out(&self, chunk: &mut Chunk, slots: &mut VecDeque<Slot>, written: usize) {
        let mut chunk = std::mem::take(chunk);
        chunk.seq = written + slots.len();
        let lines = chunk.records.iter().map(|(line, _)| *line).collect();
        slots.push_back(Slot::Waiting(lines));
        // Sending fails only if every worker has gone; the receiving side
        // then reports the chunk.
        let _ = self.jobs.send(chunk);
    }

    /// Error records for the records of a chunk no worker returned.
    fn not_audited(&self, lines: &[usize]) -> Slot {
        let mut reports = Vec::new();
        let outcomes = (lines.iter())
            .map(|&line| {
                let error = "record was not audited";
                error_record(self.ctx, self.file, line, &NULL, error, &mut reports)
            })
            .collect();
        Slot::Back(outcomes, reports)
    }
}

/// The next record of `reader`, its line break and trailing `\r` cut;
/// `line` counts the lines read, blank ones (no records) included.
fn read_record(reader: &mut impl BufRead, line: &mut usize) -> io::Result<Option<Vec<u8>>> {
    loop {
        let mut bytes = Vec::new();
        read_until_newline(reader, &mut bytes)?;
        if bytes.is_empty() {
            return Ok(None);
        }
        *line += 1;
        while matches!(bytes.last(), Some(b'\n' | b'\r')) {
            bytes.pop();
        }
        if !bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(Some(bytes));
        }
    }
}
