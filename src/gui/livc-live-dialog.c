/* livc-live-dialog.c: the "Start Live Round" dialog. The facilitator picks the network the
 * phones are on (the addresses of the interfaces that are up, and this computer alone for
 * a try-out), the domains members may rate (the one on screen, by default) and whether
 * members may add themselves. "start" hands the choice to the window, which starts the
 * round; the dialog itself opens nothing.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-live-dialog.h"
#include "livc-live-round.h"

struct _LivcLiveDialog
{
  AdwWindow             parent_instance;

  AdwComboRow          *address_row;
  AdwPreferencesGroup  *domain_group;
  GtkSwitch            *allow_add_switch;
  GtkWidget            *start_button;

  LivcDocument         *document;
  GPtrArray            *addresses;   /* GInetAddress*, in the combo row's order */
  GPtrArray            *checks;      /* GtkCheckButton*, one per domain */
};

G_DEFINE_FINAL_TYPE (LivcLiveDialog, livc_live_dialog, ADW_TYPE_WINDOW)

enum { SIGNAL_START, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
validate (LivcLiveDialog *self)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->checks->len; i++)
    any |= gtk_check_button_get_active (g_ptr_array_index (self->checks, i));
  gtk_widget_set_sensitive (self->start_button, any && self->addresses->len > 0);
}

/* "Wi-Fi wlp2s0 · 192.168.1.23": what the facilitator recognises the network by. */
static char *
address_label (GInetAddress *address)
{
  g_autofree char *text = g_inet_address_to_string (address);
  g_autofree char *name = NULL;

  if (g_inet_address_get_is_loopback (address))
    /* TRANSLATORS: the network choice that only this computer's own browser can reach */
    return g_strdup_printf (_("This computer only, for a try-out · %s"), text);
  name = livc_live_round_dup_interface_name (address);
  if (name == NULL)
    return g_steal_pointer (&text);
  return g_strdup_printf ("%s · %s", name, text);
}

static void
fill_addresses (LivcLiveDialog *self)
{
  g_autoptr(GPtrArray) found = livc_live_round_list_addresses ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (self->addresses, g_object_ref (g_ptr_array_index (found, i)));
  g_ptr_array_add (self->addresses, g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4));
  for (guint i = 0; i < self->addresses->len; i++)
    {
      g_autofree char *label = address_label (g_ptr_array_index (self->addresses, i));

      gtk_string_list_append (labels, label);
    }
  adw_combo_row_set_model (self->address_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->address_row, 0);
}

static void
fill_domains (LivcLiveDialog *self,
              const char     *lang,
              int             current_domain)
{
  LivcQuestionnaire *q = livc_document_get_questionnaire (self->document);
  GListModel *domains = livc_questionnaire_get_domains (q);
  guint n = g_list_model_get_n_items (domains);

  for (guint d = 0; d < n; d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);
      g_autofree char *title =
        g_strdup_printf ("%u. %s", d + 1,
                         livc_questionnaire_lookup (q, livc_domain_get_title (domain), lang));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   current_domain < 0 || (guint) current_domain == d);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (validate), self);
      adw_preferences_group_add (self->domain_group, row);
      g_ptr_array_add (self->checks, check);
    }
}

static void
on_start_clicked (LivcLiveDialog *self)
{
  livc_live_dialog_start (self);
}

static void
livc_live_dialog_dispose (GObject *object)
{
  LivcLiveDialog *self = LIVC_LIVE_DIALOG (object);

  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIVC_TYPE_LIVE_DIALOG);
  G_OBJECT_CLASS (livc_live_dialog_parent_class)->dispose (object);
}

static void
livc_live_dialog_finalize (GObject *object)
{
  LivcLiveDialog *self = LIVC_LIVE_DIALOG (object);

  g_ptr_array_unref (self->addresses);
  g_ptr_array_unref (self->checks);
  G_OBJECT_CLASS (livc_live_dialog_parent_class)->finalize (object);
}

static void
livc_live_dialog_class_init (LivcLiveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_live_dialog_dispose;
  object_class->finalize = livc_live_dialog_finalize;

  /* The facilitator confirmed: the window starts the round with the dialog's choice. */
  signals[SIGNAL_START] =
    g_signal_new ("start", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/be/livcscan/app/livc-live-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcLiveDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, LivcLiveDialog, domain_group);
  gtk_widget_class_bind_template_child (widget_class, LivcLiveDialog, allow_add_switch);
  gtk_widget_class_bind_template_child (widget_class, LivcLiveDialog, start_button);
  gtk_widget_class_bind_template_callback (widget_class, on_start_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
livc_live_dialog_init (LivcLiveDialog *self)
{
  self->addresses = g_ptr_array_new_with_free_func (g_object_unref);
  self->checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* current_domain: the domain on screen, the one open by default; -1 opens them all. */
LivcLiveDialog *
livc_live_dialog_new (GtkWindow    *parent,
                      LivcDocument *document,
                      const char   *lang,
                      int           current_domain)
{
  LivcLiveDialog *self;

  g_return_val_if_fail (LIVC_IS_DOCUMENT (document), NULL);

  self = g_object_new (LIVC_TYPE_LIVE_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  fill_addresses (self);
  fill_domains (self, lang, current_domain);
  /* Without a team list, nobody could join otherwise. */
  gtk_switch_set_active (self->allow_add_switch,
                         g_list_model_get_n_items (livc_assessment_get_participants (
                           livc_document_get_assessment (document))) == 0);
  validate (self);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->start_button);
  /* Enter starts the round with what the dialog proposes. */
  gtk_window_set_focus (GTK_WINDOW (self), self->start_button);
  return self;
}

guint
livc_live_dialog_get_n_addresses (LivcLiveDialog *self)
{
  g_return_val_if_fail (LIVC_IS_LIVE_DIALOG (self), 0);
  return self->addresses->len;
}

/* The address chosen, owned by the dialog. */
GInetAddress *
livc_live_dialog_get_address (LivcLiveDialog *self)
{
  guint selected;

  g_return_val_if_fail (LIVC_IS_LIVE_DIALOG (self), NULL);

  selected = adw_combo_row_get_selected (self->address_row);
  return selected < self->addresses->len ? g_ptr_array_index (self->addresses, selected) : NULL;
}

void
livc_live_dialog_select_address (LivcLiveDialog *self,
                                 GInetAddress   *address)
{
  g_return_if_fail (LIVC_IS_LIVE_DIALOG (self));
  g_return_if_fail (G_IS_INET_ADDRESS (address));

  for (guint i = 0; i < self->addresses->len; i++)
    if (g_inet_address_equal (address, g_ptr_array_index (self->addresses, i)))
      adw_combo_row_set_selected (self->address_row, i);
}

/* The ids of the domains checked, NULL-terminated. */
char **
livc_live_dialog_dup_open_domains (LivcLiveDialog *self)
{
  GListModel *domains;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  g_return_val_if_fail (LIVC_IS_LIVE_DIALOG (self), NULL);

  domains = livc_questionnaire_get_domains (livc_document_get_questionnaire (self->document));
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      {
        g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, i);

        g_strv_builder_add (ids, livc_domain_get_id (domain));
      }
  return g_strv_builder_end (ids);
}

void
livc_live_dialog_set_domain_open (LivcLiveDialog *self,
                                  guint           domain,
                                  gboolean        open)
{
  g_return_if_fail (LIVC_IS_LIVE_DIALOG (self));
  g_return_if_fail (domain < self->checks->len);

  gtk_check_button_set_active (g_ptr_array_index (self->checks, domain), open);
}

gboolean
livc_live_dialog_get_allow_add (LivcLiveDialog *self)
{
  g_return_val_if_fail (LIVC_IS_LIVE_DIALOG (self), FALSE);
  return gtk_switch_get_active (self->allow_add_switch);
}

/* As the Start button does: emits "start" when the choice is complete. The dialog stays
 * open: the window closes it once the round listens, or shows why it could not. */
gboolean
livc_live_dialog_start (LivcLiveDialog *self)
{
  g_return_val_if_fail (LIVC_IS_LIVE_DIALOG (self), FALSE);

  if (!gtk_widget_get_sensitive (self->start_button))
    return FALSE;
  g_signal_emit (self, signals[SIGNAL_START], 0);
  return TRUE;
}
