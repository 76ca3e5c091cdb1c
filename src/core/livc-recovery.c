/* livc-recovery.c: recovery files. The folder is private (0700, the user's own, never
 * reached through a symbolic link) and every file in it is written atomically with mode
 * 0600. A session's set is the assessment (<id>.xml), a key file (<id>.ini) naming where
 * it came from, and a lock file (<id>.lock) that the writing process keeps locked for as
 * long as it lives, so that the copies of a running app are not offered to another one.
 * Before a save, the key file also says where the save goes and what it holds, so that a
 * crash between the save and the removal of the set does not offer again what the saved
 * file already holds.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#ifdef G_OS_UNIX
#include <dirent.h>
#include <sys/file.h>
#include <unistd.h>
#endif

#include "livc-recovery.h"
#include "livc-types.h"
#include "livc-writer.h"

#define GROUP "recovery"

/* The ids whose copies this process writes, each with its lock file's descriptor (-1
 * where there are no locks). Guarded by a mutex: the listing runs in a worker thread. */
static GMutex owned_mutex;
static GHashTable *owned;

void
livc_recovery_entry_free (LivcRecoveryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_free (entry->assessment_path);
  g_free (entry->original_path);
  g_free (entry->questionnaire_path);
  g_free (entry);
}

/* $XDG_STATE_HOME/livc-scan/recovery: state that matters after a crash, not a cache. */
char *
livc_recovery_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "livc-scan", "recovery", NULL);
}

char *
livc_recovery_new_id (void)
{
  return g_uuid_string_random ();
}

static gboolean
valid_id (const char *id)
{
  if (id == NULL || *id == '\0')
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static char *
pair_name (const char *id,
           const char *suffix)
{
  return g_strconcat (id, suffix, NULL);
}

static char *
pair_path (const char *dir,
           const char *id,
           const char *suffix)
{
  g_autofree char *name = pair_name (id, suffix);

  return g_build_filename (dir, name, NULL);
}

/* The folder, opened once and checked. */
typedef struct
{
  char     *path;
  int       fd;       /* -1 without openat () */
  gboolean  exists;
} Folder;

static void
folder_close (Folder *folder)
{
#ifdef G_OS_UNIX
  if (folder->fd >= 0)
    close (folder->fd);
#endif
  folder->fd = -1;
  g_clear_pointer (&folder->path, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Folder, folder_close)

static void
set_refusal (GError     **error,
             int          code,
             const char  *dir,
             const char  *reason)
{
  g_set_error (error, G_FILE_ERROR, code,
               _("LIVC Scan does not use the recovery folder %s: %s. Unsaved work is not "
                 "kept or offered until it is a private folder of your own."),
               dir, reason);
}

/* Opens dir the way GLib treats its private folders: created 0700 if missing, never
 * through a symbolic link, owned by the user, and without access for group or others
 * (taken away if it was given: the folder is ours). Another user's folder, or a link to
 * one, would let that user plant a copy that the app offers and then saves over the
 * user's file; it is refused. Without create, a missing folder is no error (nothing to
 * list): folder->exists is FALSE. */
static gboolean
folder_open (Folder      *folder,
             const char  *dir,
             gboolean     create,
             GError     **error)
{
  g_autofree char *path = g_strdup (dir);
  gsize len = strlen (path);

  /* A trailing separator would make the system follow a link named by the last part. */
  while (len > 1 && G_IS_DIR_SEPARATOR (path[len - 1]))
    path[--len] = '\0';
  folder->path = g_strdup (path);
  folder->fd = -1;
  folder->exists = TRUE;

  if (create)
    {
      g_autofree char *parent = g_path_get_dirname (path);

      if (g_mkdir_with_parents (parent, 0700) != 0 ||
          (g_mkdir (path, 0700) != 0 && errno != EEXIST))
        {
          int saved_errno = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("Cannot create the recovery folder %s: %s"), path,
                       g_strerror (saved_errno));
          return FALSE;
        }
    }

#ifdef G_OS_UNIX
  {
    struct stat st;

    folder->fd = open (path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
    if (folder->fd < 0)
      {
        int saved_errno = errno;

        if (saved_errno == ENOENT && !create)
          {
            folder->exists = FALSE;
            return TRUE;
          }
        if (saved_errno == ELOOP || saved_errno == ENOTDIR)
          set_refusal (error, G_FILE_ERROR_PERM, path,
                       _("it is a symbolic link or not a folder"));
        else
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("Cannot open the recovery folder %s: %s"), path,
                       g_strerror (saved_errno));
        return FALSE;
      }
    if (fstat (folder->fd, &st) != 0)
      {
        int saved_errno = errno;

        g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                     _("Cannot open the recovery folder %s: %s"), path, g_strerror (saved_errno));
        return FALSE;
      }
    if (st.st_uid != geteuid ())
      {
        set_refusal (error, G_FILE_ERROR_PERM, path, _("it belongs to another user"));
        return FALSE;
      }
    if ((st.st_mode & 077) != 0 && fchmod (folder->fd, 0700) != 0)
      {
        int saved_errno = errno;

        g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                     _("Cannot make the recovery folder %s private: %s"), path,
                     g_strerror (saved_errno));
        return FALSE;
      }
  }
#else
  if (!g_file_test (path, G_FILE_TEST_EXISTS) && !create)
    {
      folder->exists = FALSE;
      return TRUE;
    }
  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || !g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      set_refusal (error, G_FILE_ERROR_PERM, path, _("it is a symbolic link or not a folder"));
      return FALSE;
    }
#endif
  return TRUE;
}

gboolean
livc_recovery_check_dir (const char  *dir,
                         gboolean     create,
                         GError     **error)
{
  g_auto(Folder) folder = { 0 };

  g_return_val_if_fail (dir != NULL, FALSE);

  return folder_open (&folder, dir, create, error);
}

/* What a file of the folder must be before anything in it is believed: a regular file of
 * the user's, private, with no other name (a hard link planted while the folder was open
 * to others), and small enough. Anything else (a FIFO, a device, a link, a huge file) is
 * never opened. */
static gboolean
stat_private_file (Folder     *folder,
                   const char *name,
                   gsize       max_size,
                   GStatBuf   *out)
{
#ifdef G_OS_UNIX
  struct stat st;

  if (fstatat (folder->fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
    return FALSE;
  if (!S_ISREG (st.st_mode) || st.st_uid != geteuid () || (st.st_mode & 077) != 0 ||
      st.st_nlink != 1 || st.st_size < 0 || (guint64) st.st_size > max_size)
    return FALSE;
  if (out != NULL)
    *out = st;
  return TRUE;
#else
  g_autofree char *path = g_build_filename (folder->path, name, NULL);
  GStatBuf st;

  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || !g_file_test (path, G_FILE_TEST_IS_REGULAR) ||
      g_stat (path, &st) != 0 || st.st_size < 0 || (guint64) st.st_size > max_size)
    return FALSE;
  if (out != NULL)
    *out = st;
  return TRUE;
#endif
}

static gboolean
exists_in (Folder     *folder,
           const char *name)
{
#ifdef G_OS_UNIX
  struct stat st;

  return fstatat (folder->fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 || errno != ENOENT;
#else
  g_autofree char *path = g_build_filename (folder->path, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK);
#endif
}

#ifdef G_OS_UNIX
/* Reads at most max_size bytes from fd, a regular file it has just checked. */
static gboolean
read_fd (int     fd,
         gsize   max_size,
         char  **contents,
         gsize  *length)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();

  for (;;)
    {
      guint8 chunk[16 * 1024];
      gssize r = read (fd, chunk, sizeof chunk);

      if (r < 0 && errno == EINTR)
        continue;
      if (r < 0)
        return FALSE;
      if (r == 0)
        break;
      if (buffer->len + (gsize) r > max_size)
        return FALSE;
      g_byte_array_append (buffer, chunk, (guint) r);
    }
  *length = buffer->len;
  g_byte_array_append (buffer, (const guint8 *) "", 1);
  *contents = (char *) g_byte_array_free (g_steal_pointer (&buffer), FALSE);
  return TRUE;
}
#endif

/* A file of the folder, if stat_private_file () accepts it: opened without following a
 * link and without waiting (a FIFO swapped in after the check would otherwise block),
 * then checked again on what was opened. */
static gboolean
read_private_file (Folder      *folder,
                   const char  *name,
                   gsize        max_size,
                   char       **contents,
                   gsize       *length)
{
#ifdef G_OS_UNIX
  struct stat st;
  gboolean ok;
  int fd;

  if (!stat_private_file (folder, name, max_size, NULL))
    return FALSE;
  fd = openat (folder->fd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0)
    return FALSE;
  ok = fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == geteuid () &&
       read_fd (fd, max_size, contents, length);
  close (fd);
  return ok;
#else
  g_autofree char *path = g_build_filename (folder->path, name, NULL);

  return stat_private_file (folder, name, max_size, NULL) &&
         g_file_get_contents (path, contents, length, NULL);
#endif
}

static GKeyFile *
load_key_file (Folder     *folder,
               const char *id)
{
  g_autofree char *name = pair_name (id, ".ini");
  g_autofree char *contents = NULL;
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  gsize len;

  if (!read_private_file (folder, name, LIVC_RECOVERY_MAX_KEY_FILE_SIZE, &contents, &len) ||
      !g_key_file_load_from_data (key_file, contents, len, G_KEY_FILE_NONE, NULL))
    return NULL;
  return g_steal_pointer (&key_file);
}

static void
unlink_in (Folder     *folder,
           const char *name)
{
#ifdef G_OS_UNIX
  if (unlinkat (folder->fd, name, 0) != 0 && errno != ENOENT)
    g_warning ("Cannot remove the recovery file %s/%s: %s", folder->path, name,
               g_strerror (errno));
#else
  g_autofree char *path = g_build_filename (folder->path, name, NULL);

  if (g_unlink (path) != 0 && errno != ENOENT)
    g_warning ("Cannot remove the recovery file %s: %s", path, g_strerror (errno));
#endif
}

static gboolean
is_owned (const char *id)
{
  gboolean result;

  g_mutex_lock (&owned_mutex);
  result = owned != NULL && g_hash_table_contains (owned, id);
  g_mutex_unlock (&owned_mutex);
  return result;
}

static void
close_lock (gpointer data)
{
#ifdef G_OS_UNIX
  int fd = GPOINTER_TO_INT (data) - 1;

  /* Closing the only descriptor of the lock file releases the lock. */
  if (fd >= 0)
    close (fd);
#else
  (void) data;
#endif
}

static void
own (const char *id,
     int         fd)
{
  g_mutex_lock (&owned_mutex);
  if (owned == NULL)
    owned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, close_lock);
  g_hash_table_replace (owned, g_strdup (id), GINT_TO_POINTER (fd + 1));
  g_mutex_unlock (&owned_mutex);
}

static void
disown (const char *id)
{
  g_mutex_lock (&owned_mutex);
  if (owned != NULL)
    g_hash_table_remove (owned, id);
  g_mutex_unlock (&owned_mutex);
}

/* This process is the owner of id's copy until it removes or releases it: it holds an
 * exclusive lock on <id>.lock. A lock, unlike a process id, means the same thing in
 * every PID namespace (a sandboxed app's process ids are not the host's) and after a
 * reboot, and the kernel releases it when the process dies, however it dies. */
static gboolean
take_lock (Folder      *folder,
           const char  *id,
           GError     **error)
{
#ifdef G_OS_UNIX
  g_autofree char *name = pair_name (id, ".lock");

  if (is_owned (id))
    return TRUE;
  /* Another start may hold the lock for the moment it checks a left-over: try a while. */
  for (guint attempt = 0; attempt < 50; attempt++)
    {
      struct stat st, now;
      int fd = openat (folder->fd, name,
                       O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0600);
      int saved_errno;

      if (fd < 0 || fstat (fd, &st) != 0 || !S_ISREG (st.st_mode) || st.st_uid != geteuid ())
        {
          saved_errno = fd < 0 ? errno : EPERM;
          if (fd >= 0)
            close (fd);
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("Cannot lock the recovery copy %s/%s: %s"), folder->path, name,
                       g_strerror (saved_errno));
          return FALSE;
        }
      if (flock (fd, LOCK_EX | LOCK_NB) == 0)
        {
          /* A start that found the lock file left over may have removed it in between: a
           * lock on a file no longer in the folder protects nothing. */
          if (fstatat (folder->fd, name, &now, AT_SYMLINK_NOFOLLOW) == 0 &&
              now.st_ino == st.st_ino && now.st_dev == st.st_dev)
            {
              own (id, fd);
              return TRUE;
            }
          close (fd);
          continue;
        }
      saved_errno = errno;
      close (fd);
      if (saved_errno != EWOULDBLOCK && saved_errno != EINTR)
        {
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("Cannot lock the recovery copy %s/%s: %s"), folder->path, name,
                       g_strerror (saved_errno));
          return FALSE;
        }
      g_usleep (10 * 1000);
    }
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
               _("The recovery copy %s/%s is in use by another LIVC Scan"), folder->path, name);
  return FALSE;
#else
  /* Without flock (): this process knows its own copies; any other is a left-over. */
  (void) folder;
  (void) error;
  own (id, -1);
  return TRUE;
#endif
}

/* Whether a living process owns id's copy. When not, and the lock file exists, *lock_fd
 * holds its lock for the caller to keep while it removes what is left over. */
static gboolean
owner_is_running (Folder     *folder,
                  const char *id,
                  int        *lock_fd)
{
  *lock_fd = -1;
  if (is_owned (id))
    return TRUE;
#ifdef G_OS_UNIX
  {
    g_autofree char *name = pair_name (id, ".lock");
    struct stat st;
    int fd = openat (folder->fd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);

    if (fd < 0)
      return FALSE;
    if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
      {
        close (fd);
        return FALSE;
      }
    if (flock (fd, LOCK_EX | LOCK_NB) != 0)
      {
        int saved_errno = errno;

        close (fd);
        return saved_errno == EWOULDBLOCK || saved_errno == EINTR;
      }
    *lock_fd = fd;
  }
#else
  (void) folder;
#endif
  return FALSE;
}

static void
release_lock_fd (int fd)
{
#ifdef G_OS_UNIX
  if (fd >= 0)
    close (fd);
#else
  (void) fd;
#endif
}

static gboolean
write_key_file (Folder      *folder,
                const char  *id,
                GKeyFile    *key_file,
                GError     **error)
{
  g_autofree char *path = pair_path (folder->path, id, ".ini");
  g_autofree char *data = NULL;
  gsize len;

  data = g_key_file_to_data (key_file, &len, NULL);
  return livc_write_file_atomically (path, data, len, error);
}

gboolean
livc_recovery_write (const char      *id,
                     LivcAssessment  *assessment,
                     const char      *original_path,
                     const char      *questionnaire_path,
                     GError         **error)
{
  g_autofree char *dir = livc_recovery_dir ();
  g_auto(Folder) folder = { 0 };
  g_autofree char *xml_path = NULL;
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (valid_id (id), FALSE);
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (assessment), FALSE);

  /* The folder is checked before every write: it is cheap, and a folder that another user
   * swapped in since the last write is never written to. */
  if (!folder_open (&folder, dir, TRUE, error) || !take_lock (&folder, id, error))
    return FALSE;
  xml_path = pair_path (folder.path, id, ".xml");

  bytes = livc_assessment_to_bytes (assessment);
  if (!livc_write_file_atomically (xml_path, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), error))
    return FALSE;

  g_key_file_set_int64 (key_file, GROUP, "saved-at", g_get_real_time ());
  if (original_path != NULL)
    g_key_file_set_string (key_file, GROUP, "original", original_path);
  if (questionnaire_path != NULL)
    g_key_file_set_string (key_file, GROUP, "questionnaire", questionnaire_path);
  return write_key_file (&folder, id, key_file, error);
}

/* Called just before bytes are saved to path: if id has a recovery copy, its key file
 * records path and the bytes' SHA-256. The save itself comes after, and the set is
 * removed once it succeeded; if the app dies in between, livc_recovery_list () finds the
 * saved file holding those very bytes and drops the set instead of offering it. */
gboolean
livc_recovery_note_save (const char  *id,
                         const char  *path,
                         GBytes      *bytes,
                         GError     **error)
{
  g_autofree char *dir = livc_recovery_dir ();
  g_auto(Folder) folder = { 0 };
  g_autofree char *xml_name = NULL;
  g_autofree char *sum = NULL;
  g_autoptr(GKeyFile) key_file = NULL;

  g_return_val_if_fail (valid_id (id), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (!folder_open (&folder, dir, FALSE, error))
    return FALSE;
  xml_name = pair_name (id, ".xml");
  if (!folder.exists || !exists_in (&folder, xml_name))
    return TRUE;
  /* A key file that cannot be read is written again with what matters here. */
  key_file = load_key_file (&folder, id);
  if (key_file == NULL)
    key_file = g_key_file_new ();
  sum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  g_key_file_set_string (key_file, GROUP, "saving-to", path);
  g_key_file_set_string (key_file, GROUP, "saving-sha256", sum);
  return write_key_file (&folder, id, key_file, error);
}

/* Reads a file the user saved to, if it is a regular file within the size cap: the path
 * comes from a key file, and a FIFO or a device there must never make the start wait. */
static gboolean
read_saved_file (const char  *path,
                 char       **contents,
                 gsize       *len)
{
#ifdef G_OS_UNIX
  struct stat st;
  gboolean ok;
  int fd = open (path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);

  if (fd < 0)
    return FALSE;
  ok = fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_size <= LIVC_MAX_FILE_SIZE &&
       read_fd (fd, LIVC_MAX_FILE_SIZE, contents, len);
  close (fd);
  return ok;
#else
  GStatBuf st;

  return !g_file_test (path, G_FILE_TEST_IS_SYMLINK) &&
         g_file_test (path, G_FILE_TEST_IS_REGULAR) && g_stat (path, &st) == 0 &&
         st.st_size <= LIVC_MAX_FILE_SIZE && g_file_get_contents (path, contents, len, NULL);
#endif
}

/* The save that the key file announced did happen: the file it names holds those bytes. */
static gboolean
saved_since (GKeyFile *key_file)
{
  g_autofree char *path = g_key_file_get_string (key_file, GROUP, "saving-to", NULL);
  g_autofree char *expected = g_key_file_get_string (key_file, GROUP, "saving-sha256", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *sum = NULL;
  gsize len;

  if (path == NULL || expected == NULL || !read_saved_file (path, &contents, &len))
    return FALSE;
  sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
  return g_strcmp0 (sum, expected) == 0;
}

/* The lock file goes last: until then it keeps another start from taking the set. */
static void
remove_set (Folder     *folder,
            const char *id)
{
  const char *suffixes[] = { ".xml", ".ini", ".lock" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = pair_name (id, suffixes[i]);

      unlink_in (folder, name);
    }
}

void
livc_recovery_remove (const char *id)
{
  g_autofree char *dir = livc_recovery_dir ();
  g_auto(Folder) folder = { 0 };
  g_autoptr(GError) error = NULL;

  g_return_if_fail (valid_id (id));

  if (!folder_open (&folder, dir, FALSE, &error))
    g_warning ("%s", error->message);
  else if (folder.exists)
    remove_set (&folder, id);
  disown (id);
}

/* This process lets go of id's copy and leaves it in place, as if it had died: the next
 * listing offers it. */
void
livc_recovery_release (const char *id)
{
  g_return_if_fail (valid_id (id));

  disown (id);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const LivcRecoveryEntry *ea = *(LivcRecoveryEntry * const *) a;
  const LivcRecoveryEntry *eb = *(LivcRecoveryEntry * const *) b;

  return (ea->saved_at < eb->saved_at) - (ea->saved_at > eb->saved_at);
}

static GPtrArray *
folder_names (Folder *folder)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
#ifdef G_OS_UNIX
  int fd = dup (folder->fd);
  DIR *handle = fd >= 0 ? fdopendir (fd) : NULL;
  struct dirent *de;

  if (handle == NULL)
    {
      if (fd >= 0)
        close (fd);
      return names;
    }
  while ((de = readdir (handle)) != NULL)
    if (de->d_name[0] != '.')
      g_ptr_array_add (names, g_strdup (de->d_name));
  closedir (handle);
#else
  g_autoptr(GDir) handle = g_dir_open (folder->path, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
#endif
  return names;
}

static char *
id_of (const char *name,
       const char *suffix)
{
  g_autofree char *id = NULL;

  if (!g_str_has_suffix (name, suffix))
    return NULL;
  id = g_strndup (name, strlen (name) - strlen (suffix));
  return valid_id (id) ? g_steal_pointer (&id) : NULL;
}

/* What a dead session left that is no use without its copy: a key file or a lock file. */
static void
drop_if_orphan (Folder     *folder,
                const char *id)
{
  g_autofree char *xml_name = pair_name (id, ".xml");
  int lock_fd;

  if (exists_in (folder, xml_name) || owner_is_running (folder, id, &lock_fd))
    return;
  remove_set (folder, id);
  release_lock_fd (lock_fd);
}

static LivcRecoveryEntry *
examine (Folder     *folder,
         const char *id)
{
  g_autofree char *xml_name = pair_name (id, ".xml");
  g_autoptr(GKeyFile) key_file = NULL;
  LivcRecoveryEntry *entry;
  GStatBuf st;
  int lock_fd;

  /* Not a file this user's app wrote: never offered, left for the user to look at. */
  if (!stat_private_file (folder, xml_name, LIVC_MAX_FILE_SIZE, &st))
    {
      g_debug ("Recovery copy %s/%s is not a private regular file: not offered", folder->path,
               xml_name);
      return NULL;
    }
  if (owner_is_running (folder, id, &lock_fd))
    return NULL;
  key_file = load_key_file (folder, id);
  if (key_file != NULL && saved_since (key_file))
    {
      remove_set (folder, id);
      release_lock_fd (lock_fd);
      return NULL;
    }
  release_lock_fd (lock_fd);

  entry = g_new0 (LivcRecoveryEntry, 1);
  entry->id = g_strdup (id);
  entry->assessment_path = g_build_filename (folder->path, xml_name, NULL);
  if (key_file != NULL)
    {
      entry->original_path = g_key_file_get_string (key_file, GROUP, "original", NULL);
      entry->questionnaire_path = g_key_file_get_string (key_file, GROUP, "questionnaire", NULL);
      entry->saved_at = g_key_file_get_int64 (key_file, GROUP, "saved-at", NULL);
    }
  if (entry->saved_at == 0)
    entry->saved_at = (gint64) st.st_mtime * G_USEC_PER_SEC;
  return entry;
}

/* The recovery copies in dir left behind by sessions that ended without saving, newest
 * first, or NULL with error when the folder is not a private one of the user's (then
 * nothing in it is offered). What such a session left that is no use any more goes: a
 * set whose announced save happened (the app died before removing it), and a key file or
 * lock file without its copy. */
GPtrArray *
livc_recovery_list_checked (const char    *dir,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_auto(Folder) folder = { 0 };
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) names = NULL;

  g_return_val_if_fail (dir != NULL, NULL);

  if (!folder_open (&folder, dir, FALSE, error))
    return NULL;
  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) livc_recovery_entry_free);
  if (!folder.exists)
    return g_steal_pointer (&entries);
  names = folder_names (&folder);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *xml_id = id_of (name, ".xml");
      g_autofree char *ini_id = id_of (name, ".ini");
      g_autofree char *lock_id = id_of (name, ".lock");
      LivcRecoveryEntry *entry;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (ini_id != NULL || lock_id != NULL)
        drop_if_orphan (&folder, ini_id != NULL ? ini_id : lock_id);
      else if (xml_id != NULL && (entry = examine (&folder, xml_id)) != NULL)
        g_ptr_array_add (entries, entry);
    }
  g_ptr_array_sort (entries, compare_entries);
  return g_steal_pointer (&entries);
}

/* As livc_recovery_list_checked (), with an empty list when the folder is refused. */
GPtrArray *
livc_recovery_list_in (const char *dir)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = livc_recovery_list_checked (dir, NULL, &error);

  if (entries != NULL)
    return entries;
  g_warning ("%s", error->message);
  return g_ptr_array_new_with_free_func ((GDestroyNotify) livc_recovery_entry_free);
}

/* The app's own: those in livc_recovery_dir (). */
GPtrArray *
livc_recovery_list (void)
{
  g_autofree char *dir = livc_recovery_dir ();

  return livc_recovery_list_in (dir);
}

/* Listing in a worker thread, with a time limit. The caller's task returns once: with
 * the worker's answer, or with G_IO_ERROR_TIMED_OUT when the limit comes first (a folder
 * on a network share that hangs); a worker that finishes later is then ignored. */
typedef struct
{
  GTask   *task;      /* the caller's; NULL once it returned */
  GSource *timeout;
} ListRun;

static void
list_run_free (ListRun *run)
{
  g_clear_object (&run->task);
  if (run->timeout != NULL)
    g_source_destroy (run->timeout);
  g_clear_pointer (&run->timeout, g_source_unref);
  g_free (run);
}

static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *entries = livc_recovery_list_checked (task_data, cancellable, &error);

  if (entries == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, entries, (GDestroyNotify) g_ptr_array_unref);
}

static void
on_list_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  ListRun *run = user_data;
  GError *error = NULL;
  GPtrArray *entries = g_task_propagate_pointer (G_TASK (result), &error);

  if (run->task == NULL)
    {
      g_clear_pointer (&entries, g_ptr_array_unref);
      g_clear_error (&error);
    }
  else if (entries != NULL)
    g_task_return_pointer (run->task, entries, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (run->task, error);
  list_run_free (run);
}

static gboolean
on_list_timeout (gpointer user_data)
{
  ListRun *run = user_data;
  g_autoptr(GTask) task = g_steal_pointer (&run->task);

  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                           _("Looking for unsaved work in %s took too long"),
                           (const char *) g_task_get_task_data (task));
  g_clear_pointer (&run->timeout, g_source_unref);
  return G_SOURCE_REMOVE;
}

/* Lists dir (the app's folder if NULL) without making the caller wait: the app starts,
 * shows its window, and offers the copies once they are known. timeout_ms 0 means
 * LIVC_RECOVERY_LIST_TIMEOUT_MS. */
void
livc_recovery_list_async (const char          *dir,
                          guint                timeout_ms,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) worker = NULL;
  char *folder = dir != NULL ? g_strdup (dir) : livc_recovery_dir ();
  ListRun *run = g_new0 (ListRun, 1);

  run->task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (run->task, livc_recovery_list_async);
  g_task_set_task_data (run->task, g_strdup (folder), g_free);

  run->timeout = g_timeout_source_new (timeout_ms > 0 ? timeout_ms : LIVC_RECOVERY_LIST_TIMEOUT_MS);
  g_source_set_callback (run->timeout, on_list_timeout, run, NULL);
  g_source_attach (run->timeout, g_main_context_get_thread_default ());

  worker = g_task_new (NULL, cancellable, on_list_done, run);
  g_task_set_task_data (worker, folder, g_free);
  g_task_run_in_thread (worker, list_thread);
}

GPtrArray *
livc_recovery_list_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == livc_recovery_list_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
