/** English strings of the seller's pages (namespace "sell", loaded with the pages). */
const en = {
  profile: {
    title: "Your profile",
    heading: "Your seller profile",
    intro:
      "Buyers see your name, picture and description on your listings and on your seller page. Publishing stores the profile on IPFS and records it on chain.",
    keyExplain:
      "Publishing also includes your encryption key: buyers seal their shipping addresses to it. It comes from a free signature and never leaves your browser.",
    connect: "Connect your wallet to edit your seller profile.",
    loading: "Reading your profile…",
    current: "Published profile",
    none: "You have not published a profile yet.",
    version: "Version {{version}}",
    keyPublished: "Encryption key published: buyers can send you their shipping address.",
    keyMissing: "No encryption key yet: buyers cannot send you a shipping address until you publish.",
    viewPage: "See your seller page",
    edit: "Edit",
    name: "Name",
    nameHint: "Up to {{max}} characters.",
    bio: "About you",
    bioHint: "Optional, up to {{max}} characters.",
    avatar: "Picture",
    avatarHint: "Optional: PNG, JPEG or WebP, at most {{max}}.",
    avatarAlt: "Your new picture",
    avatarChoose: "Choose a picture",
    avatarRemove: "Remove the picture",
    avatarUndo: "Keep the published picture",
    errors: {
      required: "Enter a name.",
      tooLong: "At most {{max}} characters.",
      invalid: "Use plain text: no HTML tags or control characters.",
      avatarType: "“{{name}}” is not a PNG, JPEG or WebP image.",
      avatarSize: "“{{name}}” is {{size}}: a picture can be at most {{max}}.",
    },
    publish: "Publish profile",
    publishing: "Publishing…",
    connectFirst: "Connect a wallet to publish",
    steps: {
      upload: "Upload the profile to IPFS",
      setProfile: "Record the profile on chain",
    },
    published: "Your profile is published.",
  },
};

export default en;
export type SellMessages = typeof en;
