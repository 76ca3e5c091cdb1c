/* livc-gui-test.c: what every GUI test program does around its tests: the process set up as
 * main.c sets up the app, for Xvfb, in private folders; the application; the clean-up.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "livc-gui-test.h"

/**
 * livc_gui_test_init:
 * @tmp_template: the name of the test's folder, as g_dir_make_tmp() takes it
 *
 * Sets the process up before GTK starts: the UI in the language of LANGUAGE from the
 * build's catalogs, as main.c does; settings in memory; X11, which is what Xvfb serves;
 * and a fresh folder whose "state" and "data" become XDG_STATE_HOME and XDG_DATA_HOME, so
 * that no recovery file or questionnaire of the user's, or of an earlier run, takes part.
 *
 * Returns: (transfer full): the test's folder, removed by livc_gui_test_finish()
 */
char *
livc_gui_test_init (const char *tmp_template)
{
  const char *localedir = g_getenv ("LIVC_SCAN_LOCALEDIR");
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *state = NULL;
  g_autofree char *data = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GDK_BACKEND", "x11", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  /* Xvfb has no GPU: OpenGL there is Mesa's software rasteriser, whose frames measure the
   * machine rather than the app. Cairo is what a machine without GL uses. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);

  tmpdir = g_dir_make_tmp (tmp_template, &error);
  g_assert_no_error (error);
  state = g_build_filename (tmpdir, "state", NULL);
  data = g_build_filename (tmpdir, "data", NULL);
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  return g_steal_pointer (&tmpdir);
}

/**
 * livc_gui_test_app_new:
 *
 * The application the tests open their windows in: registered, so that its actions work,
 * not unique, so that a running LIVC Scan never receives them, and held, so that it stays
 * while no window is open between two tests.
 *
 * Returns: (transfer full): the application, released by livc_gui_test_finish()
 */
LivcApplication *
livc_gui_test_app_new (void)
{
  g_autoptr(LivcApplication) app = livc_application_new ();
  g_autoptr(GError) error = NULL;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));
  return g_steal_pointer (&app);
}

/**
 * livc_gui_test_iterate_until:
 * @cond: what is waited for
 * @data: passed to @cond
 * @timeout_ms: how long it may take
 *
 * Runs the main loop until @cond holds or @timeout_ms passes: the tests wait for what
 * they expect, never for a fixed time.
 *
 * Returns: whether @cond holds
 */
gboolean
livc_gui_test_iterate_until (gboolean (*cond) (gpointer),
                             gpointer   data,
                             guint      timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!cond (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

/**
 * livc_gui_test_finish:
 * @app: (inout) (transfer full): the application of livc_gui_test_app_new()
 * @tmpdir: (inout) (transfer full): the folder of livc_gui_test_init()
 *
 * Releases the application and removes the test's folder with all it holds; both are
 * cleared.
 */
void
livc_gui_test_finish (LivcApplication **app,
                      char             **tmpdir)
{
  g_assert_nonnull (app);
  g_assert_nonnull (tmpdir);

  if (*app != NULL)
    g_application_release (G_APPLICATION (*app));
  g_clear_object (app);
  if (*tmpdir != NULL)
    {
      const char *rm[] = { "rm", "-rf", *tmpdir, NULL };

      g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL,
                    NULL);
    }
  g_clear_pointer (tmpdir, g_free);
}
