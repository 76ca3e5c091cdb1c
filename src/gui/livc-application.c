/* livc-application.c: the application: app actions, the About window, new windows.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-application.h"
#include "livc-catalog.h"
#include "livc-window.h"

struct _LivcApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (LivcApplication, livc_application, ADW_TYPE_APPLICATION)

static void
livc_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (livc_window_new (LIVC_APPLICATION (app)));
  gtk_window_present (window);
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
on_quit (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", on_about },
  { "quit", on_quit },
};

static void
livc_application_startup (GApplication *app)
{
  const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (livc_application_parent_class)->startup (app);
  livc_core_init ();
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
livc_application_class_init (LivcApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = livc_application_activate;
  app_class->startup = livc_application_startup;
}

static void
livc_application_init (LivcApplication *self)
{
}

LivcApplication *
livc_application_new (void)
{
  return g_object_new (LIVC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/be/livcscan/app",
                       NULL);
}
