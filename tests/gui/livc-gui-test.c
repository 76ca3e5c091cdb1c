/* livc-gui-test.c: what every GUI test program does around its tests: the process set up as
 * main.c sets up the app, for Xvfb, in private folders; the application; the clean-up; and
 * the main loop run until a condition holds.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include <adwaita.h>

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
 * and a fresh folder whose "state", "data" and "runtime" become XDG_STATE_HOME,
 * XDG_DATA_HOME and XDG_RUNTIME_DIR, so
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
  g_autofree char *runtime = NULL;

  livc_gui_test_init_process ();
  tmpdir = g_dir_make_tmp (tmp_template, &error);
  g_assert_no_error (error);
  state = g_build_filename (tmpdir, "state", NULL);
  data = g_build_filename (tmpdir, "data", NULL);
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  /* Where autosave falls back to: the test's own, never the user's session's. */
  runtime = g_build_filename (tmpdir, "runtime", NULL);
  g_assert_cmpint (g_mkdir (runtime, 0700), ==, 0);
  g_setenv ("XDG_RUNTIME_DIR", runtime, TRUE);
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
 * Runs the main loop until @cond holds or @timeout_ms passes. The limit is far above what
 * a condition needs, there only so that a broken app fails the test instead of hanging it.
 *
 * Returns: whether @cond held
 */
static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

gboolean
livc_gui_test_iterate_until (gboolean (*cond) (gpointer),
                             gpointer   data,
                             guint      timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  guint wake = g_timeout_add (5, wake_cb, NULL);
  gboolean held;

  /* The loop sleeps between events; the short timer wakes it to look at conditions that
   * no event of this process announces (a file another process wrote) and at the time. */
  while (!(held = cond (data)) && g_get_monotonic_time () <= end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  return held;
}

static gboolean
nothing_pending (gpointer data)
{
  return !g_main_context_pending (NULL);
}

/**
 * livc_gui_test_settle:
 *
 * Runs the main loop until everything this process has to do right now is done: the idles,
 * the signals and the X events queued so far.
 */
void
livc_gui_test_settle (void)
{
  g_assert_true (livc_gui_test_iterate_until (nothing_pending, NULL, 10000));
}

typedef struct
{
  guint left;
} FrameWait;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       data)
{
  FrameWait *wait = data;

  if (wait->left > 0 && --wait->left > 0)
    gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
}

static gboolean
frames_done (gpointer data)
{
  return ((FrameWait *) data)->left == 0;
}

/**
 * livc_gui_test_wait_frames:
 * @widget: a realized widget
 * @n: how many frames
 *
 * Runs the main loop until the frame clock of @widget has gone through @n frames: what was
 * queued before (a resize, rows a list makes at its allocation, a flap that folds) is then
 * laid out and drawn.
 */
void
livc_gui_test_wait_frames (GtkWidget *widget,
                           guint      n)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  FrameWait wait = { n };
  gulong handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &wait);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
  g_assert_true (livc_gui_test_iterate_until (frames_done, &wait, 10000));
  g_signal_handler_disconnect (clock, handler);
}

/* Whether a stack, flap or revealer below widget is still moving: the page a stack leaves
 * is then still in the tree, and its texts would be read as if they were on screen. */
static gboolean
moving (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_transition_running (GTK_STACK (widget)))
    return TRUE;
  if (ADW_IS_FLAP (widget))
    {
      double progress = adw_flap_get_reveal_progress (ADW_FLAP (widget));

      if (progress > 0 && progress < 1)
        return TRUE;
    }
  if (GTK_IS_REVEALER (widget) && gtk_revealer_get_child_revealed (GTK_REVEALER (widget)) !=
                                  gtk_revealer_get_reveal_child (GTK_REVEALER (widget)))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (moving (child))
      return TRUE;
  return FALSE;
}

/**
 * livc_gui_test_at_rest:
 * @widget: a widget
 *
 * Returns: whether no transition runs below @widget, for livc_gui_test_iterate_until()
 */
gboolean
livc_gui_test_at_rest (gpointer widget)
{
  return !moving (GTK_WIDGET (widget));
}

/**
 * livc_gui_test_rest:
 * @widget: a realized widget, usually a window
 *
 * Runs the main loop until what @widget shows is final: everything pending done, a frame
 * laid out and drawn, no transition running.
 */
void
livc_gui_test_rest (GtkWidget *widget)
{
  livc_gui_test_settle ();
  livc_gui_test_wait_frames (widget, 1);
  g_assert_true (livc_gui_test_iterate_until (livc_gui_test_at_rest, widget, 10000));
  livc_gui_test_settle ();
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
