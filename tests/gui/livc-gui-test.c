/* livc-gui-test.c: what every GUI test program does around its tests: the process set up as
 * main.c sets up the app, for Xvfb, in private folders; the application; the clean-up; and
 * the main loop run until a condition holds.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "livc-gui-test.h"

/**
 * livc_gui_test_init_process:
 *
 * Sets the process up before GTK starts, as main.c sets up the app: the UI in the language
 * of LANGUAGE from the build's catalogs; settings in memory; X11, which is what Xvfb
 * serves. The folders are left as they are: livc_gui_test_init() makes private ones.
 */
void
livc_gui_test_init_process (void)
{
  const char *localedir = g_getenv ("LIVC_SCAN_LOCALEDIR");

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
}

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
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *state = NULL;
  g_autofree char *data = NULL;

  livc_gui_test_init_process ();
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

/**
 * livc_gui_test_iterate_until:
 * @cond: the condition, called with @data
 * @data: what @cond is called with
 * @timeout_ms: how long to wait at most
 *
 * Runs the main loop until @cond holds or @timeout_ms passes.
 *
 * Returns: whether @cond held
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

static gboolean
never (gpointer data)
{
  return FALSE;
}

/**
 * livc_gui_test_iterate_for:
 * @ms: how long
 *
 * Runs the main loop for @ms milliseconds: for what has no condition to wait for, such as
 * a frame to be drawn.
 */
void
livc_gui_test_iterate_for (guint ms)
{
  livc_gui_test_iterate_until (never, NULL, ms);
}

/**
 * livc_gui_test_find_window:
 * @type: a type of window
 *
 * Returns: (transfer none) (nullable): the first visible toplevel of @type
 */
GtkWindow *
livc_gui_test_find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return GTK_WINDOW (w);
    }
  return NULL;
}

/**
 * livc_gui_test_window_gone:
 * @window: a window, which need not exist any more
 *
 * Returns: whether @window is no longer a toplevel, for livc_gui_test_iterate_until()
 */
gboolean
livc_gui_test_window_gone (gpointer window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (w == window)
        return FALSE;
    }
  return TRUE;
}
