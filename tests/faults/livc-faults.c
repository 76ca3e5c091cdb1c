/* livc-faults.c: an LD_PRELOAD library that makes one system call fail on files whose
 * path contains a given text, so that the tests see how saving copes with a broken disk.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Driven by the environment, read at every call so that one process sees one setting:
 *   LIVC_FAULT        open | write | enospc | fsync | close | rename
 *   LIVC_FAULT_PATH   the text a path must contain to be hit (nothing is hit without it)
 *   LIVC_FAULT_AFTER  how many matching calls succeed first (for enospc: how many bytes
 *                     may still be written before the disk is full); default 0
 *   LIVC_FAULT_ERRNO  the error to return, by name (EIO, ENOSPC, EXDEV, EACCES, EROFS,
 *                     EDQUOT, EPERM); each fault has its own default, the one a real disk
 *                     gives most often
 *   LIVC_FAULT_LOG    a file to which each injected fault appends one line
 *
 * The symbols are the ones GLib and the writer really call (nm -D, strace): open64 and
 * open (g_mkstemp_full, g_open), openat, write, fsync, fdatasync, close and rename, and
 * the *at variants for callers that use those.  Opens are hit only when they may write:
 * reading the inputs must go on working.  A failing close really closes first, as the
 * kernel does: the descriptor is gone whatever close returns. */
/* Each symbol under its own name: with 64-bit offsets the headers would rename open to
 * open64, and the library must define both. */
#undef _FILE_OFFSET_BITS
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define EXPORT __attribute__((visibility ("default")))

typedef enum
{
  FAULT_NONE,
  FAULT_OPEN,
  FAULT_WRITE,
  FAULT_ENOSPC,
  FAULT_FSYNC,
  FAULT_CLOSE,
  FAULT_RENAME,
} Fault;

static const struct
{
  const char *name;
  Fault       fault;
  int         default_errno;
} faults[] = {
  { "open", FAULT_OPEN, EACCES },
  { "write", FAULT_WRITE, EIO },
  { "enospc", FAULT_ENOSPC, ENOSPC },
  { "fsync", FAULT_FSYNC, EIO },
  { "close", FAULT_CLOSE, EIO },
  { "rename", FAULT_RENAME, EXDEV },
};

static const struct
{
  const char *name;
  int         value;
} errno_names[] = {
  { "EIO", EIO }, { "ENOSPC", ENOSPC }, { "EXDEV", EXDEV }, { "EACCES", EACCES },
  { "EROFS", EROFS }, { "EDQUOT", EDQUOT }, { "EPERM", EPERM }, { "EFBIG", EFBIG },
};

/* Matching calls seen so far (or bytes written, for enospc) and faults injected. */
static long long seen;

static Fault
current_fault (int *err)
{
  const char *name = getenv ("LIVC_FAULT");
  const char *path = getenv ("LIVC_FAULT_PATH");
  const char *e = getenv ("LIVC_FAULT_ERRNO");

  if (name == NULL || path == NULL || *path == '\0')
    return FAULT_NONE;
  for (size_t i = 0; i < sizeof faults / sizeof faults[0]; i++)
    if (strcmp (name, faults[i].name) == 0)
      {
        *err = faults[i].default_errno;
        for (size_t j = 0; e != NULL && j < sizeof errno_names / sizeof errno_names[0]; j++)
          if (strcmp (e, errno_names[j].name) == 0)
            *err = errno_names[j].value;
        return faults[i].fault;
      }
  return FAULT_NONE;
}

static long long
fault_after (void)
{
  const char *after = getenv ("LIVC_FAULT_AFTER");

  return after != NULL ? atoll (after) : 0;
}

static int
path_matches (const char *path)
{
  const char *want = getenv ("LIVC_FAULT_PATH");

  return path != NULL && want != NULL && *want != '\0' && strstr (path, want) != NULL;
}

/* The path behind a descriptor, as the kernel names it. */
static int
fd_matches (int fd)
{
  char link[64];
  char target[PATH_MAX];
  ssize_t n;

  snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  n = readlink (link, target, sizeof target - 1);
  if (n < 0)
    return 0;
  target[n] = '\0';
  return path_matches (target);
}

/* Raw system calls here, so that logging never goes through the functions it wraps. */
static void
log_fault (const char *call,
           const char *path,
           int         err)
{
  const char *log = getenv ("LIVC_FAULT_LOG");
  char line[PATH_MAX + 128];
  int fd, len;

  if (log == NULL || *log == '\0')
    return;
  len = snprintf (line, sizeof line, "%d %s %s %s\n", (int) getpid (), call,
                  path != NULL ? path : "?", strerrorname_np (err));
  fd = (int) syscall (SYS_openat, AT_FDCWD, log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (fd < 0)
    return;
  if (len > (int) sizeof line - 1)
    len = (int) sizeof line - 1;
  (void) syscall (SYS_write, fd, line, (size_t) len);
  (void) syscall (SYS_close, fd);
}

/* Whether this matching call is the one to fail: the first LIVC_FAULT_AFTER pass. */
static int
take_turn (void)
{
  return __atomic_fetch_add (&seen, 1, __ATOMIC_SEQ_CST) >= fault_after ();
}

/* The next definition of a symbol: libc's, or a sanitizer's interceptor in between. */
#define REAL(name) \
  static __typeof__ (name) *real_##name; \
  if (real_##name == NULL) \
    real_##name = (__typeof__ (name) *) dlsym (RTLD_NEXT, #name)

static int
fail_open (const char *call,
           const char *path,
           int         flags)
{
  int err;

  if (current_fault (&err) != FAULT_OPEN ||
      (flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC)) == 0 ||
      !path_matches (path) || !take_turn ())
    return 0;
  log_fault (call, path, err);
  errno = err;
  return 1;
}

static mode_t
mode_arg (int     flags,
          va_list ap)
{
  return (flags & (O_CREAT | O_TMPFILE)) != 0 ? (mode_t) va_arg (ap, int) : 0;
}

EXPORT int
open (const char *path,
      int         flags,
      ...)
{
  va_list ap;
  mode_t mode;
  REAL (open);

  va_start (ap, flags);
  mode = mode_arg (flags, ap);
  va_end (ap);
  if (fail_open ("open", path, flags))
    return -1;
  return real_open (path, flags, mode);
}

EXPORT int
open64 (const char *path,
        int         flags,
        ...)
{
  va_list ap;
  mode_t mode;
  REAL (open64);

  va_start (ap, flags);
  mode = mode_arg (flags, ap);
  va_end (ap);
  if (fail_open ("open", path, flags))
    return -1;
  return real_open64 (path, flags, mode);
}

EXPORT int
openat (int         dirfd,
        const char *path,
        int         flags,
        ...)
{
  va_list ap;
  mode_t mode;
  REAL (openat);

  va_start (ap, flags);
  mode = mode_arg (flags, ap);
  va_end (ap);
  if (fail_open ("openat", path, flags))
    return -1;
  return real_openat (dirfd, path, flags, mode);
}

EXPORT int
openat64 (int         dirfd,
          const char *path,
          int         flags,
          ...)
{
  va_list ap;
  mode_t mode;
  REAL (openat64);

  va_start (ap, flags);
  mode = mode_arg (flags, ap);
  va_end (ap);
  if (fail_open ("openat", path, flags))
    return -1;
  return real_openat64 (dirfd, path, flags, mode);
}

EXPORT ssize_t
write (int         fd,
       const void *buf,
       size_t      count)
{
  int err;
  Fault fault = current_fault (&err);
  REAL (write);

  if ((fault != FAULT_WRITE && fault != FAULT_ENOSPC) || !fd_matches (fd))
    return real_write (fd, buf, count);
  if (fault == FAULT_WRITE)
    {
      if (!take_turn ())
        return real_write (fd, buf, count);
    }
  else
    {
      /* A disk with LIVC_FAULT_AFTER bytes left: a short write, then ENOSPC. */
      long long room = fault_after () - __atomic_load_n (&seen, __ATOMIC_SEQ_CST);

      if (room > 0)
        {
          ssize_t done = real_write (fd, buf, count < (size_t) room ? count : (size_t) room);
          if (done > 0)
            __atomic_fetch_add (&seen, done, __ATOMIC_SEQ_CST);
          return done;
        }
    }
  log_fault ("write", NULL, err);
  errno = err;
  return -1;
}

static int
fail_sync (const char *call,
           int         fd)
{
  int err;

  if (current_fault (&err) != FAULT_FSYNC || !fd_matches (fd) || !take_turn ())
    return 0;
  log_fault (call, NULL, err);
  errno = err;
  return 1;
}

EXPORT int
fsync (int fd)
{
  REAL (fsync);

  if (fail_sync ("fsync", fd))
    return -1;
  return real_fsync (fd);
}

EXPORT int
fdatasync (int fd)
{
  REAL (fdatasync);

  if (fail_sync ("fdatasync", fd))
    return -1;
  return real_fdatasync (fd);
}

EXPORT int
close (int fd)
{
  int err, hit, status;
  REAL (close);

  hit = current_fault (&err) == FAULT_CLOSE && fd_matches (fd) && take_turn ();
  status = real_close (fd);
  if (!hit || status != 0)
    return status;
  log_fault ("close", NULL, err);
  errno = err;
  return -1;
}

static int
fail_rename (const char *from,
             const char *to)
{
  int err;

  if (current_fault (&err) != FAULT_RENAME || (!path_matches (from) && !path_matches (to)) ||
      !take_turn ())
    return 0;
  log_fault ("rename", to, err);
  errno = err;
  return 1;
}

EXPORT int
rename (const char *from,
        const char *to)
{
  REAL (rename);

  if (fail_rename (from, to))
    return -1;
  return real_rename (from, to);
}

EXPORT int
renameat (int         fromfd,
          const char *from,
          int         tofd,
          const char *to)
{
  REAL (renameat);

  if (fail_rename (from, to))
    return -1;
  return real_renameat (fromfd, from, tofd, to);
}

EXPORT int
renameat2 (int          fromfd,
           const char  *from,
           int          tofd,
           const char  *to,
           unsigned int flags)
{
  REAL (renameat2);

  if (fail_rename (from, to))
    return -1;
  return real_renameat2 (fromfd, from, tofd, to, flags);
}
