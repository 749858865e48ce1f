// A full disk without root or a small filesystem to mount: loaded with `node --import` into a
// backup or restore process (tests/backup-restore.test.ts), it lets a file whose path matches
// RECOURSE_TEST_DISK_FULL be created as asked, then hands back a descriptor of /dev/full instead,
// so every write to it fails with ENOSPC from the kernel, as on a full disk. Both ways the
// scripts open files are covered: fs/promises' open (the backup's .partial file) and the
// callback open under createWriteStream (a restored evidence file).
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const pattern = process.env.RECOURSE_TEST_DISK_FULL ? new RegExp(process.env.RECOURSE_TEST_DISK_FULL) : null;

if (pattern) {
  const openPromise = fs.promises.open;
  fs.promises.open = async (file, ...rest) => {
    const handle = await openPromise(file, ...rest);
    if (!pattern.test(String(file))) return handle;
    await handle.close();
    return openPromise("/dev/full", "w");
  };
  const openCallback = fs.open;
  /**
   * createWriteStream opens its file as fs.open(path, flags, mode, callback): that form only.
   * @param {import("node:fs").PathLike} file
   * @param {import("node:fs").OpenMode} flags
   * @param {import("node:fs").Mode} mode
   * @param {(error: NodeJS.ErrnoException | null, fd: number) => void} callback
   */
  const openFull = (file, flags, mode, callback) => {
    openCallback(file, flags, mode, (error, fd) => {
      if (error || !pattern.test(String(file))) return callback(error, fd);
      fs.close(fd, () => openCallback("/dev/full", "w", callback));
    });
  };
  Object.assign(fs, { open: openFull });
  // The scripts import { open } from "node:fs/promises": their bindings follow the change.
  syncBuiltinESMExports();
}
