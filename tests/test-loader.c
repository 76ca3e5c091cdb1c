/* test-loader.c: valid files load with their content; every hostile file is refused with
 * its expected line and message, and never crashes.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "livc-test.h"

static void
test_questionnaire_content (void **state)
{
  g_autofree char *path = livc_test_file ("scoring-q.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcQuestionnaire) q = livc_load_questionnaire (path, NULL, &error);
  g_autoptr(LivcScale) three = NULL;
  LivcItem *a1, *b1;

  assert_null (error);
  assert_string_equal (livc_questionnaire_get_id (q), "scoring");
  assert_string_equal (livc_questionnaire_get_version (q), "1.2");
  assert_string_equal (livc_questionnaire_get_source_lang (q), "nl");
  assert_int_equal (g_list_model_get_n_items (livc_questionnaire_get_domains (q)), 3);
  assert_int_equal (g_list_model_get_n_items (livc_questionnaire_get_stages (q)), 3);
  assert_int_equal (livc_questionnaire_get_n_items (q), 9);
  three = g_list_model_get_item (livc_questionnaire_get_scales (q), 1);
  assert_int_equal (livc_scale_get_min (three), 0);
  assert_int_equal (livc_scale_get_max (three), 20);
  assert_int_equal (livc_scale_find_level (three, 10), 1);
  assert_int_equal (livc_scale_find_level (three, 5), -1);

  a1 = livc_questionnaire_find_item (q, "a1");
  assert_int_equal (livc_item_get_basis (a1), LIVC_BASIS_LEGAL);
  assert_double_equal (livc_item_get_weight (a1), 2.0);
  assert_string_equal (livc_item_get_references (a1)[0], "Wet 30.07.2018");
  assert_null (livc_item_get_references (a1)[1]);
  assert_string_equal (livc_questionnaire_lookup (q, livc_item_get_text (a1), "fr"), "A1");
  /* No scale attribute: the first scale; no weight: 1; no basis: practice. */
  b1 = livc_questionnaire_find_item (q, "b1");
  assert_string_equal (livc_scale_get_id (livc_item_get_scale (b1)), "five");
  assert_double_equal (livc_item_get_weight (b1), 1.0);
  assert_int_equal (livc_item_get_basis (b1), LIVC_BASIS_PRACTICE);
  assert_string_equal (livc_domain_get_id (livc_item_get_domain (b1)), "b");
  assert_double_equal (livc_domain_get_weight (livc_item_get_domain (b1)), 2.0);
}

static void
test_assessment_content (void **state)
{
  g_autofree char *path = livc_test_file ("scoring-b.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAssessment) a = livc_load_assessment (path, NULL, &error);
  g_autofree char *names = NULL;
  LivcAnswer *b1;

  assert_null (error);
  assert_string_equal (livc_assessment_get_questionnaire_id (a), "scoring");
  assert_string_equal (livc_assessment_get_date (a), "2025-03-01");
  names = livc_assessment_dup_municipality_names (a, "; ");
  assert_string_equal (names, "Testdorp; Proefstad");
  assert_int_equal (g_list_model_get_n_items (livc_assessment_get_participants (a)), 3);
  b1 = livc_assessment_find_answer (a, "b1");
  assert_int_equal (livc_answer_get_value (b1), LIVC_VALUE_NONE);
  assert_int_equal (livc_answer_get_n_ratings (b1), 3);
  assert_int_equal (livc_answer_get_rating_for (b1, "p2"), LIVC_VALUE_NA);
  assert_int_equal (livc_answer_get_rating_for (b1, "p3"), LIVC_VALUE_UNKNOWN);
}

/* Runs one hostile file through the loader that fits it and checks the message. */
static void
check_hostile (const char *name,
               int         line,
               const char *fragment)
{
  g_autofree char *dir = livc_test_file ("hostile");
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *qpath = livc_test_file ("scoring-q.xml");
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) object = NULL;
  LivcVocabulary vocabulary;
  gboolean found = FALSE;

  object = livc_load_any (path, &vocabulary, diag, &error);
  if (object != NULL && vocabulary == LIVC_VOCABULARY_ASSESSMENT)
    {
      g_autoptr(LivcQuestionnaire) q = livc_load_questionnaire (qpath, NULL, NULL);
      assert_false (livc_assessment_check (LIVC_ASSESSMENT (object), q, path, diag, &error));
    }
  else
    assert_null (object);
  assert_non_null (error);
  assert_true (error->domain == LIVC_LOADER_ERROR);
  assert_true (livc_diagnostics_count (diag, LIVC_SEVERITY_ERROR) > 0);
  for (guint i = 0; i < livc_diagnostics_get_n (diag) && !found; i++)
    {
      const LivcProblem *p = livc_diagnostics_get (diag, i);
      found = p->severity == LIVC_SEVERITY_ERROR && p->line == line &&
              strstr (p->message, fragment) != NULL && g_strcmp0 (p->file, path) == 0;
    }
  if (!found)
    fail_msg ("%s: expected line %d “%s”, got:\n%s", name, line, fragment, error->message);
  /* The GError carries every problem too, each as FILE:LINE: message. */
  assert_non_null (strstr (error->message, path));
}

static void
test_hostile_files (void **state)
{
  g_autofree char *expected = livc_test_file ("hostile/expected.txt");
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  assert_true (g_file_get_contents (expected, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 3);
      assert_int_equal (g_strv_length (fields), 3);
      check_hostile (fields[0], atoi (fields[1]), fields[2]);
      n++;
    }
  assert_true (n >= 50);
}

static char *
write_temp (const char *dir,
            const char *name,
            const char *data,
            gsize       length)
{
  char *path = g_build_filename (dir, name, NULL);

  assert_true (g_file_set_contents (path, data, (gssize) length, NULL));
  return path;
}

static void
expect_refused (const char *path,
                int         code,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAssessment) a = livc_load_assessment (path, NULL, &error);

  assert_null (a);
  assert_true (g_error_matches (error, LIVC_LOADER_ERROR, code));
  if (strstr (error->message, fragment) == NULL)
    fail_msg ("expected “%s” in “%s”", fragment, error->message);
}

static void
test_files_that_are_not_files (void **state)
{
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *loop = g_build_filename (dir, "loop.xml", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.xml", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.xml", NULL);

  expect_refused (dir, LIVC_LOADER_ERROR_IO, "this is a folder, not a file");
  assert_int_equal (symlink (loop, loop), 0);
  expect_refused (loop, LIVC_LOADER_ERROR_IO, "cannot open the file");
  assert_int_equal (mkfifo (fifo, 0600), 0);
  expect_refused (fifo, LIVC_LOADER_ERROR_IO, "this is not a regular file");
  expect_refused (missing, LIVC_LOADER_ERROR_IO, "cannot open the file");
  livc_test_rmdir (dir);
}

static void
test_oversized (void **state)
{
  g_autofree char *dir = livc_test_tmpdir ();
  gsize size = 17 * 1024 * 1024;
  g_autofree char *data = g_malloc (size);
  g_autofree char *path = NULL;
  g_autofree char *attr_path = NULL;
  g_autofree char *chunk = g_strnfill (1024 * 1024, 'A');
  GString *big = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<assessment xmlns=\"urn:livc-scan:assessment:1\" "
                               "questionnaire=\"scoring\" questionnaire-version=\"1.2\">\n"
                               "<municipality>X</municipality><date>2026-01-01</date>\n"
                               "<title x:a=\"");

  memset (data, ' ', size);
  memcpy (data, "<a>", 3);
  path = write_temp (dir, "17mib.xml", data, size);
  expect_refused (path, LIVC_LOADER_ERROR_TOO_LARGE, "larger than 16 MiB");

  /* 12 MiB in one attribute value: under the file cap, over libxml2's limit for one value. */
  for (guint i = 0; i < 12; i++)
    g_string_append (big, chunk);
  g_string_append (big, "\" xmlns:x=\"urn:x\">t</title>\n</assessment>\n");
  attr_path = write_temp (dir, "huge-attribute.xml", big->str, big->len);
  g_string_free (big, TRUE);
  expect_refused (attr_path, LIVC_LOADER_ERROR_NOT_WELL_FORMED, "not well-formed XML");
  livc_test_rmdir (dir);
}

/* Loading from memory follows the same rules as from a file. */
static void
test_bytes (void **state)
{
  const char *xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e \"x\">]>\n<x/>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcQuestionnaire) q =
    livc_load_questionnaire_bytes (bytes, "memory.xml", NULL, &error);

  assert_null (q);
  assert_true (g_error_matches (error, LIVC_LOADER_ERROR, LIVC_LOADER_ERROR_FORBIDDEN));
  assert_non_null (strstr (error->message, "memory.xml:2: document type declarations"));
}

/* Every problem of a file is reported, not only the first. */
static void
test_all_problems_collected (void **state)
{
  const char *xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<assessment xmlns=\"urn:livc-scan:assessment:1\" questionnaire=\"scoring\" "
    "questionnaire-version=\"1\">\n"
    "  <municipality>X</municipality>\n"
    "  <date>2026-02-30</date>\n"
    "  <answer item=\"a1\" value=\"x\"/>\n"
    "  <answer item=\"a1\" value=\"2\"/>\n"
    "  <action id=\"a1\" due=\"2026-04-31\">t</action>\n"
    "</assessment>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAssessment) a = livc_load_assessment_bytes (bytes, "m.xml", diag, &error);
  int lines[] = { 4, 5, 6, 7 };

  assert_null (a);
  assert_int_equal (livc_diagnostics_count (diag, LIVC_SEVERITY_ERROR), 4);
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    assert_int_equal (livc_diagnostics_get (diag, i)->line, lines[i]);
}

/* Unknown items and actions on unknown items are warnings, not errors. */
static void
test_unknown_items_warn (void **state)
{
  const char *xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<assessment xmlns=\"urn:livc-scan:assessment:1\" questionnaire=\"scoring\" "
    "questionnaire-version=\"1.0\">\n"
    "  <municipality>X</municipality>\n"
    "  <date>2026-02-28</date>\n"
    "  <answer item=\"gone\" value=\"2\"/>\n"
    "  <action id=\"a1\" domain=\"zz\">t</action>\n"
    "</assessment>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autofree char *qpath = livc_test_file ("scoring-q.xml");
  g_autoptr(LivcQuestionnaire) q = livc_load_questionnaire (qpath, NULL, NULL);
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(LivcAssessment) a = livc_load_assessment_bytes (bytes, "m.xml", diag, NULL);

  assert_non_null (a);
  assert_true (livc_assessment_check (a, q, "m.xml", diag, NULL));
  assert_int_equal (livc_diagnostics_count (diag, LIVC_SEVERITY_ERROR), 0);
  /* version 1.0 vs 1.2, unknown item on line 5, unknown domain on line 6 */
  assert_int_equal (livc_diagnostics_count (diag, LIVC_SEVERITY_WARNING), 3);
  assert_int_equal (livc_diagnostics_get (diag, 1)->line, 5);
  assert_non_null (strstr (livc_diagnostics_get (diag, 1)->message, "“gone”"));
}

static void
test_wrong_questionnaire (void **state)
{
  g_autofree char *qpath = livc_test_file ("scoring-q.xml");
  g_autoptr(LivcQuestionnaire) q = livc_load_questionnaire (qpath, NULL, NULL);
  g_autoptr(LivcAssessment) a = livc_assessment_new ("other", "1");
  g_autoptr(GError) error = NULL;

  assert_false (livc_assessment_check (a, q, "x.xml", NULL, &error));
  assert_non_null (strstr (error->message, "answers the questionnaire “other”, not “scoring”"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_questionnaire_content),
    cmocka_unit_test (test_assessment_content),
    cmocka_unit_test (test_hostile_files),
    cmocka_unit_test (test_files_that_are_not_files),
    cmocka_unit_test (test_oversized),
    cmocka_unit_test (test_bytes),
    cmocka_unit_test (test_all_problems_collected),
    cmocka_unit_test (test_unknown_items_warn),
    cmocka_unit_test (test_wrong_questionnaire),
  };

  livc_core_init ();
  return cmocka_run_group_tests_name ("loader", tests, NULL, NULL);
}
