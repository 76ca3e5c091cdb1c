/* test-recovery.c: the recovery folder after a crash: what a dead session left is offered,
 * with its answers; a copy whose save went through before the crash is not, nor is a key
 * file left without its copy; a running session's copies are never offered.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sys/stat.h>

#include <glib/gstdio.h>

#include "livc-test.h"

static char *state_dir;

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

/* The session that wrote id's pair is gone: another boot, as after a power cut. Its pair
 * is then a left-over like any other. */
static void
owner_dies (const char *id)
{
  g_autofree char *ini = pair_path (id, ".ini");
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *data = NULL;
  gsize len;

  assert_true (g_key_file_load_from_file (key_file, ini, G_KEY_FILE_NONE, NULL));
  g_key_file_set_string (key_file, "recovery", "boot-id", "a-boot-long-ago");
  data = g_key_file_to_data (key_file, &len, NULL);
  assert_true (g_file_set_contents (ini, data, (gssize) len, NULL));
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

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_dead_session_is_offered),
    cmocka_unit_test (test_copy_of_a_save_that_happened_goes),
    cmocka_unit_test (test_copy_of_a_save_that_did_not_happen_stays),
    cmocka_unit_test (test_changes_after_a_save_are_offered),
    cmocka_unit_test (test_note_without_copy_writes_nothing),
    cmocka_unit_test (test_orphan_key_file_goes),
  };
  int status;

  /* A private state folder, set before GLib reads it. */
  state_dir = livc_test_tmpdir ();
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  livc_core_init ();
  status = cmocka_run_group_tests_name ("recovery", tests, NULL, NULL);
  livc_test_rmdir (state_dir);
  g_free (state_dir);
  return status;
}
