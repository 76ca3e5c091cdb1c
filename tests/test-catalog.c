/* test-catalog.c: the built-in questionnaire, the XDG folders and version lookup.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <glib/gstdio.h>

#include "livc-test.h"

static char *data_home;
static char *data_dir;

static void
install_copy (const char *base,
              const char *name,
              const char *version)
{
  g_autofree char *folder = g_build_filename (base, "livc-scan", "questionnaires", NULL);
  g_autofree char *src = livc_test_file ("scoring-q.xml");
  g_autofree char *contents = NULL;
  g_autofree char *dest = g_build_filename (folder, name, NULL);
  GString *s;

  g_mkdir_with_parents (folder, 0700);
  assert_true (g_file_get_contents (src, &contents, NULL, NULL));
  s = g_string_new (contents);
  g_string_replace (s, "version=\"1.2\"", version, 1);
  assert_true (g_file_set_contents (dest, s->str, -1, NULL));
  g_string_free (s, TRUE);
}

static int
setup (void **state)
{
  data_home = livc_test_tmpdir ();
  data_dir = livc_test_tmpdir ();
  install_copy (data_dir, "scoring-1.2.xml", "version=\"1.2\"");
  install_copy (data_dir, "scoring-1.10.xml", "version=\"1.10\"");
  install_copy (data_home, "scoring-1.9.xml", "version=\"1.9\"");
  install_copy (data_home, "scoring-1.2-copy.xml", "version=\"1.2\"");
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_DATA_DIRS", data_dir, TRUE);
  return 0;
}

static int
teardown (void **state)
{
  livc_test_rmdir (data_home);
  livc_test_rmdir (data_dir);
  g_free (data_home);
  g_free (data_dir);
  return 0;
}

static void
test_builtin (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcQuestionnaire) q = livc_catalog_get_builtin (&error);

  assert_null (error);
  assert_string_equal (livc_questionnaire_get_id (q), "livc-r");
  assert_true (livc_questionnaire_is_builtin (q));
}

/* The compare window scores assessments in a worker while the main thread reads the same
 * questionnaire: two threads walking its lists at once always get the right items. */
typedef struct
{
  LivcQuestionnaire *q;
  GPtrArray         *expected;  /* the item ids, domain by domain */
  guint              wrong;
} Walk;

static gpointer
walk_lists (gpointer data)
{
  Walk *w = data;
  GListModel *domains = livc_questionnaire_get_domains (w->q);

  for (guint round = 0; round < 3000; round++)
    {
      guint k = 0;

      for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
        {
          g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);
          GListModel *items = livc_domain_get_items (domain);

          for (guint i = 0; i < g_list_model_get_n_items (items); i++, k++)
            {
              g_autoptr(LivcItem) item = g_list_model_get_item (items, i);

              if (item == NULL || k >= w->expected->len ||
                  g_strcmp0 (livc_item_get_id (item), g_ptr_array_index (w->expected, k)) != 0)
                w->wrong++;
            }
        }
    }
  return NULL;
}

static void
test_shared_between_threads (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcQuestionnaire) q = livc_catalog_get_builtin (&error);
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  Walk a = { q, expected, 0 }, b = { q, expected, 0 };
  GThread *thread;

  assert_null (error);
  for (guint i = 0; i < livc_questionnaire_get_n_items (q); i++)
    g_ptr_array_add (expected, (gpointer) livc_item_get_id (livc_questionnaire_get_item (q, i)));
  thread = g_thread_new ("walk", walk_lists, &a);
  walk_lists (&b);
  g_thread_join (thread);
  assert_int_equal (a.wrong, 0);
  assert_int_equal (b.wrong, 0);
}

static void
test_lookup (void **state)
{
  g_autoptr(LivcCatalog) catalog = livc_catalog_new ();
  g_autoptr(LivcQuestionnaire) exact = NULL;
  g_autoptr(LivcQuestionnaire) newest = NULL;
  g_autoptr(LivcQuestionnaire) none = NULL;
  GListModel *all;
  gboolean is_exact = FALSE;

  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();

  livc_catalog_scan (catalog, diag);
  /* The second 1.2 is reported as not used. */
  assert_int_equal (livc_diagnostics_count (diag, LIVC_SEVERITY_WARNING), 1);
  assert_non_null (strstr (livc_diagnostics_get (diag, 0)->message, "not used"));
  assert_non_null (strstr (livc_diagnostics_get (diag, 0)->file, "scoring-1.2-copy.xml"));
  all = livc_catalog_get_questionnaires (catalog);
  /* built-in livc-r, then 1.10 and 1.2 from the data dirs (sorted by name), then 1.9;
   * the second 1.2 in XDG_DATA_HOME is not listed again */
  assert_int_equal (g_list_model_get_n_items (all), 4);

  exact = livc_catalog_lookup (catalog, "scoring", "1.2", &is_exact);
  assert_true (is_exact);
  assert_non_null (strstr (livc_questionnaire_get_location (exact), data_dir));

  newest = livc_catalog_lookup (catalog, "scoring", "1.5", &is_exact);
  assert_false (is_exact);
  assert_string_equal (livc_questionnaire_get_version (newest), "1.10");

  none = livc_catalog_lookup (catalog, "absent", "1", &is_exact);
  assert_null (none);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_builtin),
    cmocka_unit_test (test_shared_between_threads),
    cmocka_unit_test (test_lookup),
  };

  livc_core_init ();
  return cmocka_run_group_tests_name ("catalog", tests, setup, teardown);
}
