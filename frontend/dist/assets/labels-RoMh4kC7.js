function e(f,n){return n<0?f("dunning.offset.before",{count:-n}):n===0?f("dunning.offset.on"):f("dunning.offset.after",{count:n})}export{e as o};
