/* livc-recovery.c: recovery files. The folder is private (0700), every file in it is
 * written atomically with mode 0600. A session's pair is the assessment (<id>.xml) and a
 * key file (<id>.ini) naming where it came from and which process writes it, so that the
 * copies of a running app are not offered to another one. Before a save, the key file
 * also says where the save goes and what it holds, so that a crash between the save and
 * the removal of the pair does not offer again what the saved file already holds.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "livc-recovery.h"
#include "livc-writer.h"

#define GROUP "recovery"

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

/* The kernel's boot id: a process id read back after a reboot means nothing. */
static char *
boot_id (void)
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents ("/proc/sys/kernel/random/boot_id", &contents, NULL, NULL))
    return g_strdup ("");
  return g_strdup (g_strstrip (contents));
}

static gboolean
ensure_dir (const char  *dir,
            GError     **error)
{
  if (g_mkdir_with_parents (dir, 0700) != 0 || g_chmod (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Cannot create the recovery folder %s: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
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

gboolean
livc_recovery_write (const char      *id,
                     LivcAssessment  *assessment,
                     const char      *original_path,
                     const char      *questionnaire_path,
                     GError         **error)
{
  g_autofree char *dir = livc_recovery_dir ();
  g_autofree char *xml_name = NULL;
  g_autofree char *ini_name = NULL;
  g_autofree char *xml_path = NULL;
  g_autofree char *ini_path = NULL;
  g_autofree char *ini_data = NULL;
  g_autofree char *boot = boot_id ();
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GBytes) bytes = NULL;
  gsize ini_len;

  g_return_val_if_fail (valid_id (id), FALSE);
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (assessment), FALSE);

  if (!ensure_dir (dir, error))
    return FALSE;
  xml_name = g_strconcat (id, ".xml", NULL);
  ini_name = g_strconcat (id, ".ini", NULL);
  xml_path = g_build_filename (dir, xml_name, NULL);
  ini_path = g_build_filename (dir, ini_name, NULL);

  bytes = livc_assessment_to_bytes (assessment);
  if (!livc_write_file_atomically (xml_path, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), error))
    return FALSE;

  g_key_file_set_int64 (key_file, GROUP, "pid", getpid ());
  g_key_file_set_string (key_file, GROUP, "boot-id", boot);
  g_key_file_set_int64 (key_file, GROUP, "saved-at", g_get_real_time ());
  if (original_path != NULL)
    g_key_file_set_string (key_file, GROUP, "original", original_path);
  if (questionnaire_path != NULL)
    g_key_file_set_string (key_file, GROUP, "questionnaire", questionnaire_path);
  ini_data = g_key_file_to_data (key_file, &ini_len, NULL);
  return livc_write_file_atomically (ini_path, ini_data, ini_len, error);
}

static char *
pair_path (const char *dir,
           const char *id,
           const char *suffix)
{
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

/* Called just before bytes are saved to path: if id has a recovery copy, its key file
 * records path and the bytes' SHA-256. The save itself comes after, and the pair is
 * removed once it succeeded; if the app dies in between, livc_recovery_list () finds the
 * saved file holding those very bytes and drops the pair instead of offering it. */
gboolean
livc_recovery_note_save (const char  *id,
                         const char  *path,
                         GBytes      *bytes,
                         GError     **error)
{
  g_autofree char *dir = livc_recovery_dir ();
  g_autofree char *xml_path = NULL;
  g_autofree char *ini_path = NULL;
  g_autofree char *ini_data = NULL;
  g_autofree char *sum = NULL;
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  gsize ini_len;

  g_return_val_if_fail (valid_id (id), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  xml_path = pair_path (dir, id, ".xml");
  if (!g_file_test (xml_path, G_FILE_TEST_EXISTS))
    return TRUE;
  ini_path = pair_path (dir, id, ".ini");
  /* A key file that cannot be read is written again with what matters here. */
  if (!g_key_file_load_from_file (key_file, ini_path, G_KEY_FILE_NONE, NULL))
    {
      g_autofree char *boot = boot_id ();

      g_key_file_set_int64 (key_file, GROUP, "pid", getpid ());
      g_key_file_set_string (key_file, GROUP, "boot-id", boot);
    }
  sum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  g_key_file_set_string (key_file, GROUP, "saving-to", path);
  g_key_file_set_string (key_file, GROUP, "saving-sha256", sum);
  ini_data = g_key_file_to_data (key_file, &ini_len, NULL);
  return livc_write_file_atomically (ini_path, ini_data, ini_len, error);
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

  if (path == NULL || expected == NULL ||
      !g_file_get_contents (path, &contents, &len, NULL))
    return FALSE;
  sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
  return g_strcmp0 (sum, expected) == 0;
}

static void
remove_pair (const char *dir,
             const char *id)
{
  const char *suffixes[] = { ".xml", ".ini" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = pair_path (dir, id, suffixes[i]);

      if (g_unlink (path) != 0 && errno != ENOENT)
        g_warning ("Cannot remove the recovery file %s: %s", path, g_strerror (errno));
    }
}

void
livc_recovery_remove (const char *id)
{
  g_autofree char *dir = livc_recovery_dir ();

  g_return_if_fail (valid_id (id));
  remove_pair (dir, id);
}

/* A process that still runs (same boot, pid alive) owns its recovery files. */
static gboolean
owner_is_running (GKeyFile   *key_file,
                  const char *boot)
{
  g_autofree char *file_boot = g_key_file_get_string (key_file, GROUP, "boot-id", NULL);
  gint64 pid = g_key_file_get_int64 (key_file, GROUP, "pid", NULL);

  if (file_boot == NULL || g_strcmp0 (file_boot, boot) != 0 || pid <= 0 || pid > G_MAXINT)
    return FALSE;
  return kill ((pid_t) pid, 0) == 0 || errno == EPERM;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const LivcRecoveryEntry *ea = *(LivcRecoveryEntry * const *) a;
  const LivcRecoveryEntry *eb = *(LivcRecoveryEntry * const *) b;

  return (ea->saved_at < eb->saved_at) - (ea->saved_at > eb->saved_at);
}

/* The recovery copies in dir left behind by sessions that ended without saving, newest
 * first. What such a session left that is no use any more goes: a pair whose announced
 * save happened (the app died before removing it), and a key file without its copy. */
GPtrArray *
livc_recovery_list_in (const char *dir)
{
  g_autofree char *boot = boot_id ();
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) livc_recovery_entry_free);
  const char *name;

  if (handle == NULL)
    return entries;
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *id = NULL;
      g_autofree char *ini_path = NULL;
      g_autoptr(GKeyFile) key_file = g_key_file_new ();
      gboolean has_key_file;
      LivcRecoveryEntry *entry;
      GStatBuf st;

      if (g_str_has_suffix (name, ".ini"))
        {
          g_autofree char *orphan_id = g_strndup (name, strlen (name) - 4);
          g_autofree char *xml_path = NULL;
          g_autofree char *orphan_path = NULL;

          if (!valid_id (orphan_id))
            continue;
          xml_path = pair_path (dir, orphan_id, ".xml");
          orphan_path = pair_path (dir, orphan_id, ".ini");
          if (!g_file_test (xml_path, G_FILE_TEST_EXISTS) &&
              g_key_file_load_from_file (key_file, orphan_path, G_KEY_FILE_NONE, NULL) &&
              !owner_is_running (key_file, boot))
            g_unlink (orphan_path);
          continue;
        }
      if (!g_str_has_suffix (name, ".xml"))
        continue;
      id = g_strndup (name, strlen (name) - 4);
      if (!valid_id (id))
        continue;
      ini_path = pair_path (dir, id, ".ini");
      has_key_file = g_key_file_load_from_file (key_file, ini_path, G_KEY_FILE_NONE, NULL);
      if (has_key_file && owner_is_running (key_file, boot))
        continue;
      if (has_key_file && saved_since (key_file))
        {
          remove_pair (dir, id);
          continue;
        }

      entry = g_new0 (LivcRecoveryEntry, 1);
      entry->id = g_steal_pointer (&id);
      entry->assessment_path = g_build_filename (dir, name, NULL);
      entry->original_path = g_key_file_get_string (key_file, GROUP, "original", NULL);
      entry->questionnaire_path = g_key_file_get_string (key_file, GROUP, "questionnaire", NULL);
      entry->saved_at = g_key_file_get_int64 (key_file, GROUP, "saved-at", NULL);
      if (entry->saved_at == 0 && g_stat (entry->assessment_path, &st) == 0)
        entry->saved_at = (gint64) st.st_mtime * G_USEC_PER_SEC;
      g_ptr_array_add (entries, entry);
    }
  g_ptr_array_sort (entries, compare_entries);
  return entries;
}

/* The app's own: those in livc_recovery_dir (). */
GPtrArray *
livc_recovery_list (void)
{
  g_autofree char *dir = livc_recovery_dir ();

  return livc_recovery_list_in (dir);
}
