/* livc-new-dialog.c: the "New Assessment" dialog. Create stays insensitive until the
 * assessment can be written: a municipality, a real date, NIS codes of five digits.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-date-button.h"
#include "livc-file-dialogs.h"
#include "livc-new-dialog.h"
#include "livc-problems-dialog.h"

struct _LivcNewDialog
{
  AdwWindow             parent_instance;

  /* template */
  GtkWidget            *create_button;
  AdwComboRow          *questionnaire_row;
  AdwPreferencesGroup  *municipality_group;
  AdwEntryRow          *name_row;   /* the first municipality's */
  AdwEntryRow          *nis_row;
  AdwEntryRow          *date_row;
  GtkLabel             *date_label;
  AdwEntryRow          *title_row;
  AdwComboRow          *lang_row;

  GPtrArray            *name_rows;  /* AdwEntryRow*, name_row first */
  GPtrArray            *nis_rows;
  GListStore           *questionnaires;
  GHashTable           *paths;      /* LivcQuestionnaire* → file it was opened from */
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (LivcNewDialog, livc_new_dialog, ADW_TYPE_WINDOW)

enum { SIGNAL_CREATE, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char *langs[] = { "nl", "fr", "en" };

static gboolean
nis_is_valid (const char *nis)
{
  if (*nis == '\0')
    return TRUE;
  if (strlen (nis) != 5)
    return FALSE;
  for (const char *p = nis; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* What the user typed, without surrounding spaces. */
static char *
dup_trimmed (gpointer editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));
}

static void
mark (GtkWidget *widget,
      gboolean   ok)
{
  if (ok)
    gtk_widget_remove_css_class (widget, "error");
  else
    gtk_widget_add_css_class (widget, "error");
}

static void
validate (LivcNewDialog *self)
{
  g_autofree char *date = dup_trimmed (self->date_row);
  g_autofree char *iso = NULL;
  g_autofree char *explanation = NULL;
  gboolean has_name = FALSE;
  gboolean ok = TRUE;

  for (guint i = 0; i < self->name_rows->len; i++)
    {
      g_autofree char *name = dup_trimmed (g_ptr_array_index (self->name_rows, i));
      g_autofree char *nis = dup_trimmed (g_ptr_array_index (self->nis_rows, i));
      gboolean nis_ok = nis_is_valid (nis);

      mark (g_ptr_array_index (self->nis_rows, i), nis_ok);
      ok = ok && nis_ok && (*name != '\0' || *nis == '\0');
      has_name = has_name || *name != '\0';
    }
  iso = livc_date_parse (date);
  explanation = livc_date_explain (date);
  mark (GTK_WIDGET (self->date_row), iso != NULL);
  mark (GTK_WIDGET (self->date_label), iso != NULL);
  if (iso != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->date_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_label), "dim-label");
  gtk_label_set_text (self->date_label, explanation);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, explanation, -1);
  ok = ok && has_name && iso != NULL &&
       adw_combo_row_get_selected (self->questionnaire_row) != GTK_INVALID_LIST_POSITION;
  gtk_widget_set_sensitive (self->create_button, ok);
}

static void on_create_clicked (LivcNewDialog *self);

/* The first municipality's rows are in the template; the others come on demand. */
static void
add_municipality_rows (LivcNewDialog *self)
{
  GtkWidget *name = adw_entry_row_new ();
  GtkWidget *nis = adw_entry_row_new ();
  guint n = self->name_rows->len;
  g_autofree char *name_title = g_strdup_printf (_("Municipality %u"), n + 1);
  g_autofree char *nis_title = g_strdup_printf (_("NIS code of municipality %u (optional)"), n + 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name), name_title);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (nis), nis_title);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (nis), 5);
  g_signal_connect_swapped (name, "changed", G_CALLBACK (validate), self);
  g_signal_connect_swapped (name, "entry-activated", G_CALLBACK (on_create_clicked), self);
  g_signal_connect_swapped (nis, "entry-activated", G_CALLBACK (on_create_clicked), self);
  g_signal_connect_swapped (nis, "changed", G_CALLBACK (validate), self);
  g_ptr_array_add (self->name_rows, name);
  g_ptr_array_add (self->nis_rows, nis);
  adw_preferences_group_add (self->municipality_group, name);
  adw_preferences_group_add (self->municipality_group, nis);
  validate (self);
}

static char *
questionnaire_name (LivcQuestionnaire *q)
{
  const char *title = livc_questionnaire_lookup (q, livc_questionnaire_get_title (q),
                                                 livc_default_lang ());

  return g_strdup_printf (_("%s (version %s)"), title, livc_questionnaire_get_version (q));
}

/* Adds a questionnaire from a file to the choice and selects it; a file that does not load
 * shows its problems (file:line) and changes nothing. */
gboolean
livc_new_dialog_add_questionnaire_file (LivcNewDialog *self,
                                        const char    *path)
{
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(LivcQuestionnaire) q = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LIVC_IS_NEW_DIALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  q = livc_load_questionnaire (path, diag, &error);
  if (q == NULL)
    {
      livc_show_problems (GTK_WINDOW (self), _("Cannot Open the Questionnaire"), diag, error);
      return FALSE;
    }
  g_hash_table_insert (self->paths, q, g_strdup (path));
  g_list_store_append (self->questionnaires, q);
  adw_combo_row_set_selected (self->questionnaire_row,
                              g_list_model_get_n_items (G_LIST_MODEL (self->questionnaires)) - 1);
  return TRUE;
}

static void
on_questionnaire_chosen (GtkNativeDialog *chooser,
                         int              response,
                         LivcNewDialog   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = g_file_get_path (file);
  if (path != NULL)
    livc_new_dialog_add_questionnaire_file (self, path);
}

static void
on_open_questionnaire (LivcNewDialog *self)
{
  g_autoptr(GtkFileFilter) filter = livc_questionnaire_filter ();

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Open a Questionnaire"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_questionnaire_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

gboolean
livc_new_dialog_create (LivcNewDialog *self)
{
  g_autoptr(LivcQuestionnaire) q = NULL;
  g_autoptr(LivcAssessment) a = NULL;
  g_autoptr(LivcDocument) document = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  guint lang_index;

  g_return_val_if_fail (LIVC_IS_NEW_DIALOG (self), FALSE);

  validate (self);
  if (!gtk_widget_get_sensitive (self->create_button))
    return FALSE;
  q = g_list_model_get_item (G_LIST_MODEL (self->questionnaires),
                             adw_combo_row_get_selected (self->questionnaire_row));
  a = livc_assessment_new (livc_questionnaire_get_id (q), livc_questionnaire_get_version (q));
  for (guint i = 0; i < self->name_rows->len; i++)
    {
      g_autofree char *name = dup_trimmed (g_ptr_array_index (self->name_rows, i));
      g_autofree char *nis = dup_trimmed (g_ptr_array_index (self->nis_rows, i));
      g_autoptr(LivcMunicipality) m = NULL;

      if (*name == '\0')
        continue;
      m = livc_municipality_new (*nis != '\0' ? nis : NULL, name);
      livc_assessment_add_municipality (a, m);
    }
  /* Typed as people write dates, stored as the format wants them. */
  date = livc_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  livc_assessment_set_date (a, date);
  title = dup_trimmed (self->title_row);
  if (*title != '\0')
    livc_assessment_set_title (a, title);

  document = livc_document_new (q, a);
  livc_document_set_questionnaire_path (document, g_hash_table_lookup (self->paths, q));
  lang_index = adw_combo_row_get_selected (self->lang_row);
  g_signal_emit (self, signals[SIGNAL_CREATE], 0, document,
                 langs[MIN (lang_index, G_N_ELEMENTS (langs) - 1)]);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

/* Create, or Enter in any field once the form is complete. */
static void
on_create_clicked (LivcNewDialog *self)
{
  livc_new_dialog_create (self);
}

void
livc_new_dialog_set_municipality (LivcNewDialog *self,
                                  guint          index,
                                  const char    *name,
                                  const char    *nis)
{
  g_return_if_fail (LIVC_IS_NEW_DIALOG (self));

  while (self->name_rows->len <= index)
    add_municipality_rows (self);
  gtk_editable_set_text (g_ptr_array_index (self->name_rows, index), name ? name : "");
  gtk_editable_set_text (g_ptr_array_index (self->nis_rows, index), nis ? nis : "");
}

static void
livc_new_dialog_dispose (GObject *object)
{
  LivcNewDialog *self = LIVC_NEW_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->questionnaires);
  g_clear_pointer (&self->paths, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIVC_TYPE_NEW_DIALOG);
  G_OBJECT_CLASS (livc_new_dialog_parent_class)->dispose (object);
}

static void
livc_new_dialog_finalize (GObject *object)
{
  LivcNewDialog *self = LIVC_NEW_DIALOG (object);

  g_ptr_array_unref (self->name_rows);
  g_ptr_array_unref (self->nis_rows);
  G_OBJECT_CLASS (livc_new_dialog_parent_class)->finalize (object);
}

static void
setup_questionnaire_item (GtkSignalListItemFactory *factory,
                          GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_questionnaire_item (GtkSignalListItemFactory *factory,
                         GtkListItem              *list_item)
{
  g_autofree char *name = questionnaire_name (gtk_list_item_get_item (list_item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), name);
}

static void
livc_new_dialog_class_init (LivcNewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_new_dialog_dispose;
  object_class->finalize = livc_new_dialog_finalize;
  signals[SIGNAL_CREATE] =
    g_signal_new ("create", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, LIVC_TYPE_DOCUMENT, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/be/livcscan/app/livc-new-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcNewDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, LivcNewDialog, questionnaire_row);
  gtk_widget_class_bind_template_child (widget_class, LivcNewDialog, municipality_group);
  gtk_widget_class_bind_template_child (widget_class, LivcNewDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, LivcNewDialog, nis_row);
  gtk_widget_class_bind_template_child (widget_class, LivcNewDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, LivcNewDialog, date_label);
  gtk_widget_class_bind_template_child (widget_class, LivcNewDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, LivcNewDialog, lang_row);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, on_create_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_open_questionnaire);
  gtk_widget_class_bind_template_callback (widget_class, add_municipality_rows);
  gtk_widget_class_bind_template_callback (widget_class, setup_questionnaire_item);
  gtk_widget_class_bind_template_callback (widget_class, bind_questionnaire_item);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
livc_new_dialog_init (LivcNewDialog *self)
{
  g_autoptr(LivcCatalog) catalog = livc_catalog_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GListModel *known = livc_catalog_get_questionnaires (catalog);

  /* Before the template: its signals validate what is in these. */
  self->name_rows = g_ptr_array_new ();
  self->nis_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  g_ptr_array_add (self->name_rows, self->name_row);
  g_ptr_array_add (self->nis_rows, self->nis_row);

  self->paths = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->questionnaires = g_list_store_new (LIVC_TYPE_QUESTIONNAIRE);
  for (guint i = 0; i < g_list_model_get_n_items (known); i++)
    {
      g_autoptr(LivcQuestionnaire) q = g_list_model_get_item (known, i);
      g_list_store_append (self->questionnaires, q);
    }
  adw_combo_row_set_model (self->questionnaire_row, G_LIST_MODEL (self->questionnaires));
  adw_entry_row_add_suffix (self->date_row,
                            livc_date_button_new (GTK_EDITABLE (self->date_row),
                                                  _("Choose the date on a calendar")));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  validate (self);
  /* Typing starts with the municipality: the questionnaire and date have good defaults. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->name_row));
}

LivcNewDialog *
livc_new_dialog_new (GtkWindow  *parent,
                     const char *lang)
{
  LivcNewDialog *self = g_object_new (LIVC_TYPE_NEW_DIALOG, "transient-for", parent, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    if (g_strcmp0 (lang, langs[i]) == 0)
      adw_combo_row_set_selected (self->lang_row, i);
  return self;
}
