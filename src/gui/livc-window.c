/* livc-window.c: the main window: for now the built-in questionnaire's domains and items,
 * read-only, until the assessment editor lands.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-core.h"
#include "livc-window.h"

struct _LivcWindow
{
  AdwApplicationWindow  parent_instance;
  AdwWindowTitle       *window_title;
  GtkListBox           *domain_list;
  GtkLabel             *status_label;
  LivcQuestionnaire    *questionnaire;
  GSettings            *settings;     /* NULL when the schema is not installed */
};

G_DEFINE_FINAL_TYPE (LivcWindow, livc_window, ADW_TYPE_APPLICATION_WINDOW)

static void
show_questionnaire (LivcWindow *self)
{
  LivcQuestionnaire *q = self->questionnaire;
  GListModel *domains = livc_questionnaire_get_domains (q);
  const char *lang = livc_default_lang ();
  g_autofree char *subtitle = NULL;

  subtitle = g_strdup_printf (_("Version %s · %u items"), livc_questionnaire_get_version (q),
                              livc_questionnaire_get_n_items (q));
  adw_window_title_set_title (self->window_title,
                              livc_questionnaire_lookup (q, livc_questionnaire_get_title (q), lang));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, i);
      GListModel *items = livc_domain_get_items (domain);
      GtkWidget *row = adw_expander_row_new ();
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item", "%u items",
                                                             g_list_model_get_n_items (items)),
                                                g_list_model_get_n_items (items));

      /* Questionnaire texts are plain text, never markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     livc_questionnaire_lookup (q, livc_domain_get_title (domain), lang));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), count);
      for (guint j = 0; j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(LivcItem) item = g_list_model_get_item (items, j);
          GtkWidget *item_row = adw_action_row_new ();

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (item_row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item_row),
                                         livc_questionnaire_lookup (q, livc_item_get_text (item), lang));
          gtk_widget_add_css_class (item_row, "property");
          if (livc_item_get_basis (item) == LIVC_BASIS_LEGAL)
            {
              GtkWidget *badge = gtk_label_new (_("Legal"));
              gtk_widget_add_css_class (badge, "caption-heading");
              gtk_widget_add_css_class (badge, "accent");
              adw_action_row_add_suffix (ADW_ACTION_ROW (item_row), badge);
            }
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), item_row);
        }
      gtk_list_box_append (self->domain_list, row);
    }
}

/* The app's settings, or NULL (with a warning) when its schema cannot be found, so that
 * a run from an odd place still works, only without remembering anything. */
static GSettings *
app_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_warning ("The settings schema %s is not installed; preferences are not kept", APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static gboolean
livc_window_close_request (GtkWindow *window)
{
  LivcWindow *self = LIVC_WINDOW (window);

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
      if (!gtk_window_is_maximized (window))
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
    }
  return GTK_WINDOW_CLASS (livc_window_parent_class)->close_request (window);
}

static void
livc_window_dispose (GObject *object)
{
  LivcWindow *self = LIVC_WINDOW (object);

  g_clear_object (&self->questionnaire);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIVC_TYPE_WINDOW);
  G_OBJECT_CLASS (livc_window_parent_class)->dispose (object);
}

static void
livc_window_class_init (LivcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = livc_window_close_request;
  gtk_widget_class_set_template_from_resource (widget_class, "/be/livcscan/app/livc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, domain_list);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, status_label);
}

static void
livc_window_init (LivcWindow *self)
{
  g_autoptr(GError) error = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = app_settings ();
  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
  self->questionnaire = livc_catalog_get_builtin (&error);
  if (self->questionnaire == NULL)
    {
      gtk_label_set_text (self->status_label, error->message);
      return;
    }
  show_questionnaire (self);
}

LivcWindow *
livc_window_new (LivcApplication *app)
{
  return g_object_new (LIVC_TYPE_WINDOW, "application", app, NULL);
}
