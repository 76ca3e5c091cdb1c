/* livc-application.c: the application: app actions, the About window, the user guide,
 * files from the command line, and the recovery offer at start.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-application.h"
#include "livc-catalog.h"
#include "livc-compare-window.h"
#include "livc-guide-window.h"
#include "livc-window.h"

struct _LivcApplication
{
  AdwApplication parent_instance;
  gboolean       recovery_offered;
  gboolean       compare;          /* --compare: the files go to a compare window */
};

G_DEFINE_FINAL_TYPE (LivcApplication, livc_application, ADW_TYPE_APPLICATION)

/* The first window of a run offers what an earlier run left unsaved. */
static void
offer_recovery_once (LivcApplication *self,
                     LivcWindow      *window)
{
  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;
  livc_window_offer_recovery (window);
}

/* The start-up benchmark (tests/bench) times the app up to its first frame. */
static void
on_first_after_paint (GdkFrameClock *clock,
                      GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_after_paint, app);
  g_print ("first frame\n");
  g_application_quit (app);
}

static void
watch_first_frame (GApplication *app,
                   GtkWindow    *window)
{
  if (g_getenv ("LIVC_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                      G_CALLBACK (on_first_after_paint), app);
}

static void
livc_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (livc_window_new (GTK_APPLICATION (app)));
  gtk_window_present (window);
  watch_first_frame (app, window);
  offer_recovery_once (LIVC_APPLICATION (app), LIVC_WINDOW (window));
}

/* A new compare window, loading files (assessments or folders) if any. */
void
livc_application_open_compare (LivcApplication *self,
                               GFile * const   *files,
                               guint            n_files)
{
  LivcCompareWindow *window;

  g_return_if_fail (LIVC_IS_APPLICATION (self));

  window = livc_compare_window_new (GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (window));
  if (n_files > 0)
    livc_compare_window_load (window, files, n_files);
}

static int
livc_application_handle_local_options (GApplication *app,
                                       GVariantDict *options)
{
  if (g_variant_dict_contains (options, "compare"))
    LIVC_APPLICATION (app)->compare = TRUE;
  return -1;
}

static void
livc_application_open (GApplication  *app,
                       GFile        **files,
                       int            n_files,
                       const char    *hint)
{
  LivcWindow *window;

  if (LIVC_APPLICATION (app)->compare)
    {
      livc_application_open_compare (LIVC_APPLICATION (app), files, (guint) n_files);
      return;
    }
  window = livc_window_new (GTK_APPLICATION (app));

  /* The files are opened before the window shows, so that it starts on the first one
   * instead of fading over from the welcome page (a file that fails shows the window
   * first, under its problems). */
  for (int i = 0; i < n_files; i++)
    livc_window_open_file (window, files[i]);
  gtk_window_present (GTK_WINDOW (window));
  watch_first_frame (app, GTK_WINDOW (window));
  offer_recovery_once (LIVC_APPLICATION (app), window);
}

static void
on_about (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { _("The LIVC Scan developers"), NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("LIVC Scan"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Self-assessment of a local integrated security cell "
                                       "on radicalisation (LIVC-R / CSIL-R)"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
on_user_guide (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  GtkApplication *app = user_data;
  GtkWidget *guide = livc_guide_window_new (gtk_application_get_active_window (app));

  gtk_window_present (GTK_WINDOW (guide));
}

static void
on_compare (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  livc_application_open_compare (LIVC_APPLICATION (user_data), NULL, 0);
}

static void
on_quit (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  /* Each window asks about its own unsaved changes. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { "about", on_about },
  { "user-guide", on_user_guide },
  { "compare", on_compare },
  { "quit", on_quit },
};

static void
livc_application_startup (GApplication *app)
{
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *guide_accels[] = { "F1", NULL };
  const char *compare_accels[] = { "<Control><Shift>o", NULL };

  G_APPLICATION_CLASS (livc_application_parent_class)->startup (app);
  livc_core_init ();
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.user-guide", guide_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.compare", compare_accels);
}

static void
livc_application_class_init (LivcApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = livc_application_activate;
  app_class->open = livc_application_open;
  app_class->startup = livc_application_startup;
  app_class->handle_local_options = livc_application_handle_local_options;
}

static void
livc_application_init (LivcApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "compare", 0,
                                 G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE,
                                 _("Compare the files named (assessments or folders) "
                                   "in a compare window"),
                                 NULL);
}

LivcApplication *
livc_application_new (void)
{
  return g_object_new (LIVC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/be/livcscan/app",
                       NULL);
}
