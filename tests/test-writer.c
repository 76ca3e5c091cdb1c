/* test-writer.c: load → save keeps everything, byte for byte once written; saves are
 * atomic and a failed save leaves the old file as it was.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "livc-test.h"

static GBytes *
read_bytes (const char *path)
{
  char *data = NULL;
  gsize len = 0;

  assert_true (g_file_get_contents (path, &data, &len, NULL));
  return g_bytes_new_take (data, len);
}

static void
test_round_trip_is_stable (void **state)
{
  g_autofree char *src = livc_test_file ("roundtrip.xml");
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *first = g_build_filename (dir, "first.xml", NULL);
  g_autofree char *second = g_build_filename (dir, "second.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAssessment) a = livc_load_assessment (src, NULL, &error);
  g_autoptr(LivcAssessment) b = NULL;
  g_autoptr(GBytes) one = NULL;
  g_autoptr(GBytes) two = NULL;

  assert_null (error);
  assert_true (livc_assessment_save (a, first, &error));
  b = livc_load_assessment (first, NULL, &error);
  assert_null (error);
  assert_true (livc_assessment_save (b, second, &error));
  one = read_bytes (first);
  two = read_bytes (second);
  assert_true (g_bytes_equal (one, two));
  livc_test_rmdir (dir);
}

/* Nothing typed is dropped: notes with their spaces, unknown items, actions, escaped
 * text, and content of other namespaces on the root, answers and participants. */
static void
test_round_trip_keeps_everything (void **state)
{
  g_autofree char *src = livc_test_file ("roundtrip.xml");
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "out.xml", NULL);
  g_autoptr(LivcAssessment) a = livc_load_assessment (src, NULL, NULL);
  g_autoptr(LivcAssessment) b = NULL;
  g_autoptr(LivcAction) action = NULL;
  g_autofree char *text = NULL;
  LivcAnswer *answer;
  const char *fragments[] = {
    "x:origin=\"import\"", "x:region=\"flanders\"", "x:seat=\"1\"",
    "author=\"coach\">Check the <x:b>protocol</x:b></x:comment>",
    "y:alg=\"none\">abc</x:signature>", "item=\"retired.item\"",
    "Round &amp; trip — “quotes” &lt;ok&gt;",
  };

  assert_true (livc_assessment_save (a, out, NULL));
  assert_true (g_file_get_contents (out, &text, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (fragments); i++)
    if (strstr (text, fragments[i]) == NULL)
      fail_msg ("“%s” is missing from:\n%s", fragments[i], text);

  b = livc_load_assessment (out, NULL, NULL);
  assert_non_null (b);
  answer = livc_assessment_find_answer (b, "a1");
  assert_string_equal (livc_answer_get_note (answer),
                       "Line one\nline two, with trailing spaces   ");
  assert_string_equal (livc_answer_get_evidence (answer), "Minutes 2026-03-01");
  assert_int_equal (livc_answer_get_rating_for (answer, "p1"), 3);
  assert_int_equal (livc_answer_get_value (livc_assessment_find_answer (b, "retired.item")), 4);
  assert_string_equal (livc_assessment_get_title (b), "Round & trip — “quotes” <ok>");
  action = g_list_model_get_item (livc_assessment_get_actions (b), 0);
  assert_string_equal (livc_action_get_owner (action), "Secretary");
  assert_string_equal (livc_action_get_due (action), "2027-03-01");
  assert_int_equal (livc_action_get_status (action), LIVC_ACTION_DOING);
  assert_string_equal (livc_action_get_text (action), "Sign the protocol");
  livc_test_rmdir (dir);
}

/* An assessment built in code writes out valid, pretty-printed XML that loads again. */
static void
test_new_assessment (void **state)
{
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "new.xml", NULL);
  g_autoptr(LivcAssessment) a = livc_assessment_new ("scoring", "1.2");
  g_autoptr(LivcMunicipality) m = livc_municipality_new ("99001", "Testdorp");
  g_autoptr(LivcAssessment) b = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GStatBuf st;

  livc_assessment_add_municipality (a, m);
  livc_assessment_set_date (a, "2026-11-21");
  livc_answer_set_value (livc_assessment_ensure_answer (a, "a1"), LIVC_VALUE_UNKNOWN);
  assert_true (livc_assessment_save (a, out, &error));
  assert_true (g_file_get_contents (out, &text, NULL, NULL));
  assert_string_equal (text,
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<assessment xmlns=\"urn:livc-scan:assessment:1\" questionnaire=\"scoring\" "
                       "questionnaire-version=\"1.2\">\n"
                       "  <municipality nis=\"99001\">Testdorp</municipality>\n"
                       "  <date>2026-11-21</date>\n"
                       "  <answer item=\"a1\" value=\"unknown\"/>\n"
                       "</assessment>\n");
  /* Assessments hold sensitive notes: only the owner may read them. */
  assert_int_equal (g_stat (out, &st), 0);
  assert_int_equal (st.st_mode & 0777, 0600);
  b = livc_load_assessment (out, NULL, &error);
  assert_null (error);
  livc_test_rmdir (dir);
}

static void
test_failed_save_keeps_old_file (void **state)
{
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *target = g_build_filename (dir, "team.xml", NULL);
  g_autofree char *blocker = g_build_filename (dir, "not-a-dir", NULL);
  g_autofree char *inside = g_build_filename (blocker, "team.xml", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.xml", NULL);
  g_autoptr(LivcAssessment) a = livc_assessment_new ("scoring", "1.2");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  guint n = 0;

  livc_assessment_set_date (a, "2026-11-21");
  assert_true (g_file_set_contents (target, "old content\n", -1, NULL));
  before = read_bytes (target);

  /* The folder of the target cannot hold a file. */
  assert_true (g_file_set_contents (blocker, "x", -1, NULL));
  assert_false (livc_assessment_save (a, inside, &error));
  assert_true (g_error_matches (error, LIVC_WRITER_ERROR, LIVC_WRITER_ERROR_FAILED));
  g_clear_error (&error);

  /* The target is a folder: the rename fails, nothing is replaced. */
  assert_int_equal (g_mkdir (folder, 0700), 0);
  assert_false (livc_assessment_save (a, folder, &error));
  assert_non_null (strstr (error->message, folder));
  assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));

  after = read_bytes (target);
  assert_true (g_bytes_equal (before, after));
  /* No temporary file is left behind. */
  d = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (d) != NULL)
    n++;
  assert_int_equal (n, 3);
  livc_test_rmdir (dir);
}

/* Text typed or pasted in the app with characters XML cannot hold (a control character
 * from a terminal, a noncharacter, bytes that are not UTF-8) still saves to a file that
 * opens again, with U+FFFD in their place and everything else as typed. */
static void
test_typed_text_always_saves (void **state)
{
  g_autofree char *src = livc_test_file ("roundtrip.xml");
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "out.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAssessment) a = livc_load_assessment (src, NULL, &error);
  g_autoptr(LivcAssessment) b = NULL;
  g_autoptr(LivcAction) action = livc_action_new ("pasted");
  g_autoptr(LivcMunicipality) m = livc_municipality_new (NULL, "Heuvel\x01molen");
  g_autoptr(LivcAction) back = NULL;
  LivcAnswer *answer;

  assert_null (error);
  answer = livc_assessment_ensure_answer (a, "protocol.written");
  livc_answer_set_note (answer, "zie\x1b[1m verslag\x0c\xef\xbf\xbf\n\tp. 3");
  livc_answer_set_evidence (answer, "notulen caf\xe9");
  livc_action_set_text (action, "Protocol\x08 herzien");
  livc_action_set_owner (action, "\x7f schepen");
  livc_assessment_add_action (a, action);
  livc_assessment_add_municipality (a, m);
  assert_string_equal (livc_answer_get_note (answer),
                       "zie\xef\xbf\xbd[1m verslag\xef\xbf\xbd\xef\xbf\xbd\n\tp. 3");

  assert_true (livc_assessment_save (a, out, &error));
  b = livc_load_assessment (out, NULL, &error);
  assert_null (error);
  assert_non_null (b);
  answer = livc_assessment_find_answer (b, "protocol.written");
  assert_string_equal (livc_answer_get_note (answer),
                       "zie\xef\xbf\xbd[1m verslag\xef\xbf\xbd\xef\xbf\xbd\n\tp. 3");
  assert_string_equal (livc_answer_get_evidence (answer), "notulen caf\xef\xbf\xbd");
  back = g_list_model_get_item (livc_assessment_get_actions (b),
                                g_list_model_get_n_items (livc_assessment_get_actions (b)) - 1);
  assert_string_equal (livc_action_get_text (back), "Protocol\xef\xbf\xbd herzien");
  /* DEL is a character XML holds: it stays. */
  assert_string_equal (livc_action_get_owner (back), "\x7f schepen");
  livc_test_rmdir (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_round_trip_is_stable),
    cmocka_unit_test (test_round_trip_keeps_everything),
    cmocka_unit_test (test_new_assessment),
    cmocka_unit_test (test_failed_save_keeps_old_file),
    cmocka_unit_test (test_typed_text_always_saves),
  };

  livc_core_init ();
  return cmocka_run_group_tests_name ("writer", tests, NULL, NULL);
}
