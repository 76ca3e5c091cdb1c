/* test-recovery.c: the recovery folder after a crash: what a dead session left is offered,
 * with its answers; a copy whose save went through before the crash is not, nor is a key
 * file left without its copy; a running session's copies are never offered, whatever PID
 * namespace it runs in, and a killed one's are. The folder is private: made so when it is
 * ours, refused when it is a link or another user's, and nothing in it that this user's
 * app did not write (a FIFO, a link, another user's file) is offered or waited on.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "livc-test.h"

static char *state_dir;
static const char *self_path;
/* Valgrind is slower by a factor: time bounds follow. */
static double slowness = 1.0;

static LivcAssessment *
sample (void)
{
  g_autofree char *path = livc_test_file ("roundtrip.xml");
  g_autoptr(GError) error = NULL;
  LivcAssessment *a = livc_load_assessment (path, NULL, &error);

  assert_null (error);
  assert_non_null (a);
  return a;
}

static char *
pair_path (const char *id,
           const char *suffix)
{
  g_autofree char *dir = livc_recovery_dir ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

/* The session that wrote id's pair is gone: this process lets go of its lock as its
 * death would. Its pair is then a left-over like any other. */
static void
owner_dies (const char *id)
{
  livc_recovery_release (id);
}

static LivcRecoveryEntry *
find_entry (GPtrArray  *entries,
            const char *id)
{
  for (guint i = 0; i < entries->len; i++)
    {
      LivcRecoveryEntry *e = g_ptr_array_index (entries, i);
      if (g_strcmp0 (e->id, id) == 0)
        return e;
    }
  return NULL;
}

static void
save_bytes (GBytes     *bytes,
            const char *path)
{
  g_autoptr(GError) error = NULL;
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);

  assert_true (livc_write_file_atomically (path, data, size, &error));
}

static void
remove_everything (void)
{
  g_autofree char *dir = livc_recovery_dir ();
  livc_test_rmdir (dir);
}

/* A crash with unsaved answers: the copy is offered and holds them. */
static void
test_dead_session_is_offered (void **state)
{
  g_autoptr(LivcAssessment) a = sample ();
  g_autofree char *id = livc_recovery_new_id ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) running = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(LivcAssessment) back = NULL;
  LivcRecoveryEntry *entry;
  struct stat st;

  livc_answer_set_note (livc_assessment_ensure_answer (a, "protocol.written"),
                        "typed before the crash");
  assert_true (livc_recovery_write (id, a, "/somewhere/town.xml", NULL, &error));
  /* This very process wrote it and still runs: not offered. */
  running = livc_recovery_list ();
  assert_null (find_entry (running, id));

  owner_dies (id);
  entries = livc_recovery_list ();
  entry = find_entry (entries, id);
  assert_non_null (entry);
  assert_string_equal (entry->original_path, "/somewhere/town.xml");
  assert_int_equal (g_stat (entry->assessment_path, &st), 0);
  assert_int_equal (st.st_mode & 0777, 0600);
  back = livc_load_assessment (entry->assessment_path, NULL, &error);
  assert_null (error);
  assert_string_equal (
    livc_answer_get_note (livc_assessment_find_answer (back, "protocol.written")),
    "typed before the crash");
  remove_everything ();
}

/* The save went through, then the app died before removing its copy: the copy holds
 * nothing the file does not, so it is not offered, and it goes. */
static void
test_copy_of_a_save_that_happened_goes (void **state)
{
  g_autoptr(LivcAssessment) a = sample ();
  g_autofree char *id = livc_recovery_new_id ();
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *file = g_build_filename (dir, "town.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *xml = pair_path (id, ".xml");
  g_autofree char *ini = pair_path (id, ".ini");

  livc_answer_set_value (livc_assessment_ensure_answer (a, "protocol.written"), 3);
  assert_true (livc_recovery_write (id, a, NULL, NULL, &error));
  /* One more answer, not autosaved yet, then Save As: the file holds more than the copy. */
  livc_answer_set_value (livc_assessment_ensure_answer (a, "protocol.members"), 4);
  bytes = livc_assessment_to_bytes (a);
  assert_true (livc_recovery_note_save (id, file, bytes, &error));
  save_bytes (bytes, file);
  owner_dies (id);

  entries = livc_recovery_list ();
  assert_null (find_entry (entries, id));
  assert_false (g_file_test (xml, G_FILE_TEST_EXISTS));
  assert_false (g_file_test (ini, G_FILE_TEST_EXISTS));
  livc_test_rmdir (dir);
  remove_everything ();
}

/* The app died before the save reached the disk (or the save failed): the file does not
 * hold what was noted, so the copy is offered. */
static void
test_copy_of_a_save_that_did_not_happen_stays (void **state)
{
  g_autoptr(LivcAssessment) a = sample ();
  g_autofree char *id = livc_recovery_new_id ();
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *file = g_build_filename (dir, "town.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) again = NULL;

  before = livc_assessment_to_bytes (a);
  save_bytes (before, file);
  livc_answer_set_value (livc_assessment_ensure_answer (a, "protocol.written"), 2);
  assert_true (livc_recovery_write (id, a, file, NULL, &error));
  bytes = livc_assessment_to_bytes (a);
  assert_true (livc_recovery_note_save (id, file, bytes, &error));
  owner_dies (id);

  entries = livc_recovery_list ();
  assert_non_null (find_entry (entries, id));
  /* No file at all there: offered too. */
  g_unlink (file);
  again = livc_recovery_list ();
  assert_non_null (find_entry (again, id));
  livc_test_rmdir (dir);
  remove_everything ();
}

/* Answers typed after a save are autosaved: the copy no longer matches the save it once
 * announced, and a crash then offers it. */
static void
test_changes_after_a_save_are_offered (void **state)
{
  g_autoptr(LivcAssessment) a = sample ();
  g_autofree char *id = livc_recovery_new_id ();
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *file = g_build_filename (dir, "town.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  assert_true (livc_recovery_write (id, a, file, NULL, &error));
  bytes = livc_assessment_to_bytes (a);
  assert_true (livc_recovery_note_save (id, file, bytes, &error));
  save_bytes (bytes, file);
  /* The session goes on: a change comes and the autosave writes the copy again. */
  livc_answer_set_value (livc_assessment_ensure_answer (a, "protocol.written"), 5);
  assert_true (livc_recovery_write (id, a, file, NULL, &error));
  owner_dies (id);

  entries = livc_recovery_list ();
  assert_non_null (find_entry (entries, id));
  livc_test_rmdir (dir);
  remove_everything ();
}

/* Noting a save without a copy (nothing changed since the last save) writes nothing. */
static void
test_note_without_copy_writes_nothing (void **state)
{
  g_autoptr(LivcAssessment) a = sample ();
  g_autofree char *id = livc_recovery_new_id ();
  g_autoptr(GBytes) bytes = livc_assessment_to_bytes (a);
  g_autoptr(GError) error = NULL;
  g_autofree char *ini = pair_path (id, ".ini");

  assert_true (livc_recovery_note_save (id, "/somewhere/town.xml", bytes, &error));
  assert_false (g_file_test (ini, G_FILE_TEST_EXISTS));
  remove_everything ();
}

/* A key file whose copy is gone (the app died between removing the two) goes too. */
static void
test_orphan_key_file_goes (void **state)
{
  g_autoptr(LivcAssessment) a = sample ();
  g_autofree char *id = livc_recovery_new_id ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *xml = pair_path (id, ".xml");
  g_autofree char *ini = pair_path (id, ".ini");

  assert_true (livc_recovery_write (id, a, NULL, NULL, &error));
  owner_dies (id);
  assert_int_equal (g_unlink (xml), 0);
  entries = livc_recovery_list ();
  assert_null (find_entry (entries, id));
  assert_false (g_file_test (ini, G_FILE_TEST_EXISTS));
  remove_everything ();
}

/* A copy written by this process and left by it, as a dead session leaves it. */
static char *
left_over (const char *original_path)
{
  g_autoptr(LivcAssessment) a = sample ();
  g_autoptr(GError) error = NULL;
  char *id = livc_recovery_new_id ();

  livc_answer_set_value (livc_assessment_ensure_answer (a, "protocol.written"), 4);
  assert_true (livc_recovery_write (id, a, original_path, NULL, &error));
  owner_dies (id);
  return id;
}

static double
seconds_to_list (GPtrArray **entries)
{
  gint64 start = g_get_monotonic_time ();

  *entries = livc_recovery_list ();
  return (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
}

/* A folder left open to everyone (0777, 0755, 0770) is made private again, and what is in
 * it that this user's app wrote is still offered. */
static void
test_open_folder_is_made_private (void **state)
{
  const guint modes[] = { 0777, 0755, 0770, 0701 };

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autofree char *dir = livc_recovery_dir ();
      g_autofree char *id = left_over (NULL);
      g_autoptr(GPtrArray) entries = NULL;
      g_autoptr(GError) error = NULL;
      struct stat st;

      assert_int_equal (g_chmod (dir, modes[i]), 0);
      entries = livc_recovery_list_checked (dir, NULL, &error);
      assert_null (error);
      assert_non_null (find_entry (entries, id));
      assert_int_equal (g_stat (dir, &st), 0);
      assert_int_equal (st.st_mode & 0777, 0700);
      remove_everything ();
    }
}

/* The folder is a symbolic link (to a folder the user owns, to another user's, to a
 * file): nothing is written there and nothing there is offered, with a message that says
 * why. */
static void
test_linked_folder_is_refused (void **state)
{
  const char *kinds[] = { "own folder", "others' folder", "file", "dangling" };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *dir = livc_recovery_dir ();
      g_autofree char *parent = g_path_get_dirname (dir);
      g_autofree char *elsewhere = livc_test_tmpdir ();
      g_autofree char *target = g_build_filename (elsewhere, "planted", NULL);
      g_autofree char *planted_xml = NULL;
      g_autoptr(LivcAssessment) a = sample ();
      g_autofree char *id = livc_recovery_new_id ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) entries = NULL;

      remove_everything ();
      assert_int_equal (g_mkdir_with_parents (parent, 0700), 0);
      if (i == 2)
        assert_true (g_file_set_contents (target, "x", 1, NULL));
      else if (i < 2)
        {
          assert_int_equal (g_mkdir (target, 0777), 0);
          /* What another user plants: a copy and a key file naming the victim's file. */
          planted_xml = g_build_filename (target, "0123-planted.xml", NULL);
          assert_true (g_file_set_contents (planted_xml, "<x/>", -1, NULL));
          if (i == 1 && geteuid () == 0)
            assert_int_equal (chown (target, 65534, 65534), 0);
        }
      assert_int_equal (symlink (target, dir), 0);

      entries = livc_recovery_list_checked (dir, NULL, &error);
      assert_null (entries);
      assert_non_null (error);
      assert_non_null (strstr (error->message, "symbolic link"));
      assert_non_null (strstr (error->message, dir));
      g_clear_error (&error);
      /* The app's list is empty, and the autosave refuses to write there. */
      g_clear_pointer (&entries, g_ptr_array_unref);
      entries = livc_recovery_list ();
      assert_int_equal (entries->len, 0);
      assert_false (livc_recovery_write (id, a, NULL, NULL, &error));
      assert_non_null (error);
      if (i < 2)
        {
          g_autofree char *written = g_strconcat (target, "/", id, ".xml", NULL);
          assert_false (g_file_test (written, G_FILE_TEST_EXISTS));
        }
      g_unlink (dir);
      livc_test_rmdir (elsewhere);
      remove_everything ();
    }
}

/* The folder belongs to another user (as root can make it): refused, and left as it is. */
static void
test_others_folder_is_refused (void **state)
{
  g_autofree char *dir = livc_recovery_dir ();
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  struct stat st;

  if (geteuid () != 0)
    skip ();
  id = left_over ("/home/victim/town.xml");
  assert_int_equal (chmod (dir, 0777), 0);
  assert_int_equal (chown (dir, 65534, 65534), 0);
  entries = livc_recovery_list_checked (dir, NULL, &error);
  assert_null (entries);
  assert_non_null (error);
  assert_non_null (strstr (error->message, "another user"));
  assert_int_equal (g_stat (dir, &st), 0);
  assert_int_equal (st.st_mode & 0777, 0777);
  assert_int_equal (chown (dir, 0, 0), 0);
  remove_everything ();
}

/* Files in the folder that this user's app did not write are never offered: another
 * user's copy, a copy others may read or write, a copy with a second name, a link to a
 * copy, a FIFO, a folder. None of them is removed either: they are for the user to see. */
static void
test_planted_copies_are_not_offered (void **state)
{
  g_autofree char *dir = NULL;
  g_autofree char *good = left_over (NULL);
  g_autofree char *good_xml = pair_path (good, ".xml");
  const char *kinds[] = { "others", "0644", "0660", "hard link", "symlink", "fifo", "folder" };
  g_autoptr(GPtrArray) entries = NULL;

  dir = livc_recovery_dir ();
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *id = g_strdup_printf ("0000-planted-%u", i);
      g_autofree char *xml = pair_path (id, ".xml");
      g_autofree char *ini = pair_path (id, ".ini");
      g_autofree char *src = NULL;
      gsize len;

      assert_true (g_file_get_contents (good_xml, &src, &len, NULL));
      assert_true (g_file_set_contents (ini, "[recovery]\noriginal=/home/victim/town.xml\n",
                                        -1, NULL));
      assert_int_equal (g_chmod (ini, 0600), 0);
      switch (i)
        {
        case 0:
          if (geteuid () != 0)
            continue;
          assert_true (g_file_set_contents (xml, src, (gssize) len, NULL));
          assert_int_equal (chmod (xml, 0600), 0);
          assert_int_equal (chown (xml, 65534, 65534), 0);
          break;
        case 1:
        case 2:
          assert_true (g_file_set_contents (xml, src, (gssize) len, NULL));
          assert_int_equal (chmod (xml, i == 1 ? 0644 : 0660), 0);
          break;
        case 3:
          assert_int_equal (link (good_xml, xml), 0);
          break;
        case 4:
          assert_int_equal (symlink (good_xml, xml), 0);
          break;
        case 5:
          assert_int_equal (mkfifo (xml, 0600), 0);
          break;
        default:
          assert_int_equal (g_mkdir (xml, 0700), 0);
          break;
        }
    }
  entries = livc_recovery_list ();
  for (guint i = 0; i < entries->len; i++)
    {
      LivcRecoveryEntry *e = g_ptr_array_index (entries, i);
      assert_false (g_str_has_prefix (e->id, "0000-planted-"));
    }
  /* The hard link made the good copy one of two names: not offered either now. */
  assert_null (find_entry (entries, good));
  for (guint i = 1; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *id = g_strdup_printf ("0000-planted-%u", i);
      g_autofree char *xml = pair_path (id, ".xml");
      assert_true (g_file_test (xml, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK));
    }
  remove_everything ();
}

/* Key files and saved files that are not regular files never make the start wait: a FIFO
 * (which blocks whoever opens it to read), /dev/zero (endless), a file larger than the
 * cap, a key file as large as a copy. The copies are offered within a second. */
static void
test_special_files_never_block (void **state)
{
  g_autofree char *tmp = livc_test_tmpdir ();
  g_autofree char *fifo = g_build_filename (tmp, "fifo.xml", NULL);
  g_autofree char *sparse = g_build_filename (tmp, "sparse.xml", NULL);
  const char *targets[] = { fifo, "/dev/zero", "/dev/urandom", sparse };
  g_autofree char *ini_fifo_id = left_over (NULL);
  g_autofree char *ini_fifo = pair_path (ini_fifo_id, ".ini");
  g_autofree char *big_ini_id = left_over (NULL);
  g_autofree char *big_ini = pair_path (big_ini_id, ".ini");
  g_autofree char *big = g_strnfill (LIVC_RECOVERY_MAX_KEY_FILE_SIZE + 10, '#');
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  int fd;

  assert_int_equal (mkfifo (fifo, 0600), 0);
  fd = open (sparse, O_WRONLY | O_CREAT, 0600);
  assert_true (fd >= 0);
  assert_int_equal (ftruncate (fd, (off_t) 2 * 1024 * 1024 * 1024), 0);
  close (fd);
  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autoptr(LivcAssessment) a = sample ();
      g_autoptr(GBytes) bytes = livc_assessment_to_bytes (a);
      g_autoptr(GError) error = NULL;
      char *id = livc_recovery_new_id ();

      assert_true (livc_recovery_write (id, a, targets[i], NULL, &error));
      assert_true (livc_recovery_note_save (id, targets[i], bytes, &error));
      owner_dies (id);
      g_ptr_array_add (ids, id);
    }
  /* The key file itself a FIFO, or larger than any key file: the copy is offered without
   * what it would have said. */
  assert_int_equal (g_unlink (ini_fifo), 0);
  assert_int_equal (mkfifo (ini_fifo, 0600), 0);
  assert_true (g_file_set_contents (big_ini, big, -1, NULL));
  assert_int_equal (g_chmod (big_ini, 0600), 0);

  assert_true (seconds_to_list (&entries) < 1.0 * slowness);
  for (guint i = 0; i < ids->len; i++)
    {
      LivcRecoveryEntry *e = find_entry (entries, g_ptr_array_index (ids, i));
      assert_non_null (e);
      assert_string_equal (e->original_path, targets[i]);
    }
  assert_non_null (find_entry (entries, ini_fifo_id));
  assert_null (find_entry (entries, ini_fifo_id)->original_path);
  assert_non_null (find_entry (entries, big_ini_id));
  assert_null (find_entry (entries, big_ini_id)->original_path);
  livc_test_rmdir (tmp);
  remove_everything ();
}

/* The entry names the file that Save would write after a restore, for the app to show
 * and the user to confirm; a path with odd characters comes back as written. */
static void
test_entry_names_the_save_target (void **state)
{
  const char *paths[] = { "/home/someone/Documents/Aalst 2026.xml",
                          "/tmp/../etc/evil\nline.xml", "relative/path.xml" };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *id = left_over (paths[i]);
      g_autoptr(GPtrArray) entries = livc_recovery_list ();
      LivcRecoveryEntry *e = find_entry (entries, id);

      assert_non_null (e);
      assert_string_equal (e->original_path, paths[i]);
      remove_everything ();
    }
}

typedef struct
{
  GMainLoop *loop;
  GPtrArray *entries;
  GError    *error;
} AsyncResult;

static void
on_listed (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncResult *r = user_data;

  r->entries = livc_recovery_list_finish (result, &r->error);
  g_main_loop_quit (r->loop);
}

static void
list_async (const char  *dir,
            AsyncResult *r)
{
  r->loop = g_main_loop_new (NULL, FALSE);
  livc_recovery_list_async (dir, 0, NULL, on_listed, r);
  g_main_loop_run (r->loop);
  g_main_loop_unref (r->loop);
}

/* The listing that the app runs after its window shows gives what the plain one gives,
 * and the folder's refusal as an error. */
static void
test_async_listing (void **state)
{
  g_autofree char *dir = livc_recovery_dir ();
  g_autofree char *a = left_over ("/somewhere/a.xml");
  g_autofree char *b = left_over ("/somewhere/b.xml");
  g_autofree char *tmp = livc_test_tmpdir ();
  g_autofree char *link = g_build_filename (tmp, "linked", NULL);
  AsyncResult r = { 0 };
  AsyncResult refused = { 0 };
  AsyncResult missing = { 0 };
  g_autofree char *none = g_build_filename (tmp, "none", NULL);

  list_async (NULL, &r);
  assert_null (r.error);
  assert_int_equal (r.entries->len, 2);
  assert_non_null (find_entry (r.entries, a));
  assert_non_null (find_entry (r.entries, b));
  g_ptr_array_unref (r.entries);

  assert_int_equal (symlink (dir, link), 0);
  list_async (link, &refused);
  assert_null (refused.entries);
  assert_true (g_error_matches (refused.error, G_FILE_ERROR, G_FILE_ERROR_PERM));
  g_error_free (refused.error);

  list_async (none, &missing);
  assert_null (missing.error);
  assert_int_equal (missing.entries->len, 0);
  g_ptr_array_unref (missing.entries);
  livc_test_rmdir (tmp);
  remove_everything ();
}

static guint
count_suffix (const char *dir,
              const char *suffix)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    n += g_str_has_suffix (name, suffix);
  return n;
}

/* A listing that takes longer than its time limit returns G_IO_ERROR_TIMED_OUT then, and
 * the app goes on; the worker finishes on its own later. Here the worker has 10,000 key
 * files left without their copies to remove, which takes far longer than the 1 ms limit. */
static void
test_async_listing_times_out (void **state)
{
  g_autofree char *dir = livc_recovery_dir ();
  g_autoptr(GError) error = NULL;
  AsyncResult r = { 0 };
  guint left;
  gint64 deadline;

  assert_true (livc_recovery_check_dir (dir, TRUE, &error));
  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s/0000-orphan-%u.ini", dir, i);
      int fd = open (name, O_WRONLY | O_CREAT | O_EXCL, 0600);

      assert_true (fd >= 0);
      assert_int_equal (write (fd, "[recovery]\n", 11), 11);
      close (fd);
    }
  r.loop = g_main_loop_new (NULL, FALSE);
  livc_recovery_list_async (NULL, 1, NULL, on_listed, &r);
  g_main_loop_run (r.loop);
  g_main_loop_unref (r.loop);
  left = count_suffix (dir, ".ini");
  assert_null (r.entries);
  assert_true (g_error_matches (r.error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT));
  assert_true (left > 0);
  g_error_free (r.error);
  /* The worker goes on and removes them all; its late answer is dropped. */
  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (count_suffix (dir, ".ini") > 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  assert_int_equal (count_suffix (dir, ".ini"), 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  remove_everything ();
}

/* Another process holds a copy: it writes it, says so on its output, and waits to be
 * killed. argv: --hold ID. */
static int
hold (const char *id)
{
  g_autoptr(LivcAssessment) a = sample ();
  g_autoptr(GError) error = NULL;

  if (!livc_recovery_write (id, a, "/somewhere/held.xml", NULL, &error))
    return 1;
  printf ("ready\n");
  fflush (stdout);
  for (;;)
    pause ();
  return 0;
}

static gboolean
offered (const char *id)
{
  g_autoptr(GPtrArray) entries = livc_recovery_list ();

  return find_entry (entries, id) != NULL;
}

/* Runs argv (which ends in --hold ID), waits for it to hold the copy, checks that the
 * copy is not offered while it lives, kills it, and checks that it is offered then. */
static void
check_killed_holder (const char * const *argv,
                     const char         *id)
{
  g_autoptr(GError) error = NULL;
  GPid pid;
  int out_fd;
  char line[16] = { 0 };
  gssize n;
  int status;
  guint offered_alive = 0;
  gint64 deadline;

  assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                         NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
  n = read (out_fd, line, sizeof line - 1);
  close (out_fd);
  /* Alive: its copy is not offered, however often the folder is listed. */
  for (guint i = 0; i < 5; i++)
    offered_alive += offered (id);
  /* Killed before any check can fail, so that no holder outlives the test. */
  assert_int_equal (kill (pid, SIGKILL), 0);
  assert_int_equal (waitpid (pid, &status, 0), pid);
  g_spawn_close_pid (pid);
  assert_true (n > 0);
  assert_string_equal (line, "ready\n");
  assert_int_equal (offered_alive, 0);
  /* Its process is gone, and with it the lock; a child of its own, if any, is killed with
   * it: the copy is offered as soon as the kernel let the lock go. */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!offered (id) && g_get_monotonic_time () < deadline)
    g_usleep (20 * 1000);
  assert_true (offered (id));
}

/* A plain process killed with SIGKILL, several times over. */
static void
test_killed_process_is_offered (void **state)
{
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = livc_recovery_new_id ();
      const char *argv[] = { self_path, "--hold", id, NULL };

      check_killed_holder (argv, id);
      remove_everything ();
    }
}

/* The app in a PID namespace of its own, as Flatpak runs it: its process id there (1) means
 * nothing outside, and a check by process id took the dead copy for a living one. */
static void
test_killed_process_in_pid_namespace_is_offered (void **state)
{
  g_autofree char *unshare = g_find_program_in_path ("unshare");
  g_autofree char *id = livc_recovery_new_id ();
  const char *argv[] = { unshare, "--pid", "--fork", "--kill-child=SIGKILL", self_path,
                         "--hold", id, NULL };
  int status = -1;

  if (unshare == NULL ||
      !g_spawn_command_line_sync ("unshare --pid --fork --kill-child=SIGKILL true", NULL, NULL,
                                  &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    {
      printf ("# SKIP unshare --pid --fork is not permitted here (needs root or user "
              "namespaces)\n");
      skip ();
    }
  check_killed_holder (argv, id);
  remove_everything ();
}

/* A lock file left by a dead session without its copy goes; a living one's stays. */
static void
test_orphan_lock_file_goes (void **state)
{
  g_autofree char *id = left_over (NULL);
  g_autofree char *xml = pair_path (id, ".xml");
  g_autofree char *ini = pair_path (id, ".ini");
  g_autofree char *lock = pair_path (id, ".lock");
  g_autofree char *mine = livc_recovery_new_id ();
  g_autofree char *mine_lock = pair_path (mine, ".lock");
  g_autoptr(LivcAssessment) a = sample ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  assert_true (g_file_test (lock, G_FILE_TEST_EXISTS));
  assert_int_equal (g_unlink (xml), 0);
  assert_int_equal (g_unlink (ini), 0);
  assert_true (livc_recovery_write (mine, a, NULL, NULL, &error));
  entries = livc_recovery_list ();
  assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  assert_true (g_file_test (mine_lock, G_FILE_TEST_EXISTS));
  livc_recovery_remove (mine);
  assert_false (g_file_test (mine_lock, G_FILE_TEST_EXISTS));
  remove_everything ();
}

int
main (int   argc,
      char *argv[])
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_dead_session_is_offered),
    cmocka_unit_test (test_copy_of_a_save_that_happened_goes),
    cmocka_unit_test (test_copy_of_a_save_that_did_not_happen_stays),
    cmocka_unit_test (test_changes_after_a_save_are_offered),
    cmocka_unit_test (test_note_without_copy_writes_nothing),
    cmocka_unit_test (test_orphan_key_file_goes),
    cmocka_unit_test (test_open_folder_is_made_private),
    cmocka_unit_test (test_linked_folder_is_refused),
    cmocka_unit_test (test_others_folder_is_refused),
    cmocka_unit_test (test_planted_copies_are_not_offered),
    cmocka_unit_test (test_special_files_never_block),
    cmocka_unit_test (test_entry_names_the_save_target),
    cmocka_unit_test (test_async_listing),
    cmocka_unit_test (test_async_listing_times_out),
    cmocka_unit_test (test_killed_process_is_offered),
    cmocka_unit_test (test_killed_process_in_pid_namespace_is_offered),
    cmocka_unit_test (test_orphan_lock_file_goes),
  };
  int status;

  self_path = argv[0];
  if (g_getenv ("LD_PRELOAD") != NULL && strstr (g_getenv ("LD_PRELOAD"), "vgpreload") != NULL)
    slowness = 20.0;
  if (argc == 3 && g_str_equal (argv[1], "--hold"))
    {
      livc_core_init ();
      return hold (argv[2]);
    }
  /* A private state folder, set before GLib reads it (and inherited by --hold). */
  state_dir = livc_test_tmpdir ();
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  livc_core_init ();
  status = cmocka_run_group_tests_name ("recovery", tests, NULL, NULL);
  livc_test_rmdir (state_dir);
  g_free (state_dir);
  return status;
}
